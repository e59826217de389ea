# ruff: noqa: E501
"""Build ``quotes_fresh23.jsonl``: a twenty-third independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set concentrates on
local and human-interest news (schools, hospitals, transport, weather and floods,
housing, community events, inquests, animals) in the styles of local papers,
tabloids and broadcasters' websites. It is meant to be evaluated once, as an honest
measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh23-NNN``.

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

* Precedence for the description: an appositive at the introduction, else a role
  title or relational phrase standing before the name at the introduction, else a
  definite description used at a cue (``the company said``, ``the 61-year-old
  added``), else null. A pronoun cue (``it said``) gives no description.
* Ranks and offices standing before a name (``Chief Inspector``, ``Sergeant``,
  ``Detective Inspector``, ``District Judge``) are role titles, hence descriptions
  when there is no appositive; a prepositional phrase after the name (``of Glynmor
  Police``, ``for the defence``) is not a description.
* Inside a transcript answer, words in quotation marks that the answerer attributes
  to someone else are that person's speech (there is no outer quote to absorb them).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh23.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh23.jsonl")

PASSAGES = """
### 001
@a Moira Pennick | a retired postmistress who has lived on Ferry Lane for 41 years
@c Tomasz Wróblewski | Her neighbour
@b Calderbrook District Council | the council
@u - | A spokesperson for the Leddon Rivers Board
Residents of Ferry Lane in Calderbrook spent Sunday night bailing water out of their homes after the River Leddon burst its banks for the second time in three winters.
Moira Pennick, a retired postmistress who has lived on Ferry Lane for 41 years, watched the water creep under her front door shortly after 2am.
"⟦d:a|I heard it before I saw it. There's a gurgle the drains make, and then you know,⟧" she said. "⟦d:a|By four o'clock it was up to the second stair.⟧"
Her neighbour, Tomasz Wróblewski, carried sandbags up and down the lane in waders until dawn. "⟦d:c|We were promised a flood wall in 2021. We're still waiting,⟧" he said.
Calderbrook District Council said the wall had been "⟦p:b|delayed by rising construction costs⟧" but remained a priority. "⟦d:b|We understand the frustration of residents and officers will be on Ferry Lane today assessing the damage,⟧" the council said in a statement.
A spokesperson for the Leddon Rivers Board said river levels had peaked at 3.4 metres overnight. "⟦d:u|We would urge people not to drive through floodwater, however shallow it looks,⟧" they added.
Mrs Pennick said she would be staying with her daughter in Harrowgate Vale "⟦p:a|until the carpets dry out, which could be Easter⟧".

### 002
@a Harriet Oduya | Headteacher
@b Gavin Storrie | Father-of-two
@d Ruth Ainsley-Carr | the council's cabinet member for education
@c Penhallow County Council | the council
Pupils at St Keverne's Primary School in Penhallow will be taught in portable classrooms until at least the summer after part of a ceiling collapsed in the school hall over half-term.
Nobody was in the building at the time. A caretaker discovered the damage on Tuesday morning.
Headteacher Harriet Oduya said staff had worked “⟦p:a|flat out⟧” to find space for 212 children. “⟦d:a|The children have been brilliant about it. Some of them think the cabins are an adventure,⟧” she said.
“⟦d:a|What I won’t do is bring anyone back into that hall until I am told, in writing, that it is safe.⟧”
Parents were less sanguine. Father-of-two Gavin Storrie said he had raised concerns about “⟦p:b|brown stains spreading across the ceiling⟧” at a parents’ evening two years ago.
“⟦d:b|Nobody listened. It took a ceiling falling down for anyone to take it seriously,⟧” he told the Penhallow Packet.
Penhallow County Council said surveys of 14 other schools built in the same period had been brought forward. Ruth Ainsley-Carr, the council's cabinet member for education, said: “⟦d:d|I want to reassure every parent in this county that we are acting quickly and we are not cutting corners.⟧”
In a letter sent home on Wednesday, the council said it expected the hall to reopen “⟦p:c|in the autumn term at the earliest⟧”.

### 003
@a Eleanor Fairweather | Senior coroner
@c Keith Obuya | a consultant in emergency medicine at Northgate General Hospital
@b Danielle Marr | Callum's sister
@d Northgate Hospitals NHS Trust | -
A 19-year-old apprentice electrician who died after being thrown from a quad bike on a farm track had not been wearing a helmet, an inquest has heard.
Callum Marr, from Dunscombe, suffered severe head injuries in the crash near Hollins Farm on 3 August last year and died in hospital two days later.
Senior coroner Eleanor Fairweather recorded a conclusion of accidental death at Northgate Coroner's Court on Thursday.
"⟦d:a|Callum was by every account a hard-working, funny and much-loved young man,⟧" she said. "⟦d:a|This was a tragic accident on a track he knew well, and I do not find that anyone else was to blame.⟧"
The court heard from Dr Keith Obuya, a consultant in emergency medicine at Northgate General Hospital, who said Callum's injuries were "⟦p:c|unsurvivable⟧" by the time he arrived.
"⟦d:c|A helmet may well have made a difference. I cannot say for certain that it would have,⟧" he told the hearing.
In a statement read outside court, Callum's sister Danielle Marr said the family wanted other young people to learn from his death.
"⟦d:b|He thought he was invincible, like they all do at that age. If one lad puts a helmet on because of Callum, then something good has come of this.⟧"
Northgate Hospitals NHS Trust, where Callum was treated, said: "⟦d:d|Our thoughts remain with Callum's family at this very sad time.⟧"

### 004
@a Bernadette Quayle | -
@b Sunil Vaghela | a driver on the route for 16 years
@c Westmarch Buses | the company
@d Joanne Trethowan | chair of the county's transport committee
@u - | one passenger
Pensioners in the villages east of Westmarch say they will be left stranded when the number 47 bus is withdrawn next month.
Westmarch Buses confirmed this week that the route, which links six villages with the market town, will run for the last time on 28 March.
Bernadette Quayle, 82, who uses the 47 to get to her GP surgery, said she had no idea how she would manage. "⟦d:a|I don't drive, I never have. My husband did all that,⟧" she said. "⟦d:a|Now it's a taxi at £22 each way or nothing.⟧"
Sunil Vaghela, a driver on the route for 16 years, said he knew most of his passengers by name. "⟦d:b|Some days I'm the only person they talk to,⟧" he said. "⟦d:b|You notice if someone doesn't turn up. You ring round.⟧"
Westmarch Buses said passenger numbers had fallen by a third since 2019 and the route lost more than £140,000 a year. "⟦d:c|This was not a decision we took lightly,⟧" the company said.
Cllr Joanne Trethowan, chair of the county's transport committee, said the council was exploring a community minibus. "⟦d:d|I'm not going to pretend it will be as good as a proper bus service, but it's better than leaving people stranded,⟧" she said.
On the 10.15 from Abbots Frome on Tuesday, one passenger summed up the mood: "⟦d:u|They'll only miss it when we're all stuck indoors.⟧"

### 005
@a Kelsey Bramhall | Mum-of-three
@b Lee Dunphy | Watch manager
@c Rhys | Kelsey's son
A runaway spaniel who spent three nights trapped on a ledge in a disused quarry has been reunited with his overjoyed family.
Biscuit, a four-year-old cocker spaniel, bolted after a deer during a walk near Crayle Edge on Friday and vanished over the 60ft rock face.
Mum-of-three Kelsey Bramhall, 34, said the family had “⟦p:a|given up hope⟧” by Sunday night.
“⟦d:a|We could hear him whimpering but we just couldn’t see him. It was the worst feeling in the world,⟧” she said.
“⟦d:a|The kids were sleeping in his bed.⟧”
Firefighters from Hollowmere used rope-rescue equipment to reach the dog on Monday morning after a climber spotted him. Watch manager Lee Dunphy said Biscuit was “⟦p:b|cold, hungry and very sorry for himself⟧” but unhurt.
“⟦d:b|He licked my face the whole way up, so I think he was pleased to see us,⟧” he joked.
Kelsey's son Rhys, nine, said: “⟦d:c|I’m never letting him off the lead again. Ever.⟧”

### 006
@a Rhona Geddes | -
@u - | A nurse who asked not to be named
@b Farid Haddad-Lyle | clinical director for emergency medicine at the infirmary
@c NHS Strathmore | -
@p Stephen Loudon | the opposition health spokesman
Patients at Kinross Royal Infirmary waited up to 26 hours to be admitted from the emergency department last month, according to figures published on Tuesday.
Only 58% of patients were seen within four hours, against a target of 95%. The figures were the worst for any hospital in the NHS Strathmore area.
Rhona Geddes, whose 87-year-old father waited 19 hours on a trolley after a fall, said staff had been "⟦p:a|run off their feet⟧".
"⟦d:a|I'm not blaming a single nurse or doctor. They were kind to Dad. But there were people in corridors, people on chairs, an old man crying for his wife,⟧" she said.
"⟦d:a|It was like a field hospital.⟧"
A nurse who asked not to be named told the programme: "⟦d:u|We go home every night feeling like we've let people down. You can't keep doing that for years.⟧"
Dr Farid Haddad-Lyle, clinical director for emergency medicine at the infirmary, said the department had been designed for 40,000 attendances a year and now saw nearly 70,000.
"⟦d:b|The problem isn't the front door, it's the back door. We can't admit people because we can't discharge people, because there is no social care for them to go to,⟧" he said.
NHS Strathmore said it had opened 24 extra beds and was "⟦p:c|working closely with partners⟧" to speed up discharges.
Stephen Loudon, the opposition health spokesman, called the figures "⟦p:p|a national scandal⟧". "⟦d:p|Behind every one of these numbers is a frightened patient,⟧" he said.

