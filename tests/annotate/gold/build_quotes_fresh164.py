# ruff: noqa: E501
"""Build ``quotes_fresh164.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: parliamentary question times and debates with interruptions and points of order,
select committee and Senate hearings, broadcast and radio interviews where presenters
press ministers, the campaign trail and hustings, lobby briefings by spokespeople,
council meetings, leadership contests, leaks and unnamed sources, summits and foreign
ministers' press conferences, written in the styles of wire, broadsheet, tabloid,
local paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh164-NNN``.

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

* A title standing alone before the name (``Prime Minister Aurelio Bastos``,
  ``Senator Bronwyn Ketteridge``, ``Mayor Jae-won Park``, ``presenter Lucinda
  Marrable``) is the description; an appositive, where the passage gives one, wins
  over it (``Rep. Marisa Delgado-Kent, a two-term congresswoman …``). ``Rev``,
  ``Chief``, ``Professor``, ``Rep.`` and ``Senator`` are dropped from the name. A
  relational phrase before the name together with an appositive after it (``His wife,
  Ruth, a retired GP …``): the appositive is the description.
* A speaker introduced without an appositive but called by a definite description at
  a cue or in the next sentence (``the new leader said``, ``the perennial candidate``,
  ``The 34-year-old MP for …``) takes that description. A relative clause alone
  (``Siobhán Delacroix-Nee, who leads the Stay campaign``) gives no description.
* Interjections: an identified member calling out from their seat is that member's
  direct speech; a shout by one unidentified person (``one government backbencher``,
  ``one man in the public gallery``) is ``direct`` with a null speaker and that
  description. Chants from a crowd and placards or banners are ``scare``.
* A presenter's, moderator's or chair's questions are that person's speech; a
  journalist's question at a briefing or press conference is ``direct`` with a null
  speaker and the description given (``one journalist``, ``another reporter``).
* A document with no individual author (``a leaked Treasury memo``) is quoted with a
  null speaker and the document phrase as description (``direct`` for its sentences,
  ``partial`` for fragments); a report, letter or post by an identified person or
  organisation belongs to them (the standards commissioner's report, the Electoral
  Commission's report, WhatsApp messages by named MPs).
* A fragment ascribed to a group or to no one in particular (``Commonwealth Party MPs
  … described the Chancellor as``, ``Your critics say``) and a listener's text read out
  on air by a presenter are null/null.
* A fragment in the opening paragraph that the passage later shows to be a named
  person's words (a spokesman's ``full confidence``, the opposition leader's ``a
  ferry fiasco without end``) belongs to that person.
* Speech reported in translation inside the reporter's sentence (``answered in French
  that she had …``) is ``partial`` by the original speaker.
* Ballot-paper names, nicknames for a scandal (``Poolgate``), names of groups and
  documents, a term used as a label by both sides (``road map``) and someone's words
  thrown back as a label (``The "woman with the clipboard"``) are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh164.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh164.jsonl")

PASSAGES = """
### 001
@a Rhiannon Vaughan-Price | the Leader of the Opposition
@b Aurelio Bastos | Prime Minister
@c Margaret Oduya | the Speaker
@d - | one government backbencher
Prime Minister Aurelio Bastos was accused of “⟦p:a|hiding behind a spreadsheet⟧” over hospital waiting lists on Wednesday, during a bruising session of Prime Minister’s Questions in which the Speaker twice had to call the chamber to order.
The Leader of the Opposition, Rhiannon Vaughan-Price, used all six of her questions on the health service, opening with the case of a 79-year-old constituent who spent 14 hours on a trolley at Castlebridge General.
“⟦d:a|Can the Prime Minister tell the House whether he thinks that is acceptable? Yes or no?⟧” she asked.
Bastos replied that any such wait was “⟦p:b|one too many⟧” but insisted the government had “⟦p:b|turned the corner⟧” on emergency care. “⟦d:b|The figures published this morning show the best performance in three winters, and she knows it,⟧” he said.
“⟦d:a|He can wave his figures about all he likes,⟧” Vaughan-Price shot back. “⟦d:a|Patients are not lying on spreadsheets. They are lying in corridors.⟧”
As the government benches erupted, one government backbencher shouted “⟦d:d|Cheap!⟧” across the dispatch box. The Speaker, Margaret Oduya, rose to her feet. “⟦d:c|Order. Order! The Leader of the Opposition will be heard, and so will the Prime Minister,⟧” she said.
Bastos returned to the attack. “⟦d:b|I will take no lectures from a party that closed four maternity units the last time it was trusted with—⟧”
“⟦d:c|Prime Minister, you will resume your seat while I have order,⟧” Oduya interjected, to laughter from the opposition side.
Vaughan-Price ended the exchange by accusing him of running “⟦p:a|a government of press releases⟧”. Bastos, gathering his papers, told her: “⟦d:b|Press releases at least get read. Her policy papers never do.⟧”

### 002
@a Dominic Achterberg | the committee's chair
@b Sunita Raghavan | the permanent secretary at the Treasury
@c Fiona Laidlaw | the Liberal Reform MP for Harrowfield East
The Treasury's most senior civil servant admitted on Tuesday that officials had warned ministers the Brightwater rail scheme could run "⟦p:-|at least 40 per cent⟧" over budget eighteen months before the figure was made public.
Sunita Raghavan, the permanent secretary at the Treasury, told the public accounts committee that the warning had been "⟦p:b|clearly set out⟧" in a submission to the then chief secretary.
"⟦d:a|Was it read?⟧" asked Dominic Achterberg, the committee's chair.
"⟦d:b|I have no reason to believe it was not,⟧" Raghavan replied. "⟦d:b|Whether it was acted upon is a different question, and not one I can answer for ministers.⟧"
Achterberg, a former accountant who has chaired the committee since 2019, pressed her on why the figure had not appeared in the department's annual report. "⟦d:a|Your own report described the project as 'broadly on track'. In what universe is forty per cent broadly on track?⟧"
"⟦d:b|That wording was agreed at the time on the basis of the central estimate,⟧" she said. "⟦d:b|With hindsight, I would not have signed it off in that form.⟧"
Fiona Laidlaw, the Liberal Reform MP for Harrowfield East, said the committee had been "⟦p:c|led up the garden path⟧" for two years. "⟦d:c|We sat in this room and were told there was no cause for concern,⟧" she said. "⟦d:c|Somebody in your department knew that was not true.⟧"
Raghavan said she "⟦p:b|entirely understood⟧" the committee's frustration. Laidlaw cut in: "⟦d:c|Understanding is not the same as accountability, Ms Raghavan.⟧"
The committee is expected to publish its report in the spring.

### 003
@a Tobias Lindqvist | the presenter
@b Amara Nwosu-Hale | Housing Minister
@c Progressive Union | the main opposition party
Housing Minister Amara Nwosu-Hale was repeatedly pressed on Monday morning over the government's promise to build 300,000 homes a year, in a combative interview on Radio Northmere's Daybreak programme.
The presenter, Tobias Lindqvist, opened by pointing out that completions had fallen for a third consecutive quarter. “⟦d:a|Will you hit the target this year, Minister?⟧” he asked.
“⟦d:b|We are absolutely committed to it,⟧” Nwosu-Hale said. “⟦d:b|What we have done is clear away the planning obstacles that held this country back for a generation—⟧”
“⟦d:a|That's not what I asked. Will you hit it?⟧”
“⟦d:b|—and that work takes time to show up in the numbers.⟧”
“⟦d:a|So the answer is no.⟧”
“⟦d:b|The answer is that I am not going to make predictions on your programme about quarterly figures, Tobias. I'm going to get on with the job.⟧”
Lindqvist then read out a message from a listener in Ebbsworth who said she had been on the council housing list for eleven years. “⟦d:a|What do you say to her?⟧” he asked.
“⟦d:b|I say I'm sorry, and I mean it,⟧” the minister replied. “⟦d:b|Eleven years is far too long. That's exactly why we are putting £2bn into social rent.⟧”
The Progressive Union, the main opposition party, has described the £2bn as “⟦p:c|recycled money⟧”. Asked whether any of it was new, Nwosu-Hale said: “⟦d:b|A significant proportion is new. I'm not going to get into the precise split.⟧”
“⟦d:a|You don't know the split?⟧”
“⟦d:b|I know the split. I'm not going to get into it at eight minutes past eight in the morning.⟧”

### 004
@a Gareth Penhallow | the National Democrats candidate for Tannock and Lowfield
@b - | a man in a high-visibility jacket
@c Shona McTavish | a line supervisor at the plant
@d Ferris Components | -
Gareth Penhallow had been talking for barely two minutes at the gates of the Ferris Components plant in Tannock when the first heckle came.
"⟦d:b|You lot shut the last place I worked,⟧" shouted a man in a high-visibility jacket as a shift ended. "⟦d:b|Why should I believe a word?⟧"
Penhallow, the National Democrats candidate for Tannock and Lowfield, walked over to him. "⟦d:a|That's a fair question and I'm not going to pretend it isn't,⟧" he said. "⟦d:a|What I can tell you is what we'll do this time, and you can hold me to it.⟧"
The man, who would not give his name, listened for a minute before walking off towards the car park. "⟦d:b|Heard it before,⟧" he said over his shoulder.
The plant, which makes brake assemblies, announced 140 job cuts in September. Shona McTavish, a line supervisor at the plant, said she had not decided how to vote. "⟦d:c|They all turn up at the gates in an election,⟧" the 52-year-old said. "⟦d:c|You don't see them in between.⟧"
Asked about that, Penhallow said he would hold a monthly surgery in the canteen if elected. "⟦d:a|Put it in writing. I'll be here,⟧" he said.
Ferris Components said in a statement that it "⟦p:d|does not comment on political campaigns⟧" and that the site "⟦p:d|remains a key part of our European operations⟧".