### 007
@a Gwen Ashdown-Price | chair of the Little Wyvering Show committee
@b Derek Fogg | -
@c Priya Solanki | Show judge
@o - | his owner
A 31-kilogram marrow, a sheepdog that refused to herd and a downpour that arrived precisely at the opening ceremony: the Little Wyvering Show had it all on Saturday.
More than 3,000 people passed under the ``⟦s:-|Welcome to the 112th Show⟧'' banner on the village green, despite the weather.
Gwen Ashdown-Price, chair of the Little Wyvering Show committee, said the turnout had surprised everyone. ``⟦d:a|We had people queuing in cagoules at half nine. That's the spirit of this place,⟧'' she said.
The heaviest marrow belonged to Derek Fogg, 71, known locally as ``⟦s:-|the Marrow King⟧'' after winning the class nine times.
``⟦d:b|I talk to them, I play them the cricket on the radio. That's the secret. And a lot of manure,⟧'' he said.
Show judge Priya Solanki admitted the vegetable classes had been fiercely contested. ``⟦d:c|There were raised voices in the onion tent. I won't say more than that,⟧'' she said.
The sheepdog trials were won by Ffion Pryce and her dog Meg, although a young collie named Dai provided the afternoon's entertainment by lying down in the middle of the arena and refusing to move.
``⟦d:o|He's two. He'll get there,⟧'' his owner shouted to the crowd.

### 008
@a Shanice Boateng | a care worker
@d Mei Lin Ashworth | Her GP
@b Harbourside Homes | -
@s - | a spokesperson
@c Linda Carvalho | the MP for Eastport South
A mother says her two young sons have been in and out of hospital with chest infections because of black mould spreading across their flat.
Shanice Boateng, 27, a care worker, has lived in the flat in Marlowe House, Eastport, since 2020. She has reported the damp to her landlord, Harbourside Homes, 14 times, she says.
"⟦d:a|Every time they come, they paint over it,⟧" she said. "⟦d:a|Two weeks later it's back, worse than before. I wipe the walls down every morning before the boys wake up.⟧"
Her GP, Dr Mei Lin Ashworth, wrote to the housing association in January. "⟦d:d|In my clinical opinion the living conditions are contributing to the children's recurrent respiratory illness,⟧" she wrote.
Harbourside Homes said it was "⟦p:b|very sorry⟧" and that a specialist damp team would visit next week. "⟦d:s|We have fallen short of the standards we set ourselves and Ms Boateng deserves better,⟧" a spokesperson said.
Linda Carvalho, the MP for Eastport South, said she had raised the case with the housing minister. "⟦d:c|No child in this country should be getting sick because of the home they live in. This is not the nineteenth century,⟧" she said.
Ms Boateng said she just wanted to be moved. "⟦d:a|I'm not asking for a palace. I'm asking for walls that aren't green.⟧"

### 009
@a Aled Prydderch | -
@d Siân | His wife
@b Albion Weather Centre | -
@c Nia Roderick | Chief Inspector
A baker escaped with cuts and bruises after an oak tree fell onto his car as Storm Idris swept across west Wales on Wednesday night.
Aled Prydderch was driving home from his shift at a bakery in Llanfenni when the tree came down across the B4410 just before 11pm.
“⟦d:a|There was a crack like a gunshot and then everything went dark,⟧” he said from his hospital bed. “⟦d:a|The roof came down about two inches from my head. I don’t know how I’m here, honestly.⟧”
His wife Siân said she had been waiting up for him. “⟦d:d|He rang me and said, ‘Don’t panic, but I’m in a tree.’ I thought he was joking,⟧” she recalled.
Gusts of 84mph were recorded at Porth Eryr, according to the Albion Weather Centre, which said the storm was “⟦p:b|the most severe to hit the region this winter⟧”.
Around 9,000 homes were left without power overnight.
Chief Inspector Nia Roderick, of Glynmor Police, urged people to avoid all but essential journeys. “⟦d:c|Roads are strewn with debris and many are simply impassable,⟧” she said. “⟦d:c|Please, stay at home if you can.⟧”

### 010
@a Maureen Tickell | -
@b Paul Esterhazy | The headteacher of Station Road Infants
@v Val | My friend
Maureen Tickell has helped children cross Station Road in Brockhurst for 38 years. On Friday she puts down her lollipop for the last time.
"⟦d:a|I've seen them grow up, go off to university, come back with babies of their own,⟧" she told the Brockhurst Bugle ahead of her final week.
The headteacher of Station Road Infants, Paul Esterhazy, described her as "⟦p:b|an institution⟧". "⟦d:b|Half the parents who come through our gates were crossed by Maureen when they were five,⟧" he said.
We asked her about four decades in the hi-vis coat.
Q: How did you get the job?
A: My friend Val did it before me, and when she moved to Cornwall she said, "⟦d:v|Mo, you'd be good at this.⟧" I thought I'd give it six months.
Q: What do the children call you?
A: Mostly "⟦s:-|Lolly Mo⟧". Some of the dads still call me that, and they're in their forties.
Q: Will you miss it?
A: Every single day. Even the rain.
Q: Any advice for whoever takes over?
A: Wear thermals. And learn their names. The children's, I mean, not the drivers.

### 011
@c Jenny Coulthard | postwoman
@d Oliver Nkemelu | His solicitor
@a Alison Threlfall | District Judge
@e Parcelpost | -
A dog owner whose Akita mauled a postwoman on her round has been given a suspended prison sentence and banned from keeping dogs for ten years.
Mark Dowd, 46, of Tanner Street, Rushmere, admitted being the owner of a dog dangerously out of control causing injury when he appeared at Rushmere Magistrates' Court.
The court heard postwoman Jenny Coulthard needed 40 stitches to her arm and thigh after the attack last June.
In a victim statement read to the court, she said: "⟦d:c|I used to love my job. Now I freeze every time I hear a bark behind a door. I have not been back to work since.⟧"
His solicitor, Oliver Nkemelu, said Mr Dowd was "⟦p:d|genuinely remorseful⟧" and had voluntarily had the dog put down. "⟦d:d|He does not seek to minimise what happened for one moment,⟧" he added.
Sentencing him, District Judge Alison Threlfall said: "⟦d:a|Ms Coulthard was doing her job. She was entitled to do it without being savaged on your driveway.⟧"
"⟦d:a|You had been warned about this dog twice before.⟧"
Dowd was given an eight-week sentence suspended for a year and ordered to pay £2,500 compensation.
Parcelpost said it was "⟦p:e|pleased with the outcome⟧" and that dog attacks on its staff had risen by 12% in a year.

### 012
@a Edna Spooner | -
@b Carol Whitlock | Her daughter
@c Kian | Her great-grandson
Edna Spooner celebrated her 100th birthday on Sunday with a cream tea, a card from the mayor and a cake decorated by her great-grandson.
She puts her long life down to “⟦p:a|a glass of stout on a Sunday and never holding a grudge⟧”.
“⟦d:a|People ask me what it was like in the war. I tell them it was cold, and we were hungry, and we laughed a great deal more than you’d think,⟧” she said.
Her daughter, Carol Whitlock, 71, said her mother still did the crossword every morning. “⟦d:b|She finishes it before I’ve found my glasses,⟧” she said.
“⟦d:b|She’s the glue in this family. Always has been.⟧”
Her great-grandson Kian, eight, had baked the cake himself, with some help. “⟦d:c|It’s got a hundred Smarties on it. I counted,⟧” he said proudly.
Asked whether she had any plans for her 101st, Mrs Spooner laughed. “⟦d:a|Get through the 100th first, love.⟧”

### 013
@a Josiane Lebreton-Morel | The mayor of Saint-Aubin-des-Prés
@b Graham Hollis | chair of the Fenwick Twinning Association
@c - | One teenager from the visiting party
A coachload of visitors from Fenwick's twin town in Normandy arrived on Friday to mark 50 years of the link between the two communities.
The mayor of Saint-Aubin-des-Prés, Josiane Lebreton-Morel, addressed a reception at the town hall in French before switching, to loud applause, to English.
«⟦d:a|Cinquante ans d'amitié, ce n'est pas rien,⟧» she told guests. «⟦d:a|Fifty years of friendship is not nothing.⟧»
«⟦d:a|Some of the children who came here in the first exchange are now grandparents, and their grandchildren are here tonight,⟧» she added.
Graham Hollis, chair of the Fenwick Twinning Association, said the link had survived «⟦p:b|a pandemic, two floods and a great deal of bad cider⟧».
«⟦d:b|It only works because families open their homes. You can't twin a town hall,⟧» he said.
One teenager from the visiting party, asked what she thought of Fenwick, was diplomatic. «⟦d:c|It is very green. And it rains a lot,⟧» she said.