### 005
@a Bernadette Kirwan | the sitting MP
@b Yasmin Chaudhry | the Green Alliance candidate
@c Owain Pritchard | the Cymru Forward candidate
@d Alun Beddoe | the vicar of St Cadoc's
@e - | one woman near the back
It was standing room only at St Cadoc's church hall in Llanfyrn on Thursday night as the three main candidates for Mid Tarran faced questions from around 200 voters.
The evening's chair, the Rev Alun Beddoe, the vicar of St Cadoc's, opened with a warning. “⟦d:d|I've been told to keep this civil. I'm relying on you all to help me,⟧” he said, to laughter.
The first question, on the closure of the Llanfyrn bus route, drew the sharpest exchange. Bernadette Kirwan, the sitting MP, said she had “⟦p:a|fought tooth and nail⟧” to save it. Yasmin Chaudhry, the Green Alliance candidate, was unimpressed.
“⟦d:b|With respect, Bernadette, you voted for the budget that cut the subsidy,⟧” Chaudhry said. “⟦d:b|You can't fight something tooth and nail on a Tuesday and vote for it on a Wednesday.⟧”
Kirwan, who has held the seat since 2015, said that was “⟦p:a|a complete misrepresentation⟧” of a complicated vote. “⟦d:a|She knows perfectly well that the transport money was ring-fenced in a separate motion,⟧” she said. “⟦d:a|I won't stand here and be told I don't care about my own constituents.⟧”
Owain Pritchard, the Cymru Forward candidate, tried to steer the debate to farming. “⟦d:c|While the two of them argue about which Wednesday it was, the dairy farms in this valley are going under,⟧” he said.
One woman near the back called out: “⟦d:e|Answer the question about the bus!⟧” Pritchard raised his hands. “⟦d:c|Fair enough. Bring it back, fully funded, and I'll put my name to that tonight.⟧”
Another voter asked why none of the candidates lived in Llanfyrn itself. “⟦d:b|We're not all lucky enough to be able to afford it,⟧” Chaudhry said.
Beddoe closed the evening just after ten. “⟦d:d|You've been a credit to the parish,⟧” he told the audience. “⟦d:d|Mostly.⟧”

### 006
@a - | the Prime Minister's official spokesman
@b - | one journalist
@c - | another reporter
@d Nils Harrowgate | the Home Secretary
The Prime Minister's official spokesman insisted on Monday that his boss had "⟦p:a|full confidence⟧" in the Home Secretary, despite mounting pressure over the collapse of the border contract.
At the morning lobby briefing, the spokesman was asked eleven times whether Nils Harrowgate would still be in post by the end of the week.
"⟦d:a|The Prime Minister has full confidence in the Home Secretary and in the work he is doing,⟧" the spokesman said. "⟦d:a|I'm not going to get into hypotheticals.⟧"
"⟦d:b|Is that the same full confidence he had in the last Home Secretary?⟧" one journalist asked.
"⟦d:a|I'd refer you to what I've just said.⟧"
Pressed on whether the Prime Minister had read the internal audit of the contract, the spokesman said he had been "⟦p:a|briefed on its contents⟧" but would not say whether he had seen the document itself. "⟦d:a|I'm not going to give a running commentary on what papers are in the Prime Minister's red box,⟧" he said.
Another reporter asked whether the Home Secretary had offered his resignation. "⟦d:a|No,⟧" the spokesman said. "⟦d:a|And nor has he been asked to.⟧" "⟦d:c|Will he be?⟧" the reporter followed up. The spokesman smiled and moved on.
Harrowgate himself told broadcasters outside the Home Office that he was "⟦p:d|getting on with the job⟧". "⟦d:d|I have a contract to fix, and I intend to fix it,⟧" he said.

### 007
@a Devika Menon | the council leader
@b Patrick Flanagan | leader of the Independent group
@c - | one man in the public gallery
@d Ruth Adeyemi-Clarke | cabinet member for communities
@e Kessington Borough Council | -
Councillors in Kessington voted 31–24 on Wednesday night to close five of the borough's eleven libraries, in a stormy meeting that was adjourned twice because of protests from the public gallery.
Dozens of residents had gathered outside the town hall before the meeting, holding placards reading “⟦s:-|Save Our Libraries⟧” and “⟦s:-|Books Not Budgets⟧”.
Opening the debate, the council leader, Devika Menon, said the authority had “⟦p:a|no good options left⟧”. “⟦d:a|I did not come into politics to close libraries,⟧” she said. “⟦d:a|But I have a legal duty to set a balanced budget, and this council has lost forty per cent of its grant in a decade.⟧”
Patrick Flanagan, leader of the Independent group, said the decision was “⟦p:b|cultural vandalism dressed up as prudence⟧”. “⟦d:b|The leader talks about choices,⟧” he said. “⟦d:b|This is a choice. Her administration found £1.2m for a new logo and a consultancy report on the high street.⟧”
“⟦d:a|That is simply untrue, and he knows it,⟧” Menon replied. “⟦d:a|The branding work cost a fraction of that figure.⟧”
At that point one man in the public gallery stood and shouted: “⟦d:c|Shame on the lot of you!⟧” The mayor adjourned the meeting for ten minutes.
When councillors returned, Ruth Adeyemi-Clarke, cabinet member for communities, said three of the buildings would be offered to volunteer groups. “⟦d:d|This is not the end of a library service in those neighbourhoods,⟧” she said. “⟦d:d|It is a different way of running it.⟧”
Flanagan was unmoved. “⟦d:b|Ask any volunteer-run library in the country how that's going,⟧” he said.
Kessington Borough Council said afterwards that the closures would take effect from April and that staff would be “⟦p:e|supported through redeployment wherever possible⟧”.

### 008
@a Lachlan Fraser-Bain | the former foreign secretary
@b Emeka Obi-Whitfield | the business secretary
@c Helena Sørensen | the moderator
The two men vying to lead the Commonwealth Party clashed repeatedly over tax and immigration on Sunday night in the first televised debate of the contest, with each accusing the other of being unable to win a general election.
Lachlan Fraser-Bain, the former foreign secretary, came out swinging. “⟦d:a|Emeka has spent three years in cabinet signing off every one of the decisions he now says were mistakes,⟧” he said. “⟦d:a|You can't run against a record you wrote.⟧”
Emeka Obi-Whitfield, the business secretary, smiled. “⟦d:b|Lachlan was in the same cabinet, sitting two chairs down from me,⟧” he said. “⟦d:b|The difference is I'm prepared to say what went wrong.⟧”
The moderator, Helena Sørensen, pressed both men on whether they would cut income tax in their first budget. “⟦d:c|A straight answer, please. Yes or no?⟧” she asked.
“⟦d:b|Yes,⟧” said Obi-Whitfield.
“⟦d:a|Not until we've got borrowing under control,⟧” Fraser-Bain said. “⟦d:a|Anyone who tells you otherwise is writing cheques the country can't cash.⟧”
“⟦d:b|That's the line the opposition has been using for a year,⟧” his rival shot back. “⟦d:b|I'm surprised to hear it from this side of the stage.⟧”
On immigration, Fraser-Bain said he would introduce an annual cap, set by Parliament. Obi-Whitfield called it “⟦p:b|a gimmick⟧” that “⟦p:b|would be abandoned within eighteen months⟧”.
In their closing statements, Fraser-Bain said members faced “⟦p:a|a choice between experience and an audition⟧”. Obi-Whitfield, 44, said: “⟦d:b|I'm asking members to be brave. We have been careful for a very long time, and look where careful has got us.⟧”
A snap poll of members afterwards gave the debate to Obi-Whitfield by 54 per cent to 46.

### 009
@a - | a source close to the Chancellor
@b - | one senior backbencher
@c - | a Treasury spokeswoman
@d Delphine Ashworth-Kamau | the shadow chancellor
@e - | a leaked Treasury memo
A leaked Treasury memo warns that plans to abolish stamp duty for first-time buyers could cost "⟦p:e|substantially more⟧" than the £3.1bn ministers have claimed, piling fresh pressure on the Chancellor days before the budget.
The four-page document, dated 12 October and seen by this newspaper, says the policy "⟦p:e|risks adding to house prices in precisely the areas where affordability is worst⟧". It adds: "⟦d:e|The behavioural assumptions underpinning the costing are, in our view, optimistic.⟧"
A source close to the Chancellor dismissed the memo as "⟦p:a|one official's opinion from months ago⟧". "⟦d:a|The numbers have moved on. The policy has moved on,⟧" the source said. "⟦d:a|This is an old draft being waved around by people who never liked the idea.⟧"
But the leak has alarmed some on the government benches. "⟦d:b|If the Treasury's own people are saying it doesn't add up, we're going to get slaughtered on it,⟧" said one senior backbencher. "⟦d:b|Nobody wants to be on the doorstep defending a giveaway that puts prices up.⟧"
A Treasury spokeswoman said: "⟦d:c|We do not comment on leaked documents. All policies will be fully costed and independently scrutinised at the budget.⟧"
Delphine Ashworth-Kamau, the shadow chancellor, said the memo showed the government was "⟦p:d|making it up as it goes along⟧". "⟦d:d|The Chancellor needs to publish the full costing today,⟧" she said.

### 010
@a Ilse Brandauer | Valdorian Foreign Minister
@b Anatol Vrabie | her Kestrian counterpart
@c - | one reporter
The foreign ministers of Valdoria and Kestria said on Friday they had agreed a «⟦s:-|road map⟧» towards reopening their shared border, after two days of talks in the lakeside town of Mirensee.
Valdorian Foreign Minister Ilse Brandauer described the talks as «⟦p:a|frank, at times difficult, but ultimately productive⟧». «⟦d:a|Nobody should expect the checkpoints to disappear next week,⟧» she told a joint press conference. «⟦d:a|But for the first time in four years, we have a timetable that both governments have signed.⟧»
Anatol Vrabie, her Kestrian counterpart, spoke through an interpreter. «⟦d:b|We have not agreed on everything,⟧» he said. «⟦d:b|On the question of the river crossings, there is still work to do. But we have agreed to keep talking, and that is not a small thing.⟧»
Asked whether the issue of compensation for displaced families had been raised, Vrabie switched to English. «⟦d:b|Yes, it was raised. By me. More than once,⟧» he said, prompting laughter from Brandauer.
«⟦d:a|My colleague is a persistent man,⟧» she said. «⟦d:a|We will set up a joint commission. It will report within six months.⟧»
One reporter asked: «⟦d:c|Minister Brandauer, is six months not simply a way of kicking this past your elections?⟧»
«⟦d:a|No,⟧» she said. «⟦d:a|It is a way of doing it properly.⟧»
### 011
@a Martine Lacasse-Whitby | Prime Minister
@b Harjit Sandhu | the Leader of the Official Opposition
@c Geneviève Tremblay-Roy | the Rivière-Noire MP
@d Ottoline Parr | the Speaker
PORT ALDRIDGE — Prime Minister Martine Lacasse-Whitby faced a barrage of questions over the cancelled northern rail corridor in Question Period on Tuesday, with the Leader of the Official Opposition accusing her government of "⟦p:b|abandoning every riding north of the 50th parallel⟧".
The Leader of the Official Opposition, Harjit Sandhu, held up a copy of the Liberal-Federal platform from the last election. "⟦d:b|Page 14, Madam Speaker. 'We will build the northern corridor.' Not study it. Not consult on it. Build it,⟧" he said. "⟦d:b|What happened?⟧"
"⟦d:a|What happened is that the costs doubled and we chose not to hide that from Canadians,⟧" Lacasse-Whitby replied. "⟦d:a|My honourable colleague would have signed a blank cheque. We will not.⟧"
The Rivière-Noire MP, Geneviève Tremblay-Roy, rose to ask her question in French. "⟦d:c|Le gouvernement a abandonné les régions, et il le sait très bien,⟧" she said. "⟦d:c|The government has abandoned the regions, and it knows it very well.⟧"
The prime minister answered in French that she had "⟦p:a|the greatest respect⟧" for northern communities and that a new transport fund would be announced "⟦p:a|in the coming weeks⟧".
"⟦d:c|The coming weeks,⟧" Tremblay-Roy repeated in English, to laughter from her own benches. "⟦d:c|We have heard about the coming weeks for three years.⟧"
The Speaker, Ottoline Parr, twice asked members to "⟦p:d|direct their comments through the chair⟧". When Sandhu called the prime minister "⟦p:b|a stranger to the truth⟧", Parr stood. "⟦d:d|The honourable member knows that is not parliamentary language. I'll give him the opportunity to withdraw it,⟧" she said.
"⟦d:b|I withdraw it, Madam Speaker,⟧" Sandhu said, before adding: "⟦d:b|The facts will speak for themselves.⟧"