### 014
@b Rosalind Fenby | -
@a Ewan McCrindle | team leader of Glen Arroch Mountain Rescue
@d Neil | Her husband
@c Strathlarig Police | -
A walker who spent two nights lost in freezing fog on Beinn Tarsuinn has been found alive by rescuers who heard her blowing a whistle.
Rosalind Fenby, 63, from Leeds, set out alone on Thursday morning and was reported missing by her husband when she failed to return to their holiday cottage.
More than 40 volunteers and a coastguard helicopter took part in the search.
Ewan McCrindle, team leader of Glen Arroch Mountain Rescue, said she had done "⟦p:a|everything right⟧" once she realised she was lost. "⟦d:a|She got herself into a hollow out of the wind, put on every layer she had and kept blowing that whistle,⟧" he said. "⟦d:a|Six blasts, a pause, six blasts. It's what saved her.⟧"
Mrs Fenby was treated for mild hypothermia at Fort Kellan hospital. Speaking from her bed, she put it simply: "⟦d:b|I have never been so glad to hear a man with a Glasgow accent.⟧"
Her husband, Neil, said: "⟦d:d|I didn't sleep for two nights. I don't think I'll let her out of my sight for a while.⟧"
Strathlarig Police thanked the volunteers for their "⟦p:c|outstanding⟧" efforts and said the search had been stood down on Saturday afternoon.

### 015
@a Sarah-Jane Pettigrew | founder of the Save Mossley Meadows group
@b Kestrel Homes | the company
@c Imran Chaudhry | leader of Ashby Moor Council
@d - | one resident
Plans for 240 homes on meadows at the edge of Mossley Green have been approved despite more than 1,100 objections.
Ashby Moor Council's planning committee voted seven to four in favour of the Kestrel Homes scheme on Tuesday night after a four-hour meeting.
Sarah-Jane Pettigrew, founder of the Save Mossley Meadows group, told councillors the site was "⟦p:a|a sponge that protects the whole village⟧".
After the vote, in a post on the group's Facebook page, she wrote:
"⟦d:a:m|These meadows have flooded every winter for as long as anyone can remember. The developer's own survey says so.⟧
"⟦d:a:m|Building 240 houses on a flood plain and calling it 'sustainable' is an insult to everyone who has ever had to pump out their cellar.⟧
"⟦d:a|We will see them in court if we have to.⟧"
Kestrel Homes said the development would include 72 affordable homes and a new drainage system. "⟦d:b|We have listened carefully to local concerns and we are confident the scheme will reduce flood risk downstream, not increase it,⟧" the company said.
Cllr Imran Chaudhry, leader of Ashby Moor Council, said the borough had to meet government housing targets. "⟦d:c|If we don't allocate sites, developers appeal and we lose control altogether. That's the honest reality,⟧" he said.
Outside the chamber, one resident was in tears. "⟦d:d|My grandchildren will never know what this place looked like,⟧" she said.

### 016
@a Arjun Bhattacharya | -
@b Rohan | his brother
@d Kavita | Their mother
@c Lorna Feeney | Principal
Identical twins Arjun Bhattacharya and his brother Rohan are heading to different universities after collecting identical results, three A* grades each, at Castlegate Sixth Form College on Thursday.
Arjun, who will study medicine at Edinbridge, said they had revised separately "⟦p:a|to avoid arguments⟧".
"⟦d:a|We tried revising together in Year 12 and it ended with a physics textbook being thrown,⟧" he said.
"⟦d:b|That was him,⟧" Rohan interjected. "⟦d:b|I've never thrown anything in my life.⟧"
Rohan, who is going to Calderfield to study engineering, admitted he was nervous about living apart for the first time. "⟦d:b|It'll be weird. He's been in the next bed for eighteen years,⟧" he said.
Their mother, Kavita, said she had cried "⟦p:d|all the way to the car park⟧". "⟦d:d|I'm so proud of them both. I just wish they'd chosen universities a bit closer to home,⟧" she said.
Principal Dr Lorna Feeney said 41% of the college's grades were A* or A this year, up from 36% last year. "⟦d:c|These are students who had their GCSEs disrupted, and they have shown extraordinary resilience,⟧" she said.

### 017
@c Dominic Faraday-Hughes | -
@b Becca Lowther | a volunteer medic with the Coastwatch Seal Trust
@a Coastwatch Seal Trust | -
Beachgoers in Polcarne are being asked to keep their distance after a grey seal pup was found on the sand surrounded by people taking selfies.
The pup, nicknamed “⟦s:-|Pasty⟧” by volunteers, was spotted on Sunday afternoon.
Dominic Faraday-Hughes, who was walking his dog on the beach, said there had been a crowd of about 30 people. “⟦d:c|Kids were trying to stroke it. One bloke was trying to get it to look at the camera. I couldn’t believe what I was seeing,⟧” he said.
Becca Lowther, a volunteer medic with the Coastwatch Seal Trust, said the pup was underweight but otherwise healthy. “⟦d:b|Seal pups are left on their own for hours while their mum feeds. She won’t come back if there are people around,⟧” she explained.
“⟦d:b|Keep dogs on leads, stay 50 metres away and call us. That’s all we ask.⟧”
The Coastwatch Seal Trust said it had received more than 200 calls about seals in distress this winter, “⟦p:a|many of them caused by human disturbance⟧”.
Tregarrow Council said it would put up temporary signs reading “⟦s:-|Seals resting — please keep back⟧” at the top of the slipway.

### 018
@a Michael Tan-Brereton | Assistant coroner
@b Ruth Ellery | the home's manager at the time
@c Peter Lamb | Mr Lamb's son
@d Oakhaven Care Group | -
A care home left an 89-year-old former miner lying on his bedroom floor for more than six hours after a fall, an inquest has found.
Geoffrey Lamb fractured his hip at Oakhaven Lodge in Thirlwell in February last year. He died in hospital eleven days later from pneumonia.
Assistant coroner Michael Tan-Brereton said there had been "⟦p:a|a gross failure to provide basic care⟧" which had "⟦p:a|more than minimally contributed⟧" to his death.
Night staff had not carried out the two-hourly checks recorded in the home's paperwork, the hearing in Thirlwell was told.
Ruth Ellery, the home's manager at the time, told the inquest staffing levels had been "⟦p:b|dangerously low⟧" for months. "⟦d:b|I raised it with head office more than once. I have the emails,⟧" she said.
Asked by the coroner why the check sheets had been filled in, she replied: "⟦d:b|I can't answer that. I wasn't on shift. I wish I could.⟧"
Mr Lamb's son, Peter Lamb, said outside court: "⟦d:c|Dad worked underground for 30 years. He survived a roof fall in 1971. And he died because nobody looked in on him.⟧"
"⟦d:c|We were lied to. The paperwork said he was checked. He wasn't.⟧"
Oakhaven Care Group, which runs 14 homes, said it accepted the coroner's findings. "⟦d:d|We have made significant changes at Oakhaven Lodge, including new management and electronic monitoring of checks,⟧" it said.
The coroner said he would write a report to prevent future deaths. "⟦d:a|I am concerned that what happened to Mr Lamb may not be unique,⟧" he said.

### 019
@a Gareth Lunn | Cyclist
@c Sophie Achterberg | His partner
@b Mardale County Council | -
@d - | A council spokesman
A cyclist who broke his collarbone when he hit a pothole "⟦p:a|the size of a paddling pool⟧" says the council ignored five reports about it.
Cyclist Gareth Lunn, 52, was thrown over his handlebars on Mill Road, Kirkby Mardale, in October.
"⟦d:a|One second I was riding along, the next I was on my back looking at the sky,⟧" he said. "⟦d:a|A lorry driver stopped and held my head still until the ambulance came. I never got his name.⟧"
Records obtained by the Mardale Mercury show the pothole was reported through the council's website five times in the six weeks before the crash.
His partner, Sophie Achterberg, said he had been unable to work for three months. "⟦d:c|He's a self-employed plasterer. No arm, no work, no money,⟧" she said.
Mardale County Council said it had rejected Mr Lunn's compensation claim because the defect had been "⟦p:b|scheduled for repair within the statutory timeframe⟧".
A council spokesman added: "⟦d:d|We have a network of more than 3,000 miles of road and we prioritise repairs on the basis of risk.⟧"
Mr Lunn said he was appealing. "⟦d:a|Scheduled for repair. That's going on my gravestone,⟧" he joked.

### 020
@a Rebecca Ogunleye | Floods minister
@b Wessex Rivers Authority | -
@c Holly Brandreth | landlady of the Boat Inn at Eckford
@d - | A firefighter at the scene who did not want to be named
Hundreds of people have been evacuated from homes in Eckford and Lower Sturbridge after the River Sowe rose to its highest level on record.
Floods minister Rebecca Ogunleye visited the town on Monday afternoon and met families at the rest centre in Eckford Leisure Centre.
"⟦d:a|I've spoken to people who have lost everything they own in a matter of hours. The government will stand by them,⟧" the minister said.
Pressed on whether flood defence spending had been cut, she said: "⟦d:a|We are spending more on flood defences than ever before, and I'm not going to apologise for that.⟧"
The Wessex Rivers Authority has issued 31 severe flood warnings, meaning a danger to life, across the county. It said levels were expected to remain high "⟦p:b|well into Wednesday⟧".
Holly Brandreth, landlady of the Boat Inn at Eckford, was rescued from an upstairs window by boat. "⟦d:c|The water came through the front door like someone had turned on a tap,⟧" she said. "⟦d:c|The beer garden is now part of the river.⟧"
A firefighter at the scene who did not want to be named said crews had carried out more than 80 rescues since dawn. "⟦d:d|People have been brilliant, mostly. But we've still had drivers going round the closed signs,⟧" he said.