### 012
@a Craig Dunleavy | Sports Minister
@b - | an aide
@c Tamsin Oyelaran | Opposition MP
@d Brenda Hollis | mum-of-three
@e - | a spokesman for Mr Dunleavy
RED-FACED Sports Minister Craig Dunleavy was last night forced to grovel after being caught on a live microphone branding his own constituents "⟦p:a|whingers⟧".
The blunder came moments after a visit to a leisure centre in Portwick, where locals had complained about the closure of the town's only swimming pool.
Thinking the cameras had stopped rolling, Dunleavy, 51, turned to an aide and said: "⟦d:a|God, they don't half go on. Bunch of whingers. Get me out of here before the woman with the clipboard comes back.⟧"
The aide could be heard replying: "⟦d:b|Car's round the front, Minister.⟧"
Footage of the exchange had been watched more than two million times by last night, and the episode has already been dubbed "⟦s:-|Poolgate⟧" online.
Opposition MP Tamsin Oyelaran said: "⟦d:c|This tells you everything about what this government really thinks of ordinary people. They smile for the cameras and sneer the minute the red light goes off.⟧"
The "⟦s:-|woman with the clipboard⟧", mum-of-three Brenda Hollis, 38, who organised the petition to save the pool, told us she was "⟦p:d|gobsmacked⟧".
"⟦d:d|He shook my hand and told me he'd fight for us,⟧" she said. "⟦d:d|Five minutes later I'm a whinger. Well, this whinger has got 4,000 signatures.⟧"
A spokesman for Mr Dunleavy said last night: "⟦d:e|The minister regrets his choice of words, which were said in a moment of frustration at the situation, not at residents. He has written to Mrs Hollis to apologise.⟧"

### 013
@a Lucinda Marrable | presenter
@b Adaeze Okonkwo-Reid | Foreign Secretary
@c Beatrix Holm | the shadow foreign secretary
@d - | one of her own backbenchers
The Foreign Secretary has refused to rule out sending more military advisers to the Sarvestan region, despite growing unease among backbench MPs.
Appearing on Sunday Politics Live, Adaeze Okonkwo-Reid was asked by presenter Lucinda Marrable whether the deployment announced last month would be “⟦p:a|the first of several⟧”.
“⟦d:b|I'm not going to speculate about future operational decisions on a Sunday morning sofa,⟧” the Foreign Secretary said. “⟦d:b|What I will say is that we keep everything under review.⟧”
“⟦d:a|That sounds like a yes,⟧” Marrable said.
“⟦d:b|It sounds like what it is, Lucinda, which is a responsible answer.⟧”
Marrable then put to her a quote from one of her own backbenchers, who had described the policy as “⟦p:d|mission creep with a press office⟧”. Okonkwo-Reid laughed. “⟦d:b|I've heard worse descriptions of my department,⟧” she said. “⟦d:b|But I'd gently say to colleagues that nobody is talking about combat troops. Nobody.⟧”
Later in the programme, the shadow foreign secretary, Beatrix Holm, accused the government of “⟦p:c|drifting into a conflict without a vote in Parliament⟧”.
“⟦d:c|If the Foreign Secretary is so confident in the policy, she should bring it to the House and let MPs decide,⟧” Holm said. “⟦d:c|What is she afraid of?⟧”
Asked by Marrable whether her own party would support such a vote, Holm said: “⟦d:c|We'd want to see the detail. But we'd certainly want to be asked.⟧”

### 014
@a Ibrahim Haddad-Lowe | the 34-year-old MP for Saltmarsh North
@b Samira Haddad | his mother
@c - | one colleague who has served with him on the health committee
@d Penrose Achebe | the party's chief whip
Ibrahim Haddad-Lowe keeps a photograph on his office wall of the bus depot where his father worked nights for twenty-six years. He points to it before I have sat down.
“⟦d:a|That's why I'm here,⟧” he says. “⟦d:a|Not in a sentimental way. In a practical way. Every decision that gets made in this building ends up, eventually, at a depot like that at four in the morning.⟧”
The 34-year-old MP for Saltmarsh North was elected three years ago with a majority of 611, the smallest in the country. He has since become one of the most talked-about members of the new intake, a regular on late-night panel shows and, according to some colleagues, a future cabinet minister.
He dislikes the label. “⟦d:a:m|People say ‘rising star’ and I think, rising where? I'm a backbencher with a tiny majority. If I lose the next election I'll be back teaching maths, and honestly there are worse fates.⟧
“⟦d:a:m|The thing nobody tells you about this job is how lonely it is. You're surrounded by people all day, and you don't really know who your friends are. I ring my mum most nights. She tells me when I've been rubbish on the telly.⟧
“⟦d:a|She's usually right.⟧”
His mother, Samira Haddad, confirms this when I call her. “⟦d:b|He talks too fast when he's nervous,⟧” she says. “⟦d:b|I tell him, Ibrahim, slow down, people in Saltmarsh want to understand you, not be impressed by you.⟧”
Not everyone at Westhaven is a fan. One colleague who has served with him on the health committee describes him as “⟦p:c|very clever and very keen for everyone to know it⟧”. “⟦d:c|He'll be brilliant one day, if he learns to listen as much as he talks,⟧” the MP says.
Penrose Achebe, the party's chief whip, is more generous. “⟦d:d|He's the kind of member you want in a tight vote. He turns up, he reads the papers, and he tells you to your face if he disagrees,⟧” she says.
Haddad-Lowe smiles when I read him the committee colleague's verdict. “⟦d:a|That's fair,⟧” he says. “⟦d:a|Put it in. My mum will agree with them.⟧”

### 015
@a Bronwyn Ketteridge | Senator
@b Graeme Oakhurst | secretary of the Department of Regional Infrastructure
@c Ravi Pillai | the committee chair
@d Lorraine Duffield | the department's chief financial officer
MERRIDALE — The head of the regional infrastructure department has been accused of "⟦p:a|treating the Senate like a nuisance⟧" after he was unable to say how much had been spent on a cancelled dam project.
At a fiery Senate estimates hearing on Wednesday, Senator Bronwyn Ketteridge asked Graeme Oakhurst, secretary of the Department of Regional Infrastructure, for the total cost of the Mulgarra Creek scheme to date.
"⟦d:b|I'd have to take that on notice, Senator,⟧" Mr Oakhurst said.
"⟦d:a|You've had six months' notice,⟧" Senator Ketteridge replied. "⟦d:a|I asked this exact question in February. Do you know the figure or not?⟧"
"⟦d:b|I know an approximate figure. I'm not going to give the committee an approximate figure and have it reported as fact.⟧"
"⟦d:a|Then give us the approximate figure and tell us it's approximate. We're grown-ups.⟧"
The committee chair, Senator Ravi Pillai, intervened to ask whether another official at the table could assist. The department's chief financial officer, Lorraine Duffield, said the figure was "⟦p:d|in the order of $212 million⟧", including land acquisition.
"⟦d:a|Thank you, Ms Duffield. That wasn't so hard,⟧" Senator Ketteridge said.
Mr Oakhurst later said he "⟦p:b|rejected absolutely⟧" any suggestion he had been evasive. "⟦d:b|My obligation is to give this committee accurate information, and that is what I have done,⟧" he said.
"⟦d:c|We'll move on,⟧" Senator Pillai said. "⟦d:c|Senator Ketteridge, you have five minutes left in this block.⟧"

### 016
@a Teresa Alcántara-Boyd | Governor
@b - | one reporter
@c Dwayne Rutledge | the state Senate minority leader
@d Marcus Tilbury | the governor's budget director
HOLLOWAY CITY — Governor Teresa Alcántara-Boyd on Thursday defended her decision to veto a $40 million property tax rebate, calling the measure "⟦p:a|an election-year sugar rush the state can't afford⟧".
"⟦d:a|I know it's not popular. I didn't run for this office to be popular,⟧" Alcántara-Boyd told reporters at the Capitol. "⟦d:a|I ran to make sure the books balance when I leave.⟧"
One reporter asked whether she was worried about the political cost in November. "⟦d:b|Governor, your own party's candidates in the suburbs are running on that rebate. Are you hanging them out to dry?⟧"
"⟦d:a|I'd say to them what I've said to everyone: show me how you pay for it and I'll sign it tomorrow,⟧" she said.
Marcus Tilbury, the governor's budget director, said the rebate would have left a "⟦p:d|structural hole⟧" in the next two budgets. "⟦d:d|The revenue numbers are softening. This is not the year for it,⟧" he said.
Dwayne Rutledge, the state Senate minority leader, said the veto was "⟦p:c|a slap in the face to every homeowner in this state⟧". In a statement, he said: "⟦d:c|The Governor found money for her pet projects. She just couldn't find any for the families who are getting crushed by their tax bills.⟧"
Rutledge said Senate Unionists would attempt to override the veto next week, though they appear to lack the votes.

### 017
@a K. Raghunathan | Chief Minister
@b Meenakshi Sundaresan | Leader of the Opposition
@c P. Venkatesh | Speaker
@d - | one senior minister who did not wish to be named
Opposition members staged a walkout from the Suvarnapur Legislative Assembly on Monday after Speaker P. Venkatesh refused to allow a debate on the alleged irregularities in the state's free laptop scheme.
Members of the Janata Vikas Front trooped out of the House raising slogans of “⟦s:-|Laptop scam, answer now⟧”, moments after Leader of the Opposition Meenakshi Sundaresan was cut off mid-sentence.
“⟦d:b|The people of this state have a right to know where ₹600 crore has gone. If this House will not discuss it, we will discuss it in every village,⟧” Ms. Sundaresan told reporters outside the Assembly.
Inside the House, Mr. Venkatesh said the matter was “⟦p:c|sub judice⟧” because a public interest petition was pending before the High Court. “⟦d:c|I cannot permit a discussion that may prejudice proceedings before the court. The Leader of the Opposition is well aware of the rules,⟧” he said.
Replying later to a calling attention motion, Chief Minister K. Raghunathan said the opposition was “⟦p:a|doing drama for television cameras⟧”. “⟦d:a|Every rupee has been audited. Twelve lakh students have received laptops. Let them go and ask those students,⟧” he said.
Ms. Sundaresan hit back within the hour. “⟦d:b|If every rupee is accounted for, let the Chief Minister place the audit report on the table of the House. Why is he afraid?⟧” she asked.
One senior minister who did not wish to be named conceded that the controversy had “⟦p:d|rattled⟧” the government. “⟦d:d|The CM is confident, but the optics are bad. Students are talking about it,⟧” the minister said.

### 018
@a Babatunde Alabi-Oke | the governorship candidate of the Progressive People's Congress
@b Folashade Ibekwe | the party's state chairman
@c - | one trader
@d Ngozi Eze-Laniyan | the ruling party's campaign spokesperson
ODUMA — Tens of thousands of supporters filled the Ramat Square in Oduma on Saturday as Chief Babatunde Alabi-Oke, the governorship candidate of the Progressive People's Congress, flagged off his campaign with a promise to fix the state's roads "⟦p:a|within 18 months, or I will resign⟧".
Supporters waving brooms and chanting "⟦s:-|Baba Oke, Oduma Must Rise⟧" danced for hours before the candidate arrived in a convoy of more than fifty vehicles.
"⟦d:a|They have been in power for eight years. Eight years! What do they have to show? Potholes and promises,⟧" Alabi-Oke told the crowd. "⟦d:a|I am not here to make promises. I am here to sign a contract with you.⟧"
The party's state chairman, Folashade Ibekwe, described the crowd as "⟦p:b|a referendum before the election⟧". "⟦d:b|Oduma people have spoken today. The ruling party should start packing its bags,⟧" she said.
Not everyone at the rally was convinced. "⟦d:c|Every four years they come and tell us the same story. I came to hear him, but I will vote with my eyes open,⟧" said one trader, who sells provisions near the square.
The ruling party's campaign spokesperson, Ngozi Eze-Laniyan, dismissed the rally as "⟦p:d|rented crowds and recycled promises⟧". "⟦d:d|The people of Oduma know who built the flyovers and who built the schools. Noise does not win elections,⟧" she said in a statement on Sunday.

### 019
@a Morag Lennox-Bryce | First Minister
@b Callum Baird-Niven | the opposition leader
@c Iain Drummond-Stuart | the Presiding Officer
@d Fergus Ahmadi | the Green Left's co-leader
First Minister Morag Lennox-Bryce was accused of presiding over “⟦p:b|a ferry fiasco without end⟧” on Thursday, as the row over the two delayed island vessels dominated First Minister's Questions.
The opposition leader, Callum Baird-Niven, told the chamber that the ships were now six years late and £190m over budget. “⟦d:b|The First Minister once stood in a shipyard in a hard hat and promised these ferries would be sailing by 2019. Can she tell islanders which year they should now pencil in?⟧” he asked.
Lennox-Bryce said the yard had given “⟦p:a|firm assurances⟧” that the first vessel would be handed over next summer. “⟦d:a|I am not going to pretend this has gone well. It has not. But I'd rather be the First Minister who saved a shipyard than the one who let it close,⟧” she said.
“⟦d:b|Answer the question!⟧” Baird-Niven called from his seat.
“⟦d:c|Mr Baird-Niven, you have had your question. The First Minister will answer it in her own way,⟧” said the Presiding Officer, Iain Drummond-Stuart.
“⟦d:a|In my own way, and in my own time,⟧” Lennox-Bryce added, to laughter from the government benches. “⟦d:a|Which is more than the member ever gave the yard workers when his party was in charge.⟧”
Fergus Ahmadi, the Green Left's co-leader, said islanders had stopped listening to either side. “⟦d:d|On Barra Mòr this week a man missed his chemotherapy because the only ferry was broken down again,⟧” he said. “⟦d:d|He doesn't care whose fault it is. He wants to know what the First Minister is going to do on Monday.⟧”
Lennox-Bryce said the transport secretary would meet island councils next week, and that a chartered vessel would be in service “⟦p:a|within days⟧”.
Drummond-Stuart brought the session to a close with a reminder that “⟦p:c|this chamber is not a football terrace⟧”.

### 020
@a Huia Tawhiri | a kaumātua of Ngāti Kōwhai
@b Phillip Marsden | the committee's chair
@c Anahera Paewai | the Manawa Coast MP
@d Hamish Ogilvie | a dairy farmer from Oturoa
The environment select committee heard more than forty submissions on the Freshwater Allocation Bill on Tuesday, in a packed hearing room where emotions ran high on both sides of the debate.
Huia Tawhiri, a kaumātua of Ngāti Kōwhai, opened her submission in te reo Māori. ``⟦d:a|Ko au te awa, ko te awa ko au,⟧'' she said. ``⟦d:a|I am the river, and the river is me.⟧''
``⟦d:a|For one hundred and fifty years our people have been told to wait. We were told to wait for the courts, and then for the tribunal, and now for this committee,⟧'' she said. ``⟦d:a|This bill asks us to wait again.⟧''
The committee's chair, Phillip Marsden, thanked her and asked whether Ngāti Kōwhai had been consulted before the bill was drafted. ``⟦d:a|Not in any way I would call consultation,⟧'' she replied. ``⟦d:a|We received a letter. We answered it. We never heard back.⟧''
The Manawa Coast MP, Anahera Paewai, asked officials whether that was correct. Told it would be checked, she said: ``⟦d:c|Please do. I'd like the answer in writing before the second reading.⟧''
Hamish Ogilvie, a dairy farmer from Oturoa, told the committee the bill's caps on irrigation would ``⟦p:d|finish off⟧'' family farms in the district. ``⟦d:d|Nobody in my valley is against clean rivers. We drink from them too,⟧'' he said. ``⟦d:d|But you can't take two-thirds of a man's water and then tell him to keep paying the mortgage.⟧''
Marsden closed the session just after six. ``⟦d:b|We have heard a great deal today, and we will weigh all of it,⟧'' he said.

### 021
@a Sofia Marchetti-Hughes | the Social Reform leader
@b - | one protester
@c Desmond Okafor | a delegate from Brackley
@d - | a party spokesperson
The Social Reform leader, Sofia Marchetti-Hughes, promised a "⟦p:a|decade of renewal⟧" in her closing speech to the party's conference in Seabourne on Wednesday, as delegates chanted "⟦s:-|Five more years⟧" and waved union flags.
"⟦d:a|They said we were finished. They said we'd never govern again. Well, here we are, and we're not going anywhere,⟧" the party leader told a packed hall.
She had been speaking for about twenty minutes when one protester rose in the balcony and unfurled a banner reading "⟦s:-|Stop the Gilmore Pipeline⟧". "⟦d:b|You promised to scrap it! You promised!⟧" the protester shouted, before being escorted out by stewards.
Marchetti-Hughes paused. "⟦d:a|You know, five years ago we didn't have protesters at this conference, because nobody cared what we said,⟧" she said, to loud applause. "⟦d:a|I'd rather be in government and be shouted at than be in opposition and be ignored.⟧"
Desmond Okafor, a delegate from Brackley, said it was the best speech he had heard from her. "⟦d:c|She's found her voice. You could feel it in the room,⟧" he said. "⟦d:c|That bit with the protester — you can't write that.⟧"
A party spokesperson said afterwards that the protester had entered the hall with "⟦p:d|a valid pass obtained under false pretences⟧" and that security arrangements would be reviewed.

### 022
@a Declan Moriarty | the minister for rural affairs
@b Eleanor Whitcombe | the Prime Minister
@c - | one ally of Mr Moriarty
Declan Moriarty, the minister for rural affairs, resigned from the government on Monday night over its decision to press ahead with cuts to upland farm payments, becoming the third minister to quit in a month.
In his resignation letter, Moriarty told the Prime Minister, Eleanor Whitcombe, that he could not “⟦p:a|in conscience⟧” defend the policy in his own constituency.
“⟦d:a:m|I have served in your government with pride, and I continue to support much of what it is trying to achieve. But I made a promise to the farmers of Glenarrow that I would not stand by while the upland payment scheme was dismantled. That promise matters more to me than my job.⟧
“⟦d:a|I will continue to support the government from the back benches on all matters where my conscience allows.⟧”
In her reply, Whitcombe said she was “⟦p:b|sorry to lose a talented colleague⟧” but defended the reforms. “⟦d:b|The changes we are making are difficult, but they are necessary to put farm support on a sustainable footing for the next generation,⟧” she wrote. “⟦d:b|I know you will continue to be a powerful voice for rural communities.⟧”
One ally of Mr Moriarty said the resignation had been “⟦p:c|weeks in the making⟧”. “⟦d:c|He told Number 4 in September that this was a red line. They didn't believe him,⟧” the ally said.

### 023
@a Valerie Achterholt | the returning officer
@b Sanjay Mehrotra-Wells | the Liberal Reform candidate
@c Gwendolyn Pyke | the defeated National Democrats candidate
@d Terence Mabbott | the perennial candidate
It was just after 3.40am when the returning officer, Valerie Achterholt, stepped up to the microphone at the Hartsfield leisure centre and ended the long night of the Hartsfield and Coney by-election.
"⟦d:a|I, Valerie Achterholt, being the returning officer for the said constituency, hereby give notice that the total number of votes cast for each candidate was as follows,⟧" she began, to a ripple of nervous laughter.
When she reached 14,208 votes for Sanjay Mehrotra-Wells, the Liberal Reform candidate, his supporters drowned out the remainder of the result.
"⟦d:b|Hartsfield has sent a message tonight, and it is a message that will be heard very loudly indeed in Westhaven,⟧" Mehrotra-Wells, 41, said in his victory speech. "⟦d:b|People here have been taken for granted for too long. Not any more.⟧"
The defeated National Democrats candidate, Gwendolyn Pyke, congratulated him but said the result was "⟦p:c|a protest, not an endorsement⟧". "⟦d:c|I'll be back, and so will the voters who lent their vote to someone else tonight,⟧" she said.
The night's loudest cheer, however, was reserved for Terence Mabbott, who stood as "⟦s:-|Sir Spoon of the Cutlery Party⟧" and polled 212 votes while wearing a colander. "⟦d:d|A personal best,⟧" the perennial candidate said. "⟦d:d|The soup kitchen vote is rising.⟧"
Turnout was 38.2 per cent.