### 021
@a Pauline Gartside | -
@b Jordan Pyle | Metal detectorist
A widow has been reunited with the wedding ring she lost while picking potatoes 33 years ago, thanks to a metal detectorist and a Facebook appeal.
Pauline Gartside, 78, slipped the ring off on a freezing October morning because her fingers were swollen, and put it in her coat pocket. By the evening it had gone.
“⟦d:a|I cried for a week. Don said he’d buy me another one, but it wouldn’t have been the same,⟧” she said of her late husband, who died in 2016.
Metal detectorist Jordan Pyle found the 22-carat band, engraved with the initials “⟦s:-|D & P⟧” and the date of the wedding, while searching the field at Haddow End with the farmer’s permission.
“⟦d:b|I get a lot of ring pulls and shotgun cartridges. I don’t get many wedding rings,⟧” the 29-year-old said.
He posted a photograph on a local history group, and within an hour Mrs Gartside’s granddaughter had recognised it.
When Mr Pyle handed it over at her bungalow on Friday, Mrs Gartside told him: “⟦d:a|You’ve brought a bit of him back to me.⟧”
She now wears it on a chain around her neck. “⟦d:a|It doesn’t fit any more. Nothing fits any more at my age,⟧” she laughed.

### 022
@b Lauren Tiernan | Her mother
@c Jamie O'Rourke | Her partner
@d Gráinne Ní Bhriain | Senior midwife
@a Oluwaseun Adeyemi-Clarke | chief executive of Fernhill University Hospitals
The first baby to be born in Fernhill's new £48m maternity unit arrived just 40 minutes after its doors opened on Monday.
Ruby Tiernan-O'Rourke weighed 7lb 2oz when she was born at 7.40am.
Her mother, Lauren Tiernan, 31, said she had not planned to make history. "⟦d:b|I was supposed to be having her at the old unit. My waters went at half six and by the time we got here, they'd moved everyone across,⟧" she said.
Her partner, Jamie O'Rourke, admitted he had "⟦p:c|nearly fainted⟧". "⟦d:c|I've seen a lot of things as a paramedic, but nothing prepares you for your own,⟧" he said.
Senior midwife Gráinne Ní Bhriain delivered the baby. "⟦d:d|It was lovely and calm, which is exactly what this unit was designed for,⟧" she said.
Dr Oluwaseun Adeyemi-Clarke, chief executive of Fernhill University Hospitals, said the unit replaced a 1960s building which had "⟦p:a|leaked every time it rained⟧".
"⟦d:a|The women of this city deserve a modern, safe place to give birth, and now they have one,⟧" he said.

### 023
@a Hallam Water | -
@b Ingrid Solheim-Baxter | a hydrologist at the University of Northmoor
@c Terry Budd | Allotment holder
@d - | a Hallam Water spokeswoman
A hosepipe ban will come into force for 1.4 million homes across the Hallam region after the driest spring in 60 years.
Hallam Water said reservoir levels had fallen to 54% of capacity, the lowest for the time of year in almost half a century. "⟦d:a|We know this is inconvenient, and we don't take this step lightly,⟧" it said in a statement.
"⟦d:a|But the weather has been exceptional and we need to protect supplies for essential use.⟧"
The ban, which begins on Friday, means customers cannot use hosepipes to water gardens, wash cars or fill paddling pools. Those who break it could face fines of up to £1,000.
Professor Ingrid Solheim-Baxter, a hydrologist at the University of Northmoor, said the ban was "⟦p:b|inevitable⟧" but had come "⟦p:b|about a month too late⟧".
"⟦d:b|Water companies are always reluctant to be the first to impose restrictions, because of the headlines. But the rivers don't read the headlines,⟧" she said.
Allotment holder Terry Budd, 67, said he would be filling his watering cans from water butts. "⟦d:c|I've got eight of them. The wife says the garden looks like a chemical plant,⟧" he said.
Critics have pointed out that the company loses around a fifth of its water through leaks. Asked about leakage, a Hallam Water spokeswoman said: "⟦d:d|We are fixing more than 1,000 leaks a week and we are on track to meet our targets.⟧"

### 024
@b Clare Hennessey | -
@a Josie | a mother of two who asked that her surname not be used
@d Bill Okafor | Volunteer
@c The Larder Network | the charity
At 9.30 on a wet Thursday morning, the queue outside St Luke's church hall in Brinkley already stretches past the bus stop.
Inside, volunteers are unpacking crates of tinned tomatoes, pasta, nappies and, because it is December, selection boxes.
The Rev Clare Hennessey, who runs the Brinkley Food Bank from the hall, says demand has doubled in two years. “⟦d:b|We used to see people in crisis. Now we see people who are working full time and still can’t make it to the end of the month,⟧” she says.
Josie, a mother of two who asked that her surname not be used, works 30 hours a week in a supermarket. She has been coming since the summer.
“⟦d:a|The first time, I sat in the car for twenty minutes before I could come in. I was so ashamed,⟧” she says.
“⟦d:a|Now I just think, this is what it is. The kids need feeding.⟧”
Volunteer Bill Okafor, 74, has been here since the food bank opened in 2011. He puts it bluntly: “⟦d:d|This should not exist. In a country like ours, this place should not need to exist.⟧”
The Larder Network, which supports 400 food banks, said it expected to hand out a record number of parcels this winter. “⟦d:c|Food banks are not a long-term answer to poverty,⟧” the charity said.

### 025
@b Lisa Mountford | -
@a Brackenfield Borough Council | the council
A sinkhole measuring four metres across has opened up in the middle of a residential street in Brackenfield.
Lisa Mountford, who lives opposite, heard "⟦p:b|a thump like a dropped wardrobe⟧" at about 6am on Wednesday. "⟦d:b|I opened the curtains and half the road had gone,⟧" she said.
Brackenfield Borough Council said the road would be closed for "⟦p:a|several weeks⟧" while engineers investigated old mine workings beneath it. "⟦d:a|Residents are safe and no properties are at risk,⟧" the council added.

### 026
@a Marcus Delahaye | headteacher of Kingsmere Academy
@b - | One Year 9 pupil
@c Fran Whitcombe | -
@d Naomi Estrada | regional secretary of the Schools Staff Union
A secondary school in Kingsmere has become one of the first in the county to ban mobile phones for the whole school day, including at break and lunch.
Pupils at Kingsmere Academy now hand in their phones at the gate, where they are locked in pouches until 3.15pm.
Marcus Delahaye, headteacher of Kingsmere Academy, said the change had transformed the school in just six weeks. "⟦d:a|The canteen is loud again. Kids are playing football, talking, arguing. That's what they should be doing,⟧" he said.
He said incidents of online bullying reported to staff had fallen by more than half.
Not all pupils are convinced. One Year 9 pupil said: "⟦d:b|It's fine in school, but my mum can't get hold of me if something happens.⟧"
Fran Whitcombe, whose daughter is in Year 8, disagreed. "⟦d:c|Before, she was on it at breakfast, on it at break, on it at lunch. Now she comes home and actually tells me about her day,⟧" she said.
Naomi Estrada, regional secretary of the Schools Staff Union, said teachers broadly welcomed the move but warned it must not add to their workload. "⟦d:d|Our members are not security guards,⟧" she said. "⟦d:d|If schools want to do this, it has to be properly resourced.⟧"

### 027
@b Kerensa Vosper | His daughter
@c Tristan Angove | Crew member
@a Coastal Rescue Service | -
@d - | one fisherman
Tributes have been paid to a lifeboat coxswain who saved dozens of lives over four decades at sea.
Jory Vosper, who has died aged 81, joined the Porthdinas lifeboat crew at 17 and served as coxswain from 1979 until his retirement in 2003.
He was awarded a bronze medal for gallantry in 1987 for rescuing four crew from a trawler, the Morwenna, in a force 10 gale.
His daughter, Kerensa Vosper, said he had never talked much about the rescues. ``⟦d:b|You'd only find out when someone came up to him in the pub, bought him a pint and said thank you,⟧'' she said.
``⟦d:b|He'd just go red and talk about the weather.⟧''
Crew member Tristan Angove, who joined the station in 1998, said Mr Vosper was ``⟦p:c|the reason half of us are on the boat⟧''. ``⟦d:c|He taught me to respect the sea, and never to trust a forecast,⟧'' he said.
The Coastal Rescue Service said in a statement: ``⟦d:a|Jory's courage and seamanship were legendary. Our thoughts are with his family and the whole Porthdinas community.⟧''
Down at the harbour on Tuesday, one fisherman remembered him simply. ``⟦d:d|Best there was,⟧'' he said.

### 028
@a Greystone Property Management | -
@b Oksana Hrytsenko | a nurse at Castleton General
@c Ravi Menon | a retired bus driver
@d Ellie Sandoval | an organiser with Castleton Tenants' Union
Residents of a block of 36 flats in Castleton have been told their rents will rise by up to 40% from April, in what campaigners say is an attempt to force them out.
Letters from Greystone Property Management, which took over Alder Court in the autumn, arrived on Monday. One seen by the Castleton Courier reads:
“⟦d:a:m|Following a review of market rents in the area, your monthly rent will increase from £895 to £1,250 with effect from 1 April.⟧
“⟦d:a|If you do not wish to accept the new rent, you may give notice in accordance with your tenancy agreement.⟧”
Oksana Hrytsenko, 38, a nurse at Castleton General, moved into the block with her two children after leaving Ukraine.
“⟦d:b|Ми знову мусимо шукати дім,⟧” she said in Ukrainian, before repeating it in English: “⟦d:b|We must look for a home again.⟧”
“⟦d:b|I work nights on a cardiac ward. I cannot pay £1,250. Nobody on this corridor can.⟧”
Her neighbour Ravi Menon, a retired bus driver, has lived at Alder Court for 22 years. “⟦d:c|I raised my children here. I buried my wife from here,⟧” he said. “⟦d:c|Where do they expect a 74-year-old man to go?⟧”
Ellie Sandoval, an organiser with Castleton Tenants' Union, said the rises were “⟦p:d|eviction by the back door⟧”. “⟦d:d|We'll be challenging every single one of these at tribunal,⟧” she said.
Greystone Property Management did not respond to requests for comment.

### 029
@a Dilys Harcombe | -
@b Ieuan Matthias | Sergeant
@c Hywel Rhys-Jenkins | the goats' owner
A herd of 30 feral goats has been spotted wandering through the centre of Llanwyddan, eating hedges, hanging baskets and, in one case, a wedding bouquet.
Dilys Harcombe, who runs the Cornerstone Café on the high street, said the goats had become "⟦p:a|part of the furniture⟧". "⟦d:a|One of them stood in the doorway for ten minutes this morning looking at the cakes. I think he wanted a Welsh cake,⟧" she said.
Sergeant Ieuan Matthias said officers had been called out "⟦p:b|more times than I'd like to admit⟧". "⟦d:b|They're not dangerous, but they are very determined,⟧" he said.
Hywel Rhys-Jenkins, the goats' owner, said they had escaped from his hillside land through a broken fence. "⟦d:c|I've fixed it three times. They eat the fence,⟧" he said. "⟦d:c|What can I tell you? They're goats.⟧"

### 030
@a Dev | -
@d - | a man in a dinner jacket
@c Marta | a cleaner heading to a 5am shift at the airport
It is 1.40am at Harlow Cross bus station and the N29 is the only thing moving.
Dev has driven the night route from the city centre to Ashworth Park for nine years. He has seen, he says, “⟦p:a|absolutely everything⟧”.
“⟦d:a|Births, nearly. Proposals, twice. Fights, more than I can count. And a lot of people asleep on the top deck who should have got off at Ferry Road,⟧” he says, pulling out past the shuttered kebab shops.
“⟦d:-|Do you ever get scared?⟧” I ask.
He thinks about it. “⟦d:a|Not scared. Careful. There’s a difference,⟧” he says.
At the third stop a man in a dinner jacket gets on, holding his shoes. “⟦d:d|Don’t ask,⟧” he says to nobody in particular.
Marta, a cleaner heading to a 5am shift at the airport, takes the N29 five nights a week. She sits at the front, near Dev. “⟦d:c|He always waits for me if I’m running. Always,⟧” she says.
“⟦d:c|The day bus drivers, they see you running, they close the door.⟧”
Dev shrugs. “⟦d:a|It costs me ten seconds. It costs her an hour,⟧” he says.
By 3am the bus is empty again. “⟦d:a|This is the nice part,⟧” he says. “⟦d:a|Just me and the city.⟧”

### 031
@a Coastway Rail | -
@b Harriet Bassong | chair of the Linford Rail Users' Group
@c Alex Roe-Hendry | a teacher
@d Gideon Fairclough | Transport minister
Commuters on the Linford line faced a fourth week of cancellations on Monday, with one in five trains axed at short notice.
Coastway Rail blamed a shortage of drivers and "⟦p:a|ongoing issues with the new fleet⟧". In a statement it said: "⟦d:a|We are truly sorry to customers whose journeys have been disrupted. We are recruiting and training new drivers as quickly as we safely can.⟧"
Harriet Bassong, chair of the Linford Rail Users' Group, said apologies were "⟦p:b|no longer worth the paper they are written on⟧".
"⟦d:b|People are losing jobs over this. Parents are missing nursery pick-ups and being fined. Students are missing exams,⟧" she said.
Commuter Alex Roe-Hendry, a teacher, posted a photograph of a crowded platform at Linford Parkway on social media with the caption: "⟦d:c|Day 19. Still no 07.42. Still no explanation.⟧"
The post was shared more than 8,000 times.
Transport minister Gideon Fairclough said he had summoned the operator's managing director to a meeting. "⟦d:d|Passengers have been badly let down. I expect to see a credible recovery plan within a fortnight,⟧" the minister said.

### 032
@b Tweedmuir Council | the council
@a Morag Ettrick | Sheep farmer
@c - | one mother at the school gates
More than 120 schools were closed across Tweedmuir on Thursday after up to 30cm of snow fell overnight.
Tweedmuir Council said its 38 gritters had been out since 4pm the previous day. “⟦d:b|Crews are working round the clock, but we would ask people to be patient and only travel if they really must,⟧” the council said.
Sheep farmer Morag Ettrick spent the night digging out ewes due to lamb next month. “⟦d:a|You don’t get snow days on a farm,⟧” she said. “⟦d:a|I’ve found most of them. There are eleven I can’t account for, and I’ll be out again at first light.⟧”
At Kirkhope Primary, which opened two hours late, one mother at the school gates was unimpressed. “⟦d:c|They shut them for a bit of snow now. We walked in two feet of it when I was a girl,⟧” she said.

### 033
@a Kwabena Mensah | Delivery driver
@b Elaine Rudd | -
@c Craig Pollitt | Station manager
@d - | the family
@e Swiftpost | Mr Mensah's employer
A delivery driver has been hailed a hero after he kicked down the door of a burning house and carried two young children to safety.
Delivery driver Kwabena Mensah, 28, was dropping off a parcel on Wrenfield Road, Kettleby, when he saw smoke pouring from an upstairs window on Tuesday afternoon.
"⟦d:a|I heard a kid screaming, so I just went in. I didn't think about it,⟧" he said. "⟦d:a|If I'd thought about it, I probably wouldn't have done it.⟧"
Elaine Rudd, who lives next door, watched as he came out with a toddler under each arm. "⟦d:b|He put them down on my lawn, went straight back in for the dog, and then went and finished his round. Who does that?⟧" she said.
The children's mother, who had been in the back garden, was treated for smoke inhalation.
Station manager Craig Pollitt, of Eastshire Fire and Rescue Service, said the fire had been caused by a phone charger left on a bed. "⟦d:c|What Mr Mensah did was incredibly brave, but we would never advise anyone to enter a burning building,⟧" he said.
In a statement, the family said: "⟦d:d|We will never be able to thank him enough. He is our angel in a hi-vis jacket.⟧"
Mr Mensah's employer, Swiftpost, said it would be giving him a bonus and "⟦p:e|a very long weekend⟧".

### 034
@a Agnieszka Wójcik-Pawlak | head of the Kopernik Polish Saturday School
@b Zofia | -
@c Derek Halloran | The mayor of Wrexley
A Polish Saturday school that started with eight children around a kitchen table in Wrexley is celebrating its 20th anniversary with more than 300 pupils.
The school now fills a secondary school building every weekend, teaching Polish language, history and geography to children aged four to 16.
Agnieszka Wójcik-Pawlak, head of the Kopernik Polish Saturday School, started it when her daughter began refusing to speak anything but English at home.
“⟦d:a|Język to dom,⟧” she said. “⟦d:a|Language is home. If the children lose the language, they lose their grandparents.⟧”
Zofia, ten, who was born in Wrexley, said she liked the school even though it meant getting up early on a Saturday. “⟦d:b|My babcia in Kraków is so happy when I write to her in Polish. She writes back and corrects my spelling,⟧” she said.
The mayor of Wrexley, Cllr Derek Halloran, joined families for a celebration on Saturday. “⟦d:c|This school is part of the fabric of Wrexley now,⟧” he said.