### 024
@a Jae-won Park | Mayor
@b Moira Kennelly | general secretary of the Transit Workers' Union
@c - | one reporter
@d Larchfield Metropolitan Transit | -
LARCHFIELD — Mayor Jae-won Park on Tuesday called on the city's transit union to “⟦p:a|come back to the table tonight⟧” as a strike that has shut down buses and light rail entered its fourth day.
“⟦d:a|Every day this goes on, a nurse can't get to her shift, a kid can't get to school, a small business loses customers,⟧” Park said at a news conference at City Hall. “⟦d:a|I'm asking both sides to lock themselves in a room and not come out until there's a deal.⟧”
Asked by one reporter whether the city would increase its offer, Park declined to negotiate “⟦p:a|in front of the cameras⟧”.
“⟦d:c|Mr. Mayor, the union says your offer is a pay cut in real terms. Is it?⟧” the reporter pressed.
“⟦d:a|The offer is fair. It is the largest offer this city has made in fifteen years. And I'd encourage people to read it for themselves,⟧” he said.
Moira Kennelly, general secretary of the Transit Workers' Union, said the mayor was “⟦p:b|playing to the gallery⟧”. “⟦d:b|Our members didn't want this strike. They want to be able to pay their rent. If the mayor wants a deal, he knows where we are,⟧” she told reporters on a picket line outside the Eastgate depot.
Larchfield Metropolitan Transit said in a statement that it “⟦p:d|remains ready to meet at any time⟧” and urged riders to check its website for updates.

### 025
@a - | one diplomat involved in the talks
@b Henrike Lauenstein | the president of the Council
@c Tiago Carvalhais | the Lusitanian prime minister
@d - | a senior official from one of the net-contributor states
VELDHOVEN — Leaders of the Continental Union were heading for a second night of talks on Friday without agreement on the bloc's seven-year budget, with one diplomat describing the mood as «⟦p:a|grim, and getting grimmer⟧».
«⟦d:a|Nobody has moved since lunchtime. There are four countries in one corner and five in the other and the rest are ordering sandwiches,⟧» said one diplomat involved in the talks.
The president of the Council, Henrike Lauenstein, told reporters as she left the building shortly after midnight that she remained «⟦p:b|cautiously hopeful⟧». «⟦d:b|We have been here before. Budgets are always agreed at four in the morning. We are not at four in the morning yet,⟧» she said.
Arriving for the resumed session, the Lusitanian prime minister, Tiago Carvalhais, said his country would not accept cuts to cohesion funding. «⟦d:c|I did not fly here to sign a bad deal. I can go home with no deal. I cannot go home with a bad one,⟧» he said.
A senior official from one of the net-contributor states was unmoved. «⟦d:d|Everyone says they cannot go home with a bad deal. That is the whole point of a compromise: everybody goes home slightly unhappy,⟧» the official said.

### 026
@a Conrad Ebbington | the former chancellor
@b Nadia Farooqui | the political journalist
Conrad Ebbington, the former chancellor, has admitted that he privately told the then prime minister that his own flagship tax cut was “⟦p:a|a mistake we should never have made⟧”.
Speaking on the Inside the Box podcast, hosted by the political journalist Nadia Farooqui, Ebbington said he had raised his doubts “⟦p:a|within about a fortnight⟧” of the budget.
“⟦d:b|So you stood at the despatch box and defended something you already thought was wrong?⟧” Farooqui asked.
“⟦d:a:m|Yes. That's the job. That's collective responsibility. You don't get to stand up in the House and say, well, I had reservations. The markets would have eaten us alive.⟧
“⟦d:a:m|But I went to see him, on a Sunday evening as I recall, and I said: ‘I think we've got this wrong. I think we should unwind it in the spring, quietly.’ And he said no. He said unwinding it would look weak.⟧
“⟦d:a|He was probably right about that, politically. He was wrong about the economics.⟧”
Farooqui asked whether he regretted not resigning. Ebbington paused for several seconds. “⟦d:a|I think about it more than I'd like to admit,⟧” he said. “⟦d:a|Ask me again in ten years.⟧”

### 027
@a Anneliese Vogt-Marsh | chief executive of Kinetiq
@b Kwame Asante-Boateng | the committee's chair
@c Rosalind Teague | the Independent MP for Fenmoor
@d Kinetiq | the company
The chief executive of the social media company Kinetiq told MPs on Thursday that it would "⟦p:a|never⟧" hand over users' private messages to the government without a court order, during a tense three-hour hearing of the digital affairs committee.
Anneliese Vogt-Marsh, chief executive of Kinetiq, said the company received "⟦p:a|thousands⟧" of data requests from governments every year. "⟦d:a|Our position is simple. If there is a warrant signed by a judge, we comply. If there isn't, we don't. That applies here as it applies everywhere,⟧" she said.
Kwame Asante-Boateng, the committee's chair, said that was "⟦p:b|an easy thing to say in a committee room⟧". "⟦d:b|Your own transparency report shows you granted sixty per cent of emergency requests last year without a warrant. How is that consistent with what you have just told us?⟧"
"⟦d:a|Emergency requests involve an imminent threat to life. They are a different category,⟧" Vogt-Marsh replied.
"⟦d:b|Who decides that they are an emergency?⟧"
"⟦d:a|Our trust and safety team, on the basis of the information provided by the police.⟧"
Rosalind Teague, the Independent MP for Fenmoor, asked about a teenager in her constituency whose death had been linked to self-harm content on the platform. "⟦d:c|His mother has written to you four times. She has had one reply, from an automated address. Will you meet her?⟧" Teague asked.
"⟦d:a|Yes. I will,⟧" Vogt-Marsh said. "⟦d:a|And I apologise that it has taken a committee hearing for that to happen.⟧"
The company later said in a statement that it had "⟦p:d|contacted the family directly⟧".

### 028
@a Priyanka Devraj | the MP for Kellaway South
@b - | one student
@c Harbour City Police | -
@d Jonah Whitlock-Ade | president of the National Students' Federation
Thousands of students marched on Parliament Square in Harbour City on Saturday to protest against a planned rise in tuition fees, carrying placards reading “⟦s:-|Education Is a Right⟧” and “⟦s:-|Don't Mortgage Our Future⟧”.
Chants of “⟦s:-|No ifs, no buts, no tuition cuts⟧” echoed around the square as speakers addressed the crowd from a flatbed lorry.
Jonah Whitlock-Ade, president of the National Students' Federation, told protesters the government had “⟦p:d|picked the wrong generation to fight⟧”. “⟦d:d|They think we won't vote. They think we'll moan on our phones and go home. Let's prove them wrong,⟧” he said.
Priyanka Devraj, the MP for Kellaway South, was one of three opposition MPs to address the rally. “⟦d:a|I was the first person in my family to go to university. Under these plans, I'd have thought twice,⟧” she said. “⟦d:a|That's not aspiration. That's a ceiling.⟧”
One student, who travelled from Norcaster with her flatmates, said she had never been on a protest before. “⟦d:b|My mum's a cleaner. I've got a student loan already that I'll probably never pay off. I just felt I had to be here,⟧” she said.
Harbour City Police said the march had passed off “⟦p:c|largely peacefully⟧”, with four arrests for minor public order offences.

### 029
@a Tomás Echeverría | Finance Minister
@b Oluwaseun Adebayo | the opposition finance spokesperson
@c Federation of Small Enterprises | -
@d Combined Workers' Union | -
@e - | one opposition MP
Finance Minister Tomás Echeverría unveiled a "⟦p:a|budget for the long haul⟧" on Wednesday, raising the top rate of income tax and freezing fuel duty while promising a decade of investment in rail and energy.
"⟦d:a|For too long this country has lived on short-term fixes and long-term excuses,⟧" Echeverría told the Assembly. "⟦d:a|This budget asks those with the broadest shoulders to carry a little more, so that everybody can stand a little taller.⟧"
Opposition MPs groaned at the line, and one opposition MP could be heard calling it "⟦p:e|fridge-magnet economics⟧".
Replying for the opposition, Oluwaseun Adebayo, the opposition finance spokesperson, said the budget would "⟦p:b|punish the people who create jobs⟧". "⟦d:b|The minister talks about broad shoulders. What he means is that if you start a business, work hard and succeed, he'll be waiting for you at the finish line with his hand out,⟧" he said.
The Federation of Small Enterprises said it was "⟦p:c|deeply disappointed⟧" that the threshold for the new rate had not been raised. The Combined Workers' Union welcomed the rail package, calling it "⟦p:d|a down payment on fairness⟧", but said public sector pay was "⟦p:d|the elephant in the room⟧".
"⟦d:a|I'd rather be criticised by both sides for getting the balance right than praised by one side for getting it wrong,⟧" Echeverría told reporters later.

### 030
@a - | one friend of the sacked minister
@b Dervla Kinsella-Grant | his successor
@c Rupert Vane | the outgoing education secretary
@d - | a Number 4 source
The Prime Minister wielded the axe on Thursday in the most brutal reshuffle in years, sacking five cabinet ministers before lunch and promoting a string of loyalists from the 2019 intake.
The most high-profile casualty was Rupert Vane, the outgoing education secretary, who was told of his fate in a six-minute meeting. One friend of the sacked minister said he had been “⟦p:a|knifed for telling the truth about school funding⟧”. “⟦d:a|Rupert did what he was asked to do, and when the money ran out he said so. That's apparently a crime now,⟧” the friend said.
Vane himself struck a more diplomatic note in a post on social media. “⟦d:c|It has been the privilege of my life to serve as education secretary. I wish my successor every success and will support the government from the back benches,⟧” he wrote.
His successor, 39-year-old Dervla Kinsella-Grant, was beaming as she arrived at the department. “⟦d:b|I'm thrilled. I'm daunted. Mostly thrilled,⟧” she told waiting reporters. Asked whether schools would get more money, she said: “⟦d:b|Give me a chance to find my desk first.⟧”
A Number 4 source insisted the changes were about “⟦p:d|energy and delivery⟧”, not settling scores. “⟦d:d|The PM wants a cabinet that gets out of bed in the morning wanting to do things. That's it. There's no grand conspiracy,⟧” the source said.
### 031
@a Lowri Cadwaladr-Finch | the MP for Penmaen and Carrow
@b Commonwealth Party | -
@c Kofi Mensah-Albright | Liberal Reform leader
Lowri Cadwaladr-Finch, the MP for Penmaen and Carrow, defected from the governing Commonwealth Party to Liberal Reform on Friday, saying her old party had become "⟦p:a|unrecognisable⟧".
"⟦d:a|I didn't leave the Commonwealth Party. The Commonwealth Party left the people I was elected to represent,⟧" she said in a statement released minutes before she crossed the floor.
The Commonwealth Party said it was "⟦p:b|disappointed but not surprised⟧" and called on her to resign her seat and fight a by-election. "⟦d:b|Voters in Penmaen and Carrow elected a Commonwealth MP. They deserve the chance to decide whether they still want one,⟧" it said.
Liberal Reform leader Kofi Mensah-Albright welcomed her at a photo-call on the Westhaven terrace. "⟦d:c|Lowri is a person of real principle, and she'll find a home here,⟧" he said. Asked whether more defections were coming, he grinned: "⟦d:c|Watch this space.⟧"