### 035
@a Neil Batty | a maths teacher from Brenton
@c Graham Tuft | a retired GP
@b Sam Okeke | Paramedic
@d Jo | His wife
A teacher whose heart stopped for 14 minutes during a parkrun has been reunited with the strangers who saved his life.
Neil Batty, 49, a maths teacher from Brenton, collapsed 3km into the Brenton Park 5k in May.
Fellow runner Graham Tuft, a retired GP, began CPR within seconds, while another runner sprinted to fetch a defibrillator from the park café.
"⟦d:c|I'd done CPR plenty of times in my career, but never on the grass in my running shorts,⟧" he said. "⟦d:c|You just count and push and hope.⟧"
Paramedic Sam Okeke arrived eight minutes later and shocked Mr Batty's heart back into rhythm. "⟦d:b|Without Graham and that defib, we'd have been too late. Simple as that,⟧" he said.
Meeting them again at the finish line on Saturday, Mr Batty struggled to speak. "⟦d:a|What do you say to people who gave you your life back? Thank you doesn't cover it,⟧" he said.
His wife, Jo, said the family had been told to "⟦p:d|prepare for the worst⟧". "⟦d:d|Our boys are 12 and 15. They still have their dad because of these people,⟧" she said.
Mr Batty has since completed the course again, walking it, with Dr Tuft at his side.

### 036
@a Bev Adeyinka | cabinet member for housing at Millbridge City Council
@b - | One mum
Millbridge has more than 1,900 households in temporary accommodation, the highest number in its history. We spoke to Bev Adeyinka, cabinet member for housing at Millbridge City Council, about what the council is doing.
Asked what she would say to families who have been waiting for years, she said: "⟦d:a|Don't give up on us. We haven't given up on you.⟧"
Q: How bad is it?
A: It's the worst I've seen in 20 years in local government. We're spending a million pounds a month on B&Bs and hotels.
Q: Who is in temporary accommodation?
A: Mostly families with children. Working families, a lot of them. We call it "⟦s:-|temporary⟧" but some families have been there four years. One mum said to me, "⟦d:b|I've unpacked my kitchen three times this year.⟧" That stays with you.
Q: What are you doing about it?
A: We're buying homes ourselves, 150 this year, and we're converting an old office block on Tanner Street.
Q: Is that enough?
A: No. Honestly, no. Not without more money from government.

### 037
@a Yvonne Tattersall | -
@b Ridgeway Veterinary Practice | the practice
A hedgehog rescue in Oldfield is caring for a record 140 hedgehogs after a mild autumn left hundreds of late-born hoglets too small to hibernate.
Yvonne Tattersall, who runs Prickly Pals Hedgehog Rescue from her garage in Oldfield, said she had not had a full night’s sleep since October. “⟦d:a|The little ones need feeding every two hours. I’ve got them in every room of the house. My husband sleeps with one in a box by the bed,⟧” she said.
Hoglets need to weigh at least 600g to survive hibernation, according to Ridgeway Veterinary Practice, which treats her patients free of charge. “⟦d:b|Anything under 450g found out in the daytime in winter needs help,⟧” the practice said.
Mrs Tattersall is appealing for donations of cat food, newspaper and “⟦p:a|anyone with a spare shed⟧”.

### 038
@a Rukhsana Begum | His mother
@c Fordingham County Council | -
@d Caroline Sheppard-Yu | chief executive of Parents Together Fordingham
@e Peter Marsh | the cabinet member for children's services
Dozens of disabled children in Fordingham have missed school because taxis arranged by the county council failed to turn up at the start of term.
Ilyas Begum, 11, who has autism and attends a special school 14 miles from his home, missed the first six days of term.
His mother, Rukhsana Begum, said she had rung the council's transport team more than 30 times. "⟦d:a|Every day he put his uniform on and stood by the window waiting. Every day it didn't come,⟧" she said.
"⟦d:a|You can't explain to a child like Ilyas that a contract has changed. He just thinks school doesn't want him.⟧"
Fordingham County Council said a new contractor had taken over 180 routes in September and "⟦p:c|a small number⟧" had not run. "⟦d:c|We apologise unreservedly to the families affected,⟧" it said.
Caroline Sheppard-Yu, chief executive of Parents Together Fordingham, said the charity had heard from more than 60 families. "⟦d:d|It's not a small number if it's your child,⟧" she said.
Cllr Peter Marsh, the cabinet member for children's services, told a council meeting on Thursday that all routes were now running. Pressed by opposition councillors, he admitted: "⟦d:e|We got this wrong. I got this wrong, and I'm sorry.⟧"

### 039
@a Reto von Allmen | head of the Valbella avalanche service
@b Ursina Caflisch | -
@c - | A British skier who was staying in the village
Around 400 tourists were stranded in the Alpine village of Valbella on Tuesday after an avalanche buried the only road in and out.
Nobody was hurt, but the road is expected to remain closed until at least Thursday.
«⟦d:a|Wir haben Glück gehabt,⟧» said Reto von Allmen, head of the Valbella avalanche service. «⟦d:a|We were lucky. Ten minutes earlier, and there would have been a school bus on that road.⟧»
Von Allmen said more than a metre of fresh snow had fallen in 36 hours on top of a weak base. «⟦d:a|The conditions are the most dangerous we have seen in five winters,⟧» he warned.
Ursina Caflisch, who runs the Hotel Piz Grond, said guests were taking the news well. «⟦d:b|We have food for two weeks and wine for three. Nobody is complaining yet,⟧» she said.
A British skier who was staying in the village said the mood was «⟦p:c|like the last day of term⟧». «⟦d:c|The lifts are shut, so everyone's in the bar. There are worse places to be stuck,⟧» she said.

### 040
@a Phoebe Marchbanks | Children's author
@c Tom Evesham | Council leader
@e - | one mother
@b Hartfield Borough Council | -
Campaigners packed the public gallery at Hartfield Town Hall on Wednesday as councillors voted to close five of the borough's nine libraries.
The decision will save about £600,000 a year, the council says.
Children's author Phoebe Marchbanks, who grew up in Hartfield, wrote an open letter to councillors ahead of the vote, signed by more than 200 writers and illustrators.
"⟦d:a:m|I learned to read in Pennyfield Library. I wrote my first story at one of its tables, on the back of a reservation slip.⟧
"⟦d:a|Closing it will not balance your books. It will simply close a door on the next child who needs one.⟧"
Council leader Tom Evesham said the council had "⟦p:c|no good options left⟧". "⟦d:c|Nobody came into politics to close libraries. But our budget has been cut by 40% in real terms and we have to protect services for vulnerable adults and children,⟧" he said.
As the result was announced, a shout of "⟦d:-|Shame on you!⟧" came from the gallery.
Outside, one mother, holding a toddler on her hip, said: "⟦d:e|Where am I supposed to take him now? The library was the only warm, free place in town.⟧"
Hartfield Borough Council said it would work with community groups who wanted to run libraries with volunteers. "⟦d:b|We will support any group that comes forward with a viable plan,⟧" it said.

### 041
@a Ealasaid NicLeòid | a crofter on Eilean Dubh
@c Hugh Fairlie | the island's only GP
@b CalMara Ferries | the operator
@d Morven Lithgow | -
Islanders on Eilean Dubh have been without a ferry for nine days after the vessel serving the route was withdrawn for emergency repairs, with no replacement available.
Shelves at the island's only shop are empty of milk, bread and fresh fruit, and patients have missed hospital appointments on the mainland.
Ealasaid NicLeòid, a crofter on Eilean Dubh, said islanders felt forgotten. “⟦d:a|Tha sinn air ar dìochuimhneachadh,⟧” she said in Gaelic. “⟦d:a|We have been forgotten. If this was a town on the mainland, there would be a national outcry.⟧”
Dr Hugh Fairlie, the island's only GP, said two patients had been flown off by air ambulance because they could not travel by sea. “⟦d:c|That is not a sustainable way to run a health service,⟧” he said.
CalMara Ferries said the MV Loch Shira had suffered “⟦p:b|a serious gearbox failure⟧” and engineers were working around the clock. “⟦d:b|We fully understand the impact this is having on the community and we are exploring every option for a replacement vessel,⟧” the operator said.
Morven Lithgow, who chairs the community council, said islanders had heard that before. “⟦d:d|Every option. We’ve had every option for three winters now,⟧” she said.

### 042
@c Ashgrove House | -
@b Shelley Dunmore | Activities coordinator
@a Arthur Pennington | -
A 98-year-old former merchant seaman who feared nobody would remember his birthday has received more than 4,000 cards from around the world.
Arthur Pennington, who lives at Ashgrove House care home in Selby Moor, has no surviving family. Staff put out an appeal last month.
Ashgrove House wrote on its Facebook page: ``⟦d:c|Arthur has told us he doesn't expect any cards this year. Let's prove him wrong!⟧''
Activities coordinator Shelley Dunmore said the response had been ``⟦p:b|completely overwhelming⟧''. ``⟦d:b|We've had cards from Australia, Canada, Japan, and one from a primary school in Chile where the children had drawn him a ship,⟧'' she said.
Mr Pennington, who served on Atlantic convoys as a teenager, said he had read every one. ``⟦d:a|I didn't know there were this many kind people left,⟧'' he said. ``⟦d:a|I'll need another hundred years to answer them all.⟧''

### 043
@b Sunita Rao-Whelan | one of the surgery's two partners
@a Brian Oates | the 61-year-old
@c Mid Ashbury Integrated Care Board | -
@d Tariq Javed | -
A village GP surgery serving 6,000 patients is to close in the summer because it cannot recruit doctors.
Hatherleigh Road Surgery in Nether Ashbury will shut on 30 June, leaving patients to register at practices in Ashbury town centre, eight miles away.
Dr Sunita Rao-Whelan, one of the surgery's two partners, said they had advertised for a new GP for two years without a single applicant. "⟦d:b|We have tried everything. I'm 64 and I'm exhausted, and my colleague is retiring on medical grounds,⟧" she said.
"⟦d:b|This is not the ending any of us wanted.⟧"
Brian Oates, 61, who has diabetes and a heart condition, said the nearest alternative was two buses away. "⟦d:a|I've been coming here since I was a boy. Dr Rao-Whelan knows my whole history,⟧" he said.
"⟦d:a|Who's going to know me in town? I'll be a number,⟧" the 61-year-old added.
A petition to save the surgery has gathered more than 2,300 signatures.
Mid Ashbury Integrated Care Board said it was "⟦p:c|working hard to ensure continuity of care⟧" and would provide transport for patients who needed it.
Tariq Javed, who runs the pharmacy next door, said he was worried about his own business. "⟦d:d|Ninety per cent of our prescriptions come from that surgery,⟧" he said.

### 044
@a Giles Ambrose | vicar of St Edmund's, Thornley Parva
@b Roger Pike | Churchwarden
@c Westshire Fire and Rescue | the service
A 600-year-old church spire was struck by lightning during a thunderstorm on Sunday night, sending chunks of stone crashing through the roof of the nave.
The Rev Giles Ambrose, vicar of St Edmund's, Thornley Parva, was watching the storm from the vicarage window. “⟦d:a|There was the most enormous bang and the whole sky went white. Then I heard the stones falling,⟧” he said.
Churchwarden Roger Pike, 77, arrived minutes later in his dressing gown. “⟦d:b|The vicar was standing in the churchyard with a torch, in the rain, saying a prayer. I thought, well, that’s one way of doing it,⟧” he said.
“⟦d:b|I rang the fire brigade.⟧”
Westshire Fire and Rescue said crews had made the building safe. “⟦d:c|Thankfully no one was injured, and the tower itself appears structurally sound,⟧” the service said.
Mr Ambrose said the church would need to raise at least £250,000. “⟦d:a|We’ve survived the Reformation, the Civil War and the Victorians. We’ll survive this,⟧” he said. “⟦d:a|Though I might have a quiet word with the Almighty about His aim.⟧”

### 045
@a Gillian Mahoney-Price | secretary of the Ferndale Allotment Society
@c - | One plot-holder who asked not to be named
@b Eastvale Police | the force
Vandals have destroyed sheds, greenhouses and a year's worth of crops at an allotment site in Ferndale.
Gillian Mahoney-Price, secretary of the Ferndale Allotment Society, said 23 of the site's 60 plots had been damaged overnight on Saturday. "⟦d:a|One gentleman had been growing his prize leeks for 18 months. They pulled every single one up and threw them over the fence,⟧" she said.
One plot-holder who asked not to be named said: "⟦d:c|It's not the money. It's all the hours. You can't get the hours back.⟧"
Eastvale Police said it was treating the damage as criminal and appealed for witnesses. "⟦d:b|We know how much these allotments mean to the people who tend them,⟧" the force said.

### 046
@a Karen Liddell | Superintendent
@c Joanne Parfitt | -
@d Lily | -
@b Beatrice Nwosu | Headteacher
@e Moorland Coaches | the firm
Twenty-three pupils and two teachers were taken to hospital after a coach carrying a school party to a theme park left the road and overturned on the A616 near Harker's Cross.
None of the injuries is thought to be life-threatening.
The coach, carrying 48 Year 8 pupils and five staff from Brackley Vale School, came off the road on a bend at about 9.15am on Friday.
Superintendent Karen Liddell, of Northmoor Police, said it was "⟦p:a|nothing short of a miracle⟧" that nobody had been seriously hurt. "⟦d:a|The coach came to rest on its side in a field. Teachers and pupils helped each other out through the emergency exits before we arrived,⟧" she said.
She said the driver, a man in his 50s, was helping police with their inquiries and had not been arrested.
Joanne Parfitt, whose daughter, Lily, 13, was on the coach, said she had heard about the crash on a parents' WhatsApp group. "⟦d:c|Those were the longest 40 minutes of my life, waiting to find out if she was OK,⟧" she said.
Lily, who suffered a cut to her forehead, said: "⟦d:d|Everyone was screaming and then it just went quiet. Mrs Okafor kept telling us to hold hands and count to ten.⟧"
Headteacher Beatrice Nwosu praised the staff on the trip, including geography teacher Adaeze Okafor, who was treated for a broken wrist. "⟦d:b|Mrs Okafor and her colleagues put the children first, despite their own injuries,⟧" she said. "⟦d:b|I could not be prouder of them.⟧"
Moorland Coaches, which operated the coach, said it was "⟦p:e|cooperating fully⟧" with the police investigation. "⟦d:e|Our thoughts are with the pupils, staff and families involved,⟧" the firm said.

### 047
@a Andrew Colquhoun | HM Senior Coroner for Fenmarsh
@d Claire Ng | an inspector with the Workplace Safety Authority
@b Ionuț Dobre | His brother
@c Marsh Farm Produce Ltd | -
A Romanian farm worker who was crushed by a reversing forklift on a mushroom farm in Fenmarsh died because of "⟦p:a|inadequate separation of people and vehicles⟧", a coroner has found.
Marius Dobre, 34, died at Marsh Farm Produce near Holbeach Fen in March last year.
The inquest heard there were no marked walkways in the packing shed and that the forklift's reversing alarm had been disconnected.
Claire Ng, an inspector with the Workplace Safety Authority, told the hearing: "⟦d:d|This was an entirely foreseeable accident. The risks were well known in the industry and well known to this company.⟧"
His brother, Ionuț Dobre, who travelled from Romania for the hearing, spoke through an interpreter. "⟦d:b|Marius came here to work so that his daughter could go to a good school. He sent money home every month. He never complained,⟧" he said.
"⟦d:b|We want to know why nobody fixed the alarm.⟧"
Recording a narrative conclusion, HM Senior Coroner for Fenmarsh Andrew Colquhoun said: "⟦d:a|Mr Dobre was a hard-working man far from home, and he was entitled to be safe at work.⟧"
Marsh Farm Produce Ltd said it had "⟦p:c|completely overhauled⟧" its safety procedures. In a statement it said: "⟦d:c|We remain deeply saddened by Marius's death and our thoughts are with his family.⟧"

### 048
@a Rachel Tombs | his rider
@b Greater Harbridge Police | the force
After 14 years on the beat, police horse Admiral, known to colleagues as “⟦s:-|Addy⟧”, is hanging up his horseshoes.
The 19-year-old shire cross has policed football matches, royal visits and “⟦p:a|more Saturday nights in the city centre than anyone should have to⟧”, according to his rider, PC Rachel Tombs.
“⟦d:a|He’s unflappable. Fireworks, flares, drunk lads trying to feed him kebabs, nothing bothers him,⟧” she said.
“⟦d:a|Except umbrellas. He hates umbrellas.⟧”
Greater Harbridge Police said Admiral would retire to a sanctuary in the Welsh hills. “⟦d:b|He has served this city with distinction and he has more than earned his rest,⟧” the force said.

### 049
@a Nasreen Qureshi | -
@b Asif | Her husband
@c Harlow Mutual | the insurer
@d Oliver Brennan-Tate | the MP for Eckford and Sturbridge
Three months after the River Sowe flooded Eckford, more than half the businesses on Bridge Street remain closed, and some owners say they will never reopen.
Nasreen Qureshi, who owns the Spice Garden restaurant on Bridge Street, stands in a dining room stripped back to bare brick. Dehumidifiers hum in every corner.
"⟦d:a|We had 1.2 metres of water in here. The kitchen, the fridges, the tables, the carpets, everything went in a skip,⟧" she says.
Her husband, Asif, says their insurer has paid out less than a third of the £140,000 they have claimed. "⟦d:b|They keep asking for more paperwork. I've sent them photographs of every chair,⟧" he says.
"⟦d:b|We're paying the mortgage on a restaurant we can't open.⟧"
Harlow Mutual said it was "⟦p:c|committed to settling all valid claims as quickly as possible⟧". "⟦d:c|Flood claims are complex and we need to verify the losses, but we have made interim payments to every affected business customer,⟧" the insurer said.
Oliver Brennan-Tate, the MP for Eckford and Sturbridge, admitted the recovery had been "⟦p:d|slower than anyone would want⟧". But he insisted: "⟦d:d|Bridge Street will come back. I will not stop pushing until every one of these businesses has the money it is owed.⟧"
Mrs Qureshi is less certain. "⟦d:a|I'm 58. I don't know if I've got it in me to start again,⟧" she says. "⟦d:a|Ask me in the spring.⟧"

### 050
@c Mason | -
@b Dean Hollister | -
@a Chloe Waddington | Reception teacher
A five-year-old innkeeper has become an internet sensation after telling Mary and Joseph there was “⟦p:c|loads of room⟧” at his inn, and inviting them in for a cup of tea.
The nativity play at Greenbank Primary in Shawford was filmed by Dean Hollister, whose son Mason played the innkeeper. The clip has been viewed more than three million times.
“⟦d:b|He'd practised ‘No room at the inn’ every night for three weeks. Then he got up there, looked at Mary, and just couldn't do it,⟧” Mr Hollister said.
“⟦d:b|He told me afterwards he felt sorry for her because she looked tired.⟧”
Reception teacher Chloe Waddington said the audience had been “⟦p:a|in bits⟧”. “⟦d:a|It wasn't in the script, but honestly, it was better than the script,⟧” she said.
Asked whether he would do it again, Mason said: “⟦d:c|Yes. But I want to be a sheep next time.⟧”