### 032
@a Winifred Oyelowo-Best | the council leader
@b Darren Rudge | the presenter
@c Maureen | -
@d Aziz | a shopkeeper from Millbrook
Listeners to Radio Ashmoor's breakfast phone-in did not hold back on Thursday when the council leader, Winifred Oyelowo-Best, took calls about the borough's new fortnightly bin collections.
First up was Maureen, from Eastley. “⟦d:c|I've got foxes in my garden every night now. Every night. Who's going to clear that up, you?⟧” she asked.
“⟦d:a|Maureen, I'm sorry to hear that, and I'd ask you to send me your address so the environment team can come out,⟧” Oyelowo-Best replied. “⟦d:a|Food waste is still collected weekly. It's only the general waste that's moved.⟧”
“⟦d:c|Well, nobody told the foxes,⟧” came the reply.
The presenter, Darren Rudge, then read out a text: “⟦d:-|Bring back the weekly bins or don't bother knocking on my door in May.⟧” Rudge asked the council leader whether she was worried about the elections. “⟦d:a|I'm worried about getting it right. If we get it right, the elections will take care of themselves,⟧” she said.
Aziz, a shopkeeper from Millbrook, was more supportive. “⟦d:d|Everybody moaned about the recycling when it came in, and now nobody thinks twice. Give it six months,⟧” he said.
“⟦d:b|Six months, Aziz. We'll hold you to that,⟧” said Rudge.

### 033
@a Annika Sjöberg-Hale | the parliamentary commissioner for standards
@b Roderick Ballantyne | the MP for Duncairn
@c Nkechi Obiora | the chair of the standards committee
The MP for Duncairn, Roderick Ballantyne, faces a ten-day suspension from the House after the standards watchdog found he had claimed £14,300 in expenses for a flat he was letting to a family friend.
In a 38-page report published on Tuesday, Annika Sjöberg-Hale, the parliamentary commissioner for standards, said Ballantyne had shown “⟦p:a|a cavalier disregard for the rules⟧” and had given her “⟦p:a|incomplete and at times misleading⟧” accounts of the arrangement.
“⟦d:a|Members are entitled to make mistakes. They are not entitled to be economical with the truth when those mistakes come to light,⟧” she wrote.
Ballantyne, 61, said he accepted the findings “⟦p:b|in full⟧” and apologised to his constituents. “⟦d:b|I made an error of judgement, and I compounded it by being defensive when I should have been open. I am sorry,⟧” he said in a statement.
Nkechi Obiora, the chair of the standards committee, said the sanction reflected “⟦p:c|the seriousness of the breach and the member's conduct during the investigation⟧”. The House is expected to approve the suspension next week.

### 034
@a Rashid Al-Mansouri | the Qaderi foreign minister
@b Pieter-Jan Verhoeven | his Nederwaldic counterpart
@c - | a reporter from state television
The foreign ministers of Qadera and Nederwald traded barbs at what was billed as a reconciliation press conference on Monday, with the Qaderi side insisting relations were «⟦p:a|on the mend⟧» even as the two men publicly disagreed over the detention of two aid workers.
«⟦d:a|We have had a long and honest conversation, and I believe we understand each other better tonight than we did this morning,⟧» said Rashid Al-Mansouri, the Qaderi foreign minister.
His Nederwaldic counterpart, Pieter-Jan Verhoeven, nodded before adding: «⟦d:b|Understanding each other is a start. Our citizens are still in a prison in Al-Harraq. Until they are home, I cannot describe this relationship as normal.⟧»
Al-Mansouri, visibly irritated, said the case was «⟦p:a|a judicial matter⟧». «⟦d:a|My government does not instruct its judges. I would expect my friend to respect that, as I respect his courts,⟧» he said.
A reporter from state television asked Verhoeven whether he was «⟦p:c|lecturing⟧» his hosts. «⟦d:b|No. I'm asking,⟧» he replied. «⟦d:b|Politely, and for the third time today.⟧»

### 035
@a Siobhán Delacroix-Nee | -
@b Carys Montague | the Leave Now campaign's chief spokeswoman
@c Ahmed Rahimi | the programme's host
The two sides of the Northmere independence referendum clashed over currency and pensions on Tuesday night in the only head-to-head television debate of the campaign.
Siobhán Delacroix-Nee, who leads the Stay campaign, said a vote to leave would mean "⟦p:a|years of uncertainty for every pensioner in the country⟧". "⟦d:a|My opponent cannot tell you what currency your pension will be paid in. She cannot tell you, because she doesn't know,⟧" she said.
Carys Montague, the Leave Now campaign's chief spokeswoman, called that "⟦p:b|Project Panic, part three⟧". "⟦d:b|Every pension in this country will be paid, on time and in full. Siobhán knows that, and frankly it's shameful to frighten people who've worked all their lives,⟧" she said.
"⟦d:a|Then what currency?⟧" Delacroix-Nee interjected.
"⟦d:b|Our own. Within two years. It's in the white paper.⟧"
The programme's host, Ahmed Rahimi, had to intervene several times as both women spoke over each other. "⟦d:c|Ladies, the viewers can't hear either of you. One at a time, please,⟧" he said.

### 036
@a Amadou Diallo-Keïta | the incumbent
@b Rosalind Mbeki-Sarr | his challenger
@c Olufemi Adisa | the moderator
The incumbent, Amadou Diallo-Keïta, and his challenger, Rosalind Mbeki-Sarr, faced off on Sunday night in the first presidential debate in the Republic of Sanagal's history, a three-hour encounter that veered between policy and personal attacks.
“⟦d:b|Mr President, you promised electricity in every village by 2025. How many villages have it today?⟧” Mbeki-Sarr asked in her opening exchange.
“⟦d:a|More than at any time since independence,⟧” Diallo-Keïta replied. “⟦d:a|You were a minister for six years. How many did you connect?⟧”
The moderator, Olufemi Adisa, repeatedly reminded both candidates of the time limits. “⟦d:c|Madam, Sir, the clock is not a suggestion,⟧” he said at one point, drawing laughter from the studio audience.
On corruption, Mbeki-Sarr said the government had “⟦p:b|turned the state into a family business⟧”. Diallo-Keïta called the charge “⟦p:a|a lie repeated until it sounds like a fact⟧” and said he would publish his asset declaration “⟦p:a|tomorrow morning⟧”.

### 037
@a Marisa Delgado-Kent | a two-term congresswoman from the 9th District
@b Earl Fontaine | a retired steelworker
@c - | one woman
@d - | a man in a red cap
PIKE FALLS — Rep. Marisa Delgado-Kent, a two-term congresswoman from the 9th District, faced a sometimes hostile crowd of about 300 at a town hall meeting in Pike Falls on Saturday, as voters pressed her on prescription drug costs and the closing of the county's only maternity ward.
"⟦d:b|I've voted for you three times. I'm not sure I'll do it a fourth,⟧" said Earl Fontaine, a retired steelworker, who said his insulin costs had doubled in two years. "⟦d:b|What are you actually doing in Washington Springs?⟧"
"⟦d:a|That's a fair question, Earl, and you deserve a straight answer,⟧" Delgado-Kent said. "⟦d:a|I've co-sponsored the price cap bill. It's stuck in committee. I'm not going to pretend otherwise.⟧"
One woman held up a sign that read "⟦s:-|Where Do Our Babies Get Born Now?⟧" and asked why the congresswoman had not visited the hospital since the ward closed. "⟦d:c|It's been eight months,⟧" she said.
Delgado-Kent said she would visit the following week. A man in a red cap shouted from the back, "⟦d:d|Put it in your calendar!⟧" — drawing the loudest applause of the afternoon.

### 038
@a Ministry of Foreign Affairs | the ministry
@b Elsabet Haile-Mariam | the ambassador
@c Dragan Ostojić | Prime Minister
@d - | an embassy spokesperson
The foreign ministry in Dravnik summoned the Ethaviran ambassador on Wednesday after a military drone crashed in a field near the border town of Vrelo, injuring two farmworkers.
In a statement, the Ministry of Foreign Affairs said it had delivered “⟦p:a|a strong protest⟧” and demanded “⟦p:a|a full explanation and guarantees that such an incident will not be repeated⟧”. “⟦d:a|The violation of our airspace is unacceptable under any circumstances,⟧” the ministry said.
The ambassador, Elsabet Haile-Mariam, told reporters as she left the building that the drone had suffered “⟦p:b|a technical malfunction⟧” during a routine exercise. “⟦d:b|There was no intention whatsoever to cross the border. We regret the injuries and we will cooperate fully,⟧” she said.
Prime Minister Dragan Ostojić was less conciliatory. “⟦d:c|Malfunctions happen once. This is the third time this year,⟧” he said during a visit to Vrelo.
An embassy spokesperson later said compensation would be offered to the injured men “⟦p:d|without delay⟧”.

### 039
@a - | one rebel
@b Gideon Farrow-Lyle | the chief whip
@c Tamara Oduwole | the MP for Ivel Valley
@d - | a government source
The government's majority was slashed to just nine on Tuesday night as 23 of its own MPs voted against plans to means-test the winter fuel allowance, the largest rebellion of the parliament.
Whips had spent the afternoon working the tea rooms, but the rebels held firm. "⟦d:a|They offered me a meeting with the minister, a visit from the minister and, at one point, I think, a biscuit,⟧" said one rebel. "⟦d:a|None of that changes the fact that pensioners in my seat will be cold this winter.⟧"
Tamara Oduwole, the MP for Ivel Valley, who led the rebellion, said she took no pleasure in voting against her own side. "⟦d:c|I'm loyal to this government. But I'm more loyal to the people who sent me here,⟧" she said.
The chief whip, Gideon Farrow-Lyle, was seen in animated conversation with several rebels in the division lobby. Asked afterwards whether there would be consequences, he said only: "⟦d:b|We won the vote.⟧"
A government source was blunter. "⟦d:d|People have long memories in this building. Some of them will find that out at the next reshuffle,⟧" the source said.