### 051
@a Corinne Blackett | a staff nurse at Elmwood General
@d Terry Mbatha | Patient
@b Elmwood Hospitals Trust | the trust
@c - | a senior hospital source
Staff and patients at Elmwood General Hospital have criticised a 50% rise in parking charges which will see some nurses paying more than £100 a month to park at work.
Corinne Blackett, a staff nurse at Elmwood General, said: "⟦d:a|We're being asked to pay to go to work. Night shift staff can't get the bus because there aren't any buses at 7am on a Sunday.⟧"
Patient Terry Mbatha, 70, who attends for dialysis three times a week, said the charges were "⟦p:d|a tax on being ill⟧".
"⟦d:d|I'm here 12 hours a week. What am I supposed to do, sleep in the car park?⟧" he asked.
Elmwood Hospitals Trust said the charges had not increased for nine years and money raised would be "⟦p:b|reinvested in patient care⟧". "⟦d:b|Blue badge holders, frequent outpatients and staff on the lowest pay bands will continue to receive concessions,⟧" the trust said.
But a senior hospital source said the decision had been "⟦p:c|forced through⟧" by the board despite objections. "⟦d:c|Everyone knew exactly how this would land with staff,⟧" the source said.

### 052
@b Danny Kitching | Former Northside Street actor
@a Beryl Oyston | The Mayor of Tollbridge
@c Tollbridge Town Council | the council
@d - | One father
Hundreds of families gathered in Tollbridge market square on Saturday evening for the annual Christmas lights switch-on, only for the lights to stay firmly off.
Former Northside Street actor Danny Kitching led a countdown from ten before pressing the giant red button on stage. Nothing happened.
“⟦d:b|I pressed it again, harder, like that ever helps,⟧” he said afterwards. “⟦d:b|Then the sound system went off as well, so we were all just standing there in the dark.⟧”
The crowd began chanting “⟦s:-|Turn them on!⟧” as electricians scrambled behind the stage.
The Mayor of Tollbridge, Cllr Beryl Oyston, joked: “⟦d:a|Well, it’s certainly a switch-on nobody will forget.⟧”
Tollbridge Town Council later blamed a tripped fuse and said the lights had come on at 8.20pm, after most people had gone home. “⟦d:c|We apologise to everyone who came out in the cold,⟧” the council said.
One father, whose children had waited an hour, said: “⟦d:d|The kids weren’t bothered, to be honest. They’d got a hot chocolate. It was the adults who were fuming.⟧”

### 053
@b Ravinder Sangha | Detective Inspector
@a - | his family
@c Connor Walsh-Egan | His friend
Police searching for a 22-year-old man who went missing during flooding in Ashby Moor have found a body.
Jordan Kellett was last seen on the night of 14 January walking home from a friend's house along the towpath of the Ashby Canal, which had burst its banks.
Detective Inspector Ravinder Sangha said the body had been found on Wednesday morning about a mile downstream. "⟦d:b|Although formal identification has not yet taken place, Jordan's family have been informed and our thoughts are with them,⟧" he said.
"⟦d:b|There is nothing to suggest anyone else was involved.⟧"
In a tribute released through police, his family said:
"⟦d:a:m|Jordan was the life and soul of every room. He was a loving son, a devoted brother and the best uncle his little nephew could ever have wished for.⟧
"⟦d:a|We ask for privacy as we try to come to terms with a loss we cannot begin to describe.⟧"
His friend, Connor Walsh-Egan, who had been with him earlier that evening, said: "⟦d:c|I offered to drive him home. He said he fancied the walk. I'll never forgive myself for not insisting.⟧"

### 054
@b Steve | -
@d Kofi Ansah | the charity's project manager
@c Maxine Dorrell | a resident of the neighbouring Linthorpe estate
@a Open Door Harbridge | the charity
Twelve timber "⟦s:-|pod⟧" homes for people sleeping rough have opened on a former car park in Harbridge city centre.
Each pod has a bed, a shower, a small kitchen and a front door that locks. The project, run by the charity Open Door Harbridge, cost £780,000.
Steve, 52, who slept in a doorway on Castle Street for two years, was one of the first to move in. "⟦d:b|First night, I didn't sleep at all. Too quiet. Too warm,⟧" he said. "⟦d:b|I kept getting up to check the door was locked. It's mine. Nobody's going to move me on.⟧"
Kofi Ansah, the charity's project manager, said residents could stay for up to two years while they were helped into permanent homes. "⟦d:d|It's not a hostel. People have their own space and their own key. That dignity matters,⟧" he said.
Not everyone is happy. Maxine Dorrell, a resident of the neighbouring Linthorpe estate, said locals had not been consulted. "⟦d:c|I've got nothing against homeless people. But nobody asked us,⟧" she said.
Open Door Harbridge said it had held two public meetings and would set up a "⟦p:a|neighbourhood liaison group⟧". "⟦d:a|We want to be good neighbours,⟧" the charity said.

### 055
@a Pamela Voss | -
@b Lewis Grant | His owner
@c Animal Welfare League | the charity
An African grey parrot who escaped from his home in Stockford has been found three miles away, after a pensioner heard him whistling the theme tune of a television quiz show in her garden.
Kiwi, 24, flew out of an open kitchen window last Tuesday, sparking a week-long search across the town.
Pamela Voss, 69, was hanging out her washing on Monday when she heard the whistling. “⟦d:a|I thought it was the postman. Then I looked up and there was this grey bird on my rotary line, looking very pleased with himself,⟧” she said.
His owner, Lewis Grant, said Kiwi had a vocabulary of about 50 words, including “⟦s:-|hello gorgeous⟧” and several he would rather not repeat.
“⟦d:b|He's been with me since I was 15. He's outlived two marriages,⟧” he said. “⟦d:b|I honestly didn't think I'd see him again.⟧”
The Animal Welfare League said it received hundreds of calls about escaped pet birds every summer. “⟦d:c|If you see one, try offering it some fruit and ring us,⟧” the charity advised.

### 056
@b Sandra Fielding | Ethan's mother
@c Rupert Llewellyn | -
@a Helen Oakeshott | Judge
@d Maria Castellano | Detective Sergeant
A van driver who was looking at his phone when he hit and killed a teenage cyclist has been jailed for six years.
Kieran Bright, 38, of Holm Lane, Dunsford, admitted causing death by dangerous driving at Dunsford Crown Court.
The court heard he had been scrolling through a betting app when his van struck 17-year-old Ethan Fielding on the B3212 in July.
In a victim impact statement, Ethan's mother, Sandra Fielding, said: "⟦d:b:m|Ethan was going to be an engineer. He had a place at college, a girlfriend he adored and a laugh you could hear from the end of the street.⟧
"⟦d:b|Every morning I wake up and for a second I forget. Then I remember. That is my life now.⟧"
Rupert Llewellyn KC, for the defence, said Bright was "⟦p:c|consumed by shame⟧". "⟦d:c|He knows there is no sentence this court can pass that is greater than the one he will carry,⟧" he said.
Jailing him, Judge Helen Oakeshott said: "⟦d:a|You chose to look at a screen rather than the road. Ethan paid for that choice with his life.⟧"
She also banned him from driving for nine years.
Speaking outside court, Detective Sergeant Maria Castellano said: "⟦d:d|A phone call, a text, a bet: none of it is worth a life. I would urge every driver to put their phone away.⟧"

### 057
@a T.J. Barlowe | a cattle rancher whose land borders the creek
@c Dale Kimura | Pinto County's emergency management director
@b Lorena Cárdenas | a Democrat from Ochoa Springs
OCHOA SPRINGS — Flash flooding swept through low-lying neighborhoods here early Saturday, forcing more than 200 residents from their homes and closing a 12-mile stretch of State Route 40.
More than five inches of rain fell in under three hours on already saturated ground, forecasters said.
"⟦d:a|I've lived on this creek my whole life and I've never seen it come up that fast,⟧" said T.J. Barlowe, 58, a cattle rancher whose land borders the creek. "⟦d:a|We got the horses out. We couldn't get to the calves.⟧"
Dale Kimura, Pinto County's emergency management director, said crews had made 37 water rescues by midday. "⟦d:c|Turn around, don't drown. I know people are tired of hearing it, but we pulled four cars out of moving water this morning,⟧" Kimura said.
A shelter has opened at Ochoa Springs High School, where volunteers were handing out cots and hot meals Saturday afternoon.
State Sen. Lorena Cárdenas, a Democrat from Ochoa Springs, toured the damage and said she would ask the governor to declare a disaster. "⟦d:b|These are working families who don't have flood insurance because nobody ever told them they needed it,⟧" Cárdenas said.
"⟦d:b|We're going to make sure they get every dollar of help that's out there.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh23.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh23",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