### 040
@a Lionel Fairweather-Boakye | Transport Secretary
@b Gemma Castellano | presenter
@c - | a spokeswoman for the Department for Transport
Transport Secretary Lionel Fairweather-Boakye sensationally stormed out of a live TV interview last night after being grilled about his use of a ministerial car for a 300-yard journey.
The clash came on Channel Six's Evening Briefing when presenter Gemma Castellano asked why he had been driven from the department to Westhaven when the walk takes four minutes.
“⟦d:a|I'm not here to talk about cars. I'm here to talk about the rail strategy,⟧” he snapped.
“⟦d:b|With respect, the rail strategy says people should leave the car at home for short journeys,⟧” said the Channel Six presenter.
“⟦d:a|I'm not doing this. This is a stitch-up,⟧” Fairweather-Boakye said, unclipping his microphone and walking off set.
Castellano turned to camera: “⟦d:b|Well. We did invite the Transport Secretary to talk about the rail strategy, and that was the Transport Secretary.⟧”
A spokeswoman for the Department for Transport said the minister had been “⟦p:c|carrying confidential papers⟧” and the car was used “⟦p:c|for security reasons⟧”.

### 041
@a Beatrice Nyambura-Holt | the party's returning officer
@b Rajiv Thakkar-Moore | the new leader
@c Elspeth Garland | the defeated candidate
Rajiv Thakkar-Moore was elected leader of the National Democrats on Saturday with 58.3 per cent of the vote of party members, ending a bitter ten-week contest.
The result was read out at a community hall in Coldbrook by Beatrice Nyambura-Holt, the party's returning officer, who said turnout among the party's 121,000 members had been "⟦p:a|the highest in our history⟧".
"⟦d:b|I want to start by thanking Elspeth. She ran a superb campaign, and this party is stronger because she stood,⟧" the new leader said in his acceptance speech. "⟦d:b|Now the contest is over. Our opponents are not in this room.⟧"
Elspeth Garland, the defeated candidate, said she would serve "⟦p:c|wherever Rajiv thinks I can be most useful⟧". Asked by reporters whether that included a shadow cabinet post, she laughed: "⟦d:c|Ask him. It's his phone now.⟧"

### 042
@a Teodora Valcheva | -
@b - | my daughter
Teodora Valcheva became leader of the Free Citizens Party in March, the first woman and the first child of immigrants to hold the post. She spoke to us in her constituency office in Ravensmoor. This interview has been edited for length.
Q: You've said the party needs "⟦p:a|to stop being embarrassed about winning⟧". What does that mean?
A: It means we spent fifteen years treating power as something slightly grubby, something that happened to other people. I want us to want it.
Q: Your critics say you're "⟦p:-|all slogan, no substance⟧".
A: My critics said I'd come fourth in the leadership election. I won. So, you know, I take them seriously, but not too seriously.
Q: What would you do first in government?
A: Childcare. Universal, from nine months. I've costed it, it's in our "⟦s:-|Families First⟧" document, and I'll debate anyone on it.
Q: Do you ever doubt yourself?
A: Every single morning. And then my daughter says, "⟦d:b|Mum, you're going to be late,⟧" and I don't have time to doubt anything.

### 043
@a Philippa Rowntree-Osei | the committee's chair
@b Gwen Halloran | chief executive of the Norwest Health Trust
@c Shabnam Karimi | a member of the committee
The head of the country's largest health trust was told she was “⟦p:a|running out of excuses⟧” on Wednesday as MPs on the health committee questioned her about waiting times for cancer treatment.
“⟦d:a|You told us in January that the backlog would be cleared by the summer. It's now October and it's bigger. Why should we believe anything you tell us today?⟧” asked Philippa Rowntree-Osei, the committee's chair.
Gwen Halloran, chief executive of the Norwest Health Trust, said the trust had lost “⟦p:b|almost a quarter⟧” of its specialist nurses in a year. “⟦d:b|I was wrong in January, and I've said so publicly. I'm not here to make excuses. I'm here to explain what's changed,⟧” she said.
Shabnam Karimi, a member of the committee, asked how many patients had waited more than 62 days. Halloran said she would write with the exact number. “⟦d:c|I'd have thought that was the one number you'd bring with you,⟧” Karimi said.
“⟦d:b|That's fair,⟧” Halloran replied. “⟦d:b|It's about 1,400. I'll confirm the precise figure by Friday.⟧”

### 044
@a Zainab Adeola-Finch | the Greener Kelsbury candidate
@b Callum Brannigan | the Conservative Unionist candidate
@c Imogen Tarrant | the union's president
@d - | one student
Students packed the union bar at Kelsbury University on Monday evening for a mayoral hustings that at times resembled a stand-up night more than a political debate.
The union's president, Imogen Tarrant, set out the rules: ``⟦d:c|Two minutes each, no heckling, and whoever mentions the word `stakeholder' buys the next round.⟧''
Zainab Adeola-Finch, the Greener Kelsbury candidate, drew the biggest cheer when she promised free night buses on weekends. ``⟦d:a|If the council can find money for a new roundabout every year, it can find money to get you home safely,⟧'' she said.
Callum Brannigan, the Conservative Unionist candidate, had a tougher night. Asked by one student why he had voted against the new student housing scheme on the council, he said it was ``⟦p:b|the wrong scheme in the wrong place⟧''.
``⟦d:d|So where's the right place?⟧'' the student shot back.
``⟦d:b|I'll happily sit down with you afterwards and go through it,⟧'' Brannigan said, to ironic applause.

### 045
@a Hana Kowalczyk-Reeve | the environment secretary
@b Barnaby Liddington | the MP for Sedgemoor Levels
@c Margaret Oduya | the Speaker
@d Jamal Bashir-Holt | the MP for Ouse Bridge
MPs clashed during an emergency debate on the flooding across the Sedgemoor Levels on Monday, with the Speaker forced to rule on three points of order in the space of ten minutes.
Opening the debate, Hana Kowalczyk-Reeve, the environment secretary, said the government had committed "⟦p:a|every available resource⟧" to the relief effort. "⟦d:a|Our thoughts are with the 4,000 households who have been forced from their homes,⟧" she said.
Barnaby Liddington, the MP for Sedgemoor Levels, said his constituents wanted "⟦p:b|pumps, not thoughts⟧". "⟦d:b|The pumping station at Aller Drove was due to be upgraded in 2021. It was cancelled to save £3m. The damage this week will run to hundreds of millions,⟧" he said.
Rising on a point of order, Jamal Bashir-Holt, the MP for Ouse Bridge, asked: "⟦d:d|Is it in order, Madam Speaker, for the Secretary of State to have briefed the morning papers before she came to this House?⟧" "⟦d:c|It is not in order, and the Secretary of State will know my views on the matter,⟧" the Speaker, Margaret Oduya, replied. "⟦d:c|I hope I shall not have to express them a second time.⟧"
Kowalczyk-Reeve apologised to the House "⟦p:a|unreservedly⟧".
### 046
@a Katarzyna Wiśniewska-Orr | Foreign Minister
@b Tarek Benhaddou | her Almeiran counterpart
@c - | a spokesman for the Almeiran foreign ministry
A diplomatic row between Ostravia and Almeira spilled onto social media on Saturday after the two countries' foreign ministers exchanged barbed posts over the detention of an Ostravian fishing crew.
“⟦d:a|Fishermen are not criminals. Twelve men have been held for nine days without charge. We expect them home this week,⟧” Foreign Minister Katarzyna Wiśniewska-Orr wrote in a post shortly after midnight.
Less than an hour later, her Almeiran counterpart, Tarek Benhaddou, replied: “⟦d:b|Neither are our waters a free buffet. The crew will be treated fairly under Almeiran law, like anyone else.⟧”
The exchange drew thousands of comments and was widely described in both countries' media as a “⟦s:-|Twitter war⟧”, though neither ministry used the term.
A spokesman for the Almeiran foreign ministry said on Sunday that consular access had been granted and that the case would be handled “⟦p:c|with the utmost speed⟧”.

### 047
@a Cornelius Whitaker-Dunn | the nominee for attorney general
@b Lucía Ferreira-Holm | Senator
@c Abdirahman Warsame | the judiciary committee's ranking member
The nominee for attorney general, Cornelius Whitaker-Dunn, declined on Wednesday to say whether he would recuse himself from investigations involving his former law firm, drawing sharp questioning at his confirmation hearing.
"⟦d:b|It's a simple question, Mr. Whitaker-Dunn. Your firm represents three companies currently under federal investigation. Will you step aside from those cases?⟧" asked Senator Lucía Ferreira-Holm.
"⟦d:a|I will follow the advice of the department's career ethics officials, as every attorney general before me has done,⟧" he said.
"⟦d:b|That's not a yes.⟧"
"⟦d:a|It's not a no either, Senator. It's the right process.⟧"
Abdirahman Warsame, the judiciary committee's ranking member, later said the answer was "⟦p:c|deeply unsatisfactory⟧" and that he would seek a written commitment before the committee vote.

### 048
@a Gillian Ashcroft-Peel | the committee chairman
@b Rhys Tudur-Evans | a farmer whose land borders the site
@c Brightfell Renewables | -
@d - | one objector
Plans for a twelve-turbine wind farm on Carreg Moor were approved by Glanmor County Council's planning committee on Thursday by six votes to five, after more than three hours of debate.
The committee chairman, Gillian Ashcroft-Peel, used her casting vote after an initial tie. “⟦d:a|This has been one of the most difficult decisions I've taken in twenty years on this council,⟧” she said. “⟦d:a|In the end the national need for renewable energy has to carry weight.⟧”
Rhys Tudur-Evans, a farmer whose land borders the site, said the turbines would be “⟦p:b|visible from every kitchen window in the valley⟧”. “⟦d:b|Nobody asked us. They asked a consultant in Caerwyn who's never been up here in the rain,⟧” he said.
“⟦d:d|Disgraceful!⟧” called one objector from the public seats as the vote was announced.
Brightfell Renewables said it was “⟦p:c|delighted⟧” and would set up a community benefit fund worth £60,000 a year.

### 049
@a Hendrik Aalders | research director at Meridian Polling
@b - | one cabinet minister
A new poll puts the opposition Progressive Union eleven points ahead, its largest lead since the last general election, in a fresh blow to the government's hopes of a spring recovery.
The survey of 2,104 adults by Meridian Polling has the Progressive Union on 41 per cent and the governing Commonwealth Party on 30. Liberal Reform is on 14.
"⟦d:a|This is not a blip. We've now had six consecutive polls showing a double-digit lead, and the government's numbers on the economy have fallen off a cliff,⟧" said Hendrik Aalders, research director at Meridian Polling.
He added that the government's position among voters over 65, traditionally its strongest group, was "⟦p:a|the one to watch⟧". "⟦d:a|If that starts to crack, we're in landslide territory.⟧"
One cabinet minister shrugged off the figures. "⟦d:b|Polls go up and polls go down. The only one that matters is on polling day,⟧" the minister said.

### 050
@a Rosamund Achterberg-Lowe | the presenter
@b Kenji Watanabe-Hart | the network's polling analyst
@c Bartholomew Quaye | the former party chairman
The exit poll landed at 10pm on the dot, and the studio fell silent for a moment before the presenter, Rosamund Achterberg-Lowe, read it out.
“⟦d:a|If this exit poll is right — and it's a big if — the Progressive Union are on course for a majority of around forty seats,⟧” she told viewers. “⟦d:a|That would be a remarkable turnaround from five years ago.⟧”
The network's polling analyst, Professor Kenji Watanabe-Hart, urged caution. “⟦d:b|There are more than sixty seats that are too close to call on these numbers. I wouldn't be ordering the champagne just yet, on either side,⟧” he said.
Bartholomew Quaye, the former party chairman, was more blunt about his own side's prospects. “⟦d:c|If that's anywhere near right, we've had a shocker,⟧” he said. “⟦d:c|There'll be a lot of soul-searching in the morning.⟧”
“⟦d:a|And some before the morning, I suspect,⟧” said Achterberg-Lowe.

### 051
@a Vivienne Castellane | the former deputy prime minister
@b Hugh Pemberton-Rao | the former home secretary
Vivienne Castellane, the former deputy prime minister, describes her old cabinet colleagues as "⟦p:a|a collection of frightened men pretending to be lions⟧" in a memoir published this week.
In Both Sides of the Door, Castellane writes that the cabinet room during the 2021 energy crisis was "⟦p:a|a place where decisions went to die⟧". She singles out the then home secretary for particular criticism, describing him as "⟦p:a|always the last to speak and the first to leak⟧".
"⟦d:a|I do not think any of us covered ourselves in glory. But some of us at least tried to tell the truth in the room, and not afterwards to a journalist,⟧" she writes.
Hugh Pemberton-Rao, the former home secretary, said the book was "⟦p:b|a work of fiction with an index⟧". "⟦d:b|Vivienne has always been a gifted storyteller. I'm glad she's found a genre that suits her,⟧" he said.

### 052
@a Westmarch Police | the force
@b - | a senior officer familiar with the inquiry
@c Eamon Farrelly | the Justice Minister
Westmarch Police confirmed on Thursday that it had opened a criminal investigation into the leak of confidential cabinet papers on the future of the Kilbrannan naval base.
“⟦d:a|Officers are working closely with the Cabinet Office and will pursue all reasonable lines of inquiry. It would be inappropriate to comment further at this stage,⟧” the force said in a statement.
A senior officer familiar with the inquiry said the number of people with access to the papers was “⟦p:b|very small, which narrows things down considerably⟧”.
The Justice Minister, Eamon Farrelly, told reporters the leak was “⟦p:c|a serious breach of trust⟧”. “⟦d:c|Whoever did this knew exactly what they were doing,⟧” he said.
Asked whether ministers' phones would be examined, he said: “⟦d:c|Nobody is above the law, including me.⟧”

### 053
@a Aisha Bello-Grant | -
@b Thomas Kerrigan | a 16-year-old from Dunmore
@c Rukhsana Iqbal | the Member of Youth Parliament for Lessington
Young people from across the county took over the council chamber in Brackenridge on Friday for the annual sitting of the Youth Parliament, debating votes at sixteen, mental health services and the cost of bus fares.
Aisha Bello-Grant, 17, who proposed the motion on votes at sixteen, told the chamber: «⟦d:a|We can work, we can pay tax, we can join the army. The only thing we can't do is have a say in who spends our money.⟧»
Thomas Kerrigan, a 16-year-old from Dunmore, opposed the motion. «⟦d:b|I'm sixteen, and honestly, most of my mates couldn't tell you who the council leader is,⟧» he said, to groans. «⟦d:b|I'm just being honest!⟧»
The motion passed by 41 votes to 9. Rukhsana Iqbal, the Member of Youth Parliament for Lessington, said the debate had been «⟦p:c|better-tempered than the real thing⟧».

### 054
@a Bertrand Achebe-Lisle | -
@b Ruth | a retired GP who sits in on the end of our interview
Bertrand Achebe-Lisle has led the Civic Democrats for nineteen years, longer than any party leader in the country's history. He is 71 now, slower on the stairs, but the voice is the same.
“⟦d:a:m|I'm often asked when I'll go. The honest answer is: when I stop enjoying it, or when the members tell me to. Neither has happened yet.⟧
“⟦d:a|People forget that I've lost more elections than I've won. Four defeats. You don't get over those. You just get used to carrying them.⟧”
He was first elected to the Assembly in 1983, as a 29-year-old trade union lawyer. What did that young man want?
“⟦d:a|To be important, probably,⟧” he says, and laughs. “⟦d:a|I'd like to think I grew out of it. My wife would tell you otherwise.⟧”
His wife, Ruth, a retired GP who sits in on the end of our interview, does not disagree. “⟦d:b|He still reads every article about himself. Every single one,⟧” she says. “⟦d:b|Including this one, I expect.⟧”

### 055
@a Mahmoud Darwazeh | the Hashemiyan water minister
@b Leyla Aksoy | the Tauran prime minister
@c Jean-Baptiste Nkurunziza | the mediator
Talks on sharing the waters of the Sefid river ended without agreement in the lakeside town of Montreval on Tuesday, with the three upstream and downstream states blaming one another.
«⟦d:a|We came with proposals. We leave with the same proposals, because nobody was willing to discuss them,⟧» said Mahmoud Darwazeh, the Hashemiyan water minister.
The Tauran prime minister, Leyla Aksoy, rejected that account. «⟦d:b|Our dam is on our territory and it was built with our money. We have offered guarantees on minimum flows. What more does our neighbour want, our signature on a blank page?⟧» she said.
The mediator, Jean-Baptiste Nkurunziza, said the parties had agreed to meet again in three months. «⟦d:c|Water disputes are not solved in a week. They are solved in years, and usually at the last minute,⟧» he said.

### 056
@a Electoral Commission | the commission
@b Patience Oduro-Lamb | the party's treasurer
The Electoral Commission on Wednesday fined the Free Citizens Party £48,000 for failing to declare more than £600,000 in donations in the run-up to the last general election.
In its report, the commission said the party's record-keeping had been ``⟦p:a|chaotic and in places non-existent⟧''. ``⟦d:a|Voters have a right to know who is funding political parties. These failures denied them that right,⟧'' the commission said.
Patience Oduro-Lamb, the party's treasurer, said the errors were ``⟦p:b|administrative, not deliberate⟧''. ``⟦d:b|We have overhauled our systems from top to bottom and appointed a full-time compliance officer,⟧'' she said. ``⟦d:b|We accept the fine and will not be appealing.⟧''

### 057
@a Cyril Oakenshott | the town mayor
@b Janine Featherstone | the town clerk
@c Ossett Parva Town Council | -
@d - | one councillor
It was, as one councillor put it, "⟦p:d|the great chain robbery that never was⟧".
Ossett Parva's 18th-century mayoral chain, reported missing last week and the subject of a frantic search, turned up on Monday in a drawer at the town hall, wrapped in a tea towel.
"⟦d:a|I'm mortified,⟧" said the town mayor, Cyril Oakenshott, who had put it away himself after a civic dinner and then forgotten. "⟦d:a|I've apologised to the police, to the council and to my wife, in that order.⟧"
The town clerk, Janine Featherstone, said the chain had been "⟦p:b|perfectly safe the whole time⟧". "⟦d:b|It's been a long week. I'm going to have a very large cup of tea,⟧" she said.
Ossett Parva Town Council said it would review "⟦p:c|the arrangements for the storage of civic regalia⟧".

### 058
@a - | one negotiator
@b - | a senior Green Left figure
@c Margarethe Lindahl | the Civic Democrats' lead negotiator
@d Yusuf Demir | the Green Left leader
Coalition talks between the Civic Democrats and the Green Left were on the brink of collapse on Sunday night, with the two sides deadlocked over a new motorway bypass around Sønderholm.
“⟦d:a|It's the road. It's always been the road. Everything else is basically agreed,⟧” said one negotiator, who asked not to be named because the talks are confidential.
A senior Green Left figure warned that the party's members would “⟦p:b|never⟧” accept a deal that included the bypass. “⟦d:b|If Yusuf comes back with that road in the agreement, he won't survive the weekend,⟧” the figure said.
Margarethe Lindahl, the Civic Democrats' lead negotiator, was more upbeat as she left the talks. “⟦d:c|We're tired and we're hungry, but we're still in the room. That's good news,⟧” she said.
The Green Left leader, Yusuf Demir, declined to comment on his way in, saying only: “⟦d:d|Ask me tomorrow.⟧”

### 059
@a Dafydd Pugh-Ellison | the sitting MP
@b Morwenna Trelawney | the Liberal Reform challenger
@c - | one sheep farmer
Farmers packed the cattle market café in Penhallow Cross on Friday lunchtime for a hustings that was dominated, unsurprisingly, by the new farm subsidy rules.
``⟦d:c|Which one of you has ever lambed a ewe at three in the morning?⟧'' asked one sheep farmer, to murmurs of approval.
``⟦d:b|I have. Plenty of times. My family farms two hundred acres outside Trewint,⟧'' replied Morwenna Trelawney, the Liberal Reform challenger, drawing the loudest applause of the hour.
Dafydd Pugh-Ellison, the sitting MP, said the new rules were ``⟦p:a|not perfect⟧'' but would be revised. ``⟦d:a|I've told the minister to her face that the upland payments are too low, and I'll keep telling her until they change,⟧'' he said.

### 060
@a Piers Halloway | the MP for Dunstable Heath
@b Grace Oyinlola-Sterne | the MP for Marlow Vale
@c - | a whips' office source
@d Commonwealth Party | the party
Commonwealth Party MPs mocked their own leader and described the Chancellor as “⟦p:-|toast⟧” in a private WhatsApp group, according to messages leaked on Tuesday.
The messages, from a group called “⟦s:-|The Tea Room⟧” with around ninety members, were sent in the hours after last week's disastrous by-election result.
“⟦d:a|We're going to get annihilated. Absolutely annihilated. And he's off on a trade trip,⟧” wrote Piers Halloway, the MP for Dunstable Heath.
Grace Oyinlola-Sterne, the MP for Marlow Vale, replied: “⟦d:b|Calm down, Piers. Some of us are trying to hold seats here.⟧”
A whips' office source said the leak was “⟦p:c|a betrayal of colleagues⟧” and that an inquiry would be held. The party said it did not comment on “⟦p:d|private conversations between members⟧”.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh164.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh164",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
