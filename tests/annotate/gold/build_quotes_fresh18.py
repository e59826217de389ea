# ruff: noqa: E501
"""Build ``quotes_fresh18.jsonl``: an eighteenth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text: a typical day's output of a
national news website (politics, economy, courts, health, education, environment,
technology, crime, transport, sport, culture, features and world news).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh18-NNN``.

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

Decisions taken in this set on cases the conventions leave open:

* A bare age (``Len Harcastle, 84,``) is not a description; when the only descriptive
  phrase is a definite description at a later cue (``the 23-year-old said``), that is
  the description.
* Professor and Dame are treated like Dr and Sir: dropped from the name, never the
  description. Job titles used as titles (``Chief Fire Officer``, ``chief forecaster``,
  ``Head coach``, ``Education Minister``) and ``Justice`` before a judge's name are role
  titles, hence the description when there is no appositive.
* An organisation speaker takes as description a role phrase standing before its name
  (``the budget airline SkyMerra``, ``The developer, Calloway Homes``) or its
  appositive, as a person does; otherwise null. A statement cued as ``an agency
  statement said`` or ``the post continued`` belongs to the organisation or author
  whose statement or post it is.
* A word or phrase attributed to someone as their characterisation (``accused of
  "…"``, ``called the findings "…"``, ``described the book as "…"``) is ``partial``
  with that person or organisation as speaker, even when the quoted words are short.
* A single shout by an identifiable individual in a crowd (``one woman in the gallery
  shouted``, ``one engineer shouted``) is ``direct`` with a null speaker and that
  description; a chant by the crowd is ``scare``.
* A person introduced with a shared surname (``Pete Galloway and his wife, Sandra``)
  is named by the fullest form written for her, here ``Sandra``.
* Words of a dead person quoted from an earlier interview or letter are ``direct``
  with that person as speaker.
* A quoted phrase relayed by one person as someone else's instruction (``his coach …
  had told him to "…"``) belongs to the person whose words they were.
* In a first-person interview, the writer's own quoted question is ``direct`` with a
  null speaker and description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh18.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh18.jsonl")

PASSAGES = """
### 001
@a Harriet Okonjo-Vale | the finance minister
@b Tomasz Prendergast | the shadow chancellor
@c Leanne Mbatha | chief economist at the Corran Institute
@u - | one backbench MP
The government’s spending plans survived their first parliamentary test on Tuesday night, passing by 31 votes after a day of ill-tempered debate in the Assembly.
Harriet Okonjo-Vale, the finance minister, told MPs the package was “⟦p:a|the only responsible path⟧” out of three years of stagnant growth. “⟦d:a|Nobody in this chamber enjoys asking families to wait,⟧” she said. “⟦d:a|But a country that borrows for its groceries is not a country that is planning for its children.⟧”
The opposition accused her of “⟦p:b|balancing the books on the backs of pensioners⟧”, in the words of the shadow chancellor, Tomasz Prendergast, who led the attack from the dispatch box.
“⟦d:b|The minister talks about children. What she has actually done is freeze the winter fuel supplement for the third year running,⟧” he said. “⟦d:b|Pensioners will not be warmed by her metaphors.⟧”
Several government backbenchers had threatened to rebel over cuts to rural bus subsidies, but a late concession — a £40m transition fund — brought most of them back into line. “⟦d:u|We got what we came for,⟧” one backbench MP said as the division bells rang. “⟦d:u|Not everything, but enough.⟧”
Leanne Mbatha, chief economist at the Corran Institute, said the arithmetic was “⟦p:c|plausible but fragile⟧”. “⟦d:c|The forecasts assume growth of 1.8 per cent next year. If that comes in at one per cent, the minister is back here in the spring with a much harder conversation,⟧” she said.
The bill now passes to the Senate, where the government lacks a majority.

### 002
@a Corinne Delacroix-Abara | the Progress Alliance candidate
@s - | A spokesman for Mr Fitch-Holloway
@c Dennis Oyelaran | a retired signalman who said he had voted National all his life
Supporters waving placards reading "⟦s:-|Westmarsh Deserves Better⟧" packed the Corn Exchange in Halbury on Saturday as the Progress Alliance candidate, Corinne Delacroix-Abara, opened the final week of her campaign.
The crowd chanted "⟦s:-|Co-rinne! Co-rinne!⟧" before she had reached the lectern. "⟦d:a|Ten days ago they told you this seat was safe,⟧" she began. "⟦d:a|Well, I've been knocking on doors in this town for eleven months, and nobody told me it was safe. They told me the surgery closed, the bus stopped coming and the bank became a vape shop.⟧"
Her opponent, Gerald Fitch-Holloway, who has held Westmarsh for the National Party since 2009, did not campaign on Saturday. A spokesman for Mr Fitch-Holloway said the Progress Alliance was "⟦p:s|promising everything and costing nothing⟧".
Delacroix-Abara, a former paramedic, dismissed the criticism. "⟦d:a|They've had fifteen years to cost things,⟧" she told reporters afterwards.
Her campaign has leaned heavily on the closure of the Westmarsh maternity unit in 2022, which she has called "⟦p:a|the day this town stopped being listened to⟧".
Among the crowd was Dennis Oyelaran, 71, a retired signalman who said he had voted National all his life. "⟦d:c|My father would turn in his grave,⟧" he said, laughing. "⟦d:c|But my father never had to wait nine weeks for a GP.⟧"
Polling by Hartwell Research last week put the two candidates within three points of each other.
Fitch-Holloway is expected to hold his own rally in Halbury on Thursday, when the former prime minister Lord Ashwell is due to speak.

### 003
@a Rosalind Achterberg | Judge
@c Fenella Quaid | The prosecutor
@d Owen Blackwood-Reyes | -
@e Sapphire Logistics | -
A former finance director who siphoned £2.3m from a haulage firm to pay for luxury holidays and shares in racehorses has been jailed for six years.
Marcus Ileto, 52, of Cheltmoor, admitted 14 counts of fraud by abuse of position at Easthaven Crown Court in March. He had worked at Sapphire Logistics for nineteen years.
Sentencing him on Thursday, Judge Rosalind Achterberg said he had “⟦p:a|betrayed people who trusted you with their livelihoods⟧”. “⟦d:a|You were not driven by desperation. You were driven by appetite,⟧” she told him. “⟦d:a|Every month for six years you made a choice, and every month you chose yourself.⟧”
The prosecutor, Fenella Quaid KC, told the court that the money had been moved through 41 invoices to a shell company registered to Ileto’s brother-in-law, who was not charged. “⟦d:c|This was patient, methodical dishonesty,⟧” she said.
Owen Blackwood-Reyes, who represented Ileto, said his client was “⟦p:d|profoundly ashamed⟧” and had already sold his home to repay part of the sum. “⟦d:d|He does not ask for sympathy. He asks the court to recognise that he has begun to put right what he did,⟧” he said.
Ileto, who wore a grey suit, showed no emotion as he was led to the cells.
In a statement, Sapphire Logistics said the fraud had forced it to delay pay rises for its 300 drivers. “⟦d:e|We are relieved this chapter is closed and grateful to the police for their work,⟧” the company said.

### 004
@a North Lennox Health Board | -
@b Aoife Ní Bhriain | regional secretary of the Nurses' Guild
Patients in North Lennox are waiting an average of 61 weeks for hip and knee replacements, the longest wait in the country, new figures show.
North Lennox Health Board said it was "⟦p:a|acutely aware⟧" of the delays and had opened two extra theatre sessions a week at Kilbride General. "⟦d:a|We apologise to every patient who is waiting longer than they should,⟧" the board said in a statement.
Aoife Ní Bhriain, regional secretary of the Nurses' Guild, said the extra sessions would be staffed by nurses already working overtime. "⟦d:b|You cannot open theatres with goodwill. We are running on fumes,⟧" she said.

### 005
@a Rui Cardoso | the Harrowgate manager
@b Kwame Asante-Boateng | the 23-year-old
@c Dale Rutherford | Brenton Vale manager
Harrowgate moved to within two points of the top of the table after Kwame Asante-Boateng’s second-half double earned a 2-1 win at Brenton Vale.
The home side led through Ilkka Saarinen’s header after 19 minutes, but Asante-Boateng equalised from the penalty spot on the hour and curled in the winner with four minutes left.
“⟦d:b|I’ve been waiting for a game like this since I came back from the knee,⟧” the 23-year-old said. “⟦d:b|Eight months is a long time to watch from the stand. Tonight I just wanted to be brave.⟧”
Rui Cardoso, the Harrowgate manager, was less effusive. “⟦d:a|We were poor in the first half — slow, scared, passing sideways,⟧” he said. “⟦d:a|I told them at half-time that if they wanted to play like tourists, I could arrange the flights.⟧”
Asked whether his side could win the title, the Portuguese smiled. “⟦d:a|Ask me in May.⟧”
Brenton Vale manager Dale Rutherford insisted the penalty, awarded after Saarinen was judged to have handled, should never have been given. “⟦d:c|It hits his shoulder. I’ve watched it ten times and it hits his shoulder,⟧” he said. “⟦d:c|We’ll write to the league, for all the good it does.⟧”
Rutherford said Saarinen had a hamstring strain and would miss Saturday’s trip to Coldwater.

### 006
@a Élodie Marchetti-Roux | Belleterre’s foreign minister
@b Paul-Henri Mbeki-Lavoie | leader of the nationalist Rassemblement party
@c Marie-Josée Talbot | -
@u - | A Kaldorian government spokesman
From our correspondent in Port-Sainte-Anne
Belleterre’s government has refused to expel Kaldorian diplomats despite mounting pressure from its own coalition partners over a border incident in which two fishermen were detained.
Élodie Marchetti-Roux, Belleterre’s foreign minister, was blunt when she spoke to reporters on Wednesday. «⟦d:a|Nous ne fermerons pas la seule porte qui reste ouverte,⟧» she said — «⟦d:a|we will not close the only door that is still open.⟧»
The two fishermen, from the village of Saint-Ombre, have been held in the Kaldorian port of Vesk since Sunday. Kaldoria says they were fishing illegally inside its waters; Belleterre says they were two nautical miles outside.
Paul-Henri Mbeki-Lavoie, leader of the nationalist Rassemblement party, accused the minister of weakness. «⟦d:b|Quand on arrête nos pêcheurs, on ne répond pas par des communiqués,⟧» he told the radio station Onde Nord. «⟦d:b|When they arrest our fishermen, you do not answer with press releases.⟧»
The Rassemblement’s twelve deputies prop up the coalition, and Mbeki-Lavoie has hinted that their support is not unconditional.
The fishermen’s families gathered outside the ministry on Wednesday evening. Marie-Josée Talbot, whose son Yannick is one of the two men, said she had not heard his voice in four days. «⟦d:c|Je veux juste qu’il rentre,⟧» she said. «⟦d:c|I just want him home.⟧»
A Kaldorian government spokesman said the men were «⟦p:u|being treated well⟧» and would appear before a magistrate on Friday.

### 007
@a Tessellate | the cloud-software company
@b Priyanka Raghunathan | chief executive
@c - | one engineer in the Larkhill office who asked not to be named
@d Graham Tuohy | an analyst at Corbel Securities
@e Marisol Etxeberria | a partner at the workplace consultancy Fernbank
Tessellate, the cloud-software company, is to cut 1,400 jobs, about 12 per cent of its workforce, as it shifts spending towards artificial intelligence.
In a memo to staff seen by this website, chief executive Priyanka Raghunathan wrote that the decision was "⟦p:b|the hardest I have made⟧" in her six years in charge. "⟦d:b|We grew too fast in the good years and we built teams around products that customers no longer want,⟧" she wrote. "⟦d:b|That is on me, not on the people who are leaving.⟧"
Raghunathan, who founded the company in a spare bedroom in 2009, told staff she would take no bonus this year.
The company said affected employees would receive at least four months' pay and that the cuts would fall mostly on sales and marketing. "⟦d:a|We remain committed to our offices in Larkhill, Castlebridge and Port Ardel,⟧" Tessellate said.
Staff learned of the cuts through a 15-minute video call on Tuesday morning. "⟦d:c|They didn't take questions. The chat was switched off,⟧" said one engineer in the Larkhill office who asked not to be named. "⟦d:c|Half of us found out whether we still had jobs from an automated email an hour later.⟧"
Shares in Tessellate rose 6 per cent in early trading. Graham Tuohy, an analyst at Corbel Securities, said investors had been waiting for the company to "⟦p:d|stop pretending it is still a start-up⟧". "⟦d:d|This is a mature business with mature margins. The market likes that it is finally behaving like one,⟧" he said.
Not everyone was convinced. Marisol Etxeberria, a partner at the workplace consultancy Fernbank, said the company risked losing "⟦p:e|the people who actually know how the product works⟧". "⟦d:e|Every tech firm says it is cutting the fat. Eighteen months later they are paying contractors twice as much to rebuild what they threw away,⟧" she said.

### 008
@a Sunita Okafor | Detective Inspector
@b Len Harcastle | -
Police in Tamsbury have arrested two teenagers after a string of night-time burglaries in which elderly residents were targeted in their homes.
Detective Inspector Sunita Okafor said officers had linked the pair to at least nine break-ins across the Millfield estate since January. “⟦d:a|These were frightening crimes committed against people who should feel safest in their own beds,⟧” she said.
The boys, aged 16 and 17, cannot be named for legal reasons. They were released on bail pending further inquiries.
Len Harcastle, 84, whose bungalow on Orchard Rise was broken into in February, said he still slept with a cricket bat beside the bed. “⟦d:b|I’m not daft, I know I couldn’t swing it,⟧” he said. “⟦d:b|But it makes me feel better.⟧”

### 009
@a Ciarán Mac Giolla Phádraig | the union's general secretary
@b Northline Rail | -
@c Devika Sharma | the transport secretary
@d Hannah Lowe | a nurse at St Columba's Hospital who commutes from Dunmere
@e Owain Pritchard | The shadow transport secretary
Train drivers on Northline Rail will strike for 48 hours from next Thursday after talks over pay and rostering collapsed.
It will be the third walkout on the network since the autumn, and the first to include weekend services.
The Rail Transport Union said 89 per cent of its members had backed action on a turnout of 76 per cent. Ciarán Mac Giolla Phádraig, the union's general secretary, said the company had "⟦p:a|walked away from the table with a pay offer that would embarrass a charity shop⟧". "⟦d:a|Our members have not had a real-terms rise since 2019. They are tired of being thanked and not paid,⟧" he said.
Northline Rail said it was "⟦p:b|deeply disappointed⟧" and urged the union to put its latest offer, a 4.5 per cent rise over two years, to members. "⟦d:b|We will run as many services as we can, but passengers should expect severe disruption and only travel if necessary,⟧" the operator said.
Devika Sharma, the transport secretary, said the strike was "⟦p:c|unjustified⟧" and that ministers would not intervene. "⟦d:c|This is a matter for the company and the union. My message to both is simple: get back in the room,⟧" she said.
The shadow transport secretary, Owain Pritchard, said the government had "⟦p:e|washed its hands⟧" of the dispute. "⟦d:e|Ministers set the budget, ministers appoint the board, and then ministers say it is nothing to do with them,⟧" he said.
For Hannah Lowe, a nurse at St Columba's Hospital who commutes from Dunmere, the news meant arranging childcare for two days. "⟦d:d|I'll probably drive and pay the parking, which is twenty quid a day,⟧" she said. "⟦d:d|Nobody's asking what this does to us.⟧"

### 010
@a Morag Sinclair-Dunn | -
@b Isla | Her granddaughter
For thirty-one years, Morag Sinclair-Dunn climbed the 147 steps of the Carrach Point lighthouse twice a night. She is 88 now, and the light was automated in 1998, but she still wakes at two in the morning.
“⟦d:a|Your body doesn’t forget,⟧” she says, sitting in the kitchen of the keeper’s cottage she was allowed to keep when the job ended. “⟦d:a|I lie there and I think, has the lamp turned? And then I remember it’s a machine’s business now.⟧”
She came to Carrach in 1967 as the wife of the assistant keeper, Alasdair, who died in 2011. When the principal keeper fell ill in 1971, she took over his watches, unpaid at first.
“⟦d:a:m|The Board didn’t know what to do with me. There was no form for a woman keeper. So for two years I was officially ‘assisting my husband’, which was a lie, because he was assisting me.⟧
“⟦d:a|Eventually a man came up from the capital, watched me trim the wick, and wrote something in a little book. The next month I had a salary.⟧”
Her granddaughter, Isla, is writing a book about her. “⟦d:b|She tells the storms like other people tell weddings,⟧” Isla said. “⟦d:b|Every one has a date and a name and a guest list of ships.⟧”
Morag is unimpressed by the attention. “⟦d:a|I kept a light. That’s all. Plenty of people keep a light,⟧” she said, and then, after a pause: “⟦d:a|Not many do it for thirty-one years, mind.⟧”

### 011
@a Bartholomew Osei | Education Minister
@b Gwendolyn Price-Harris | the headteacher
@c Zainab Haddad | -
@d Joint Examinations Council | -
The proportion of A-level entries awarded the top two grades fell for the second year in a row, as the exams regulator continued to unwind the generous marking of the pandemic years.
The Joint Examinations Council said 26.4 per cent of entries were graded A or A*, down from 27.2 per cent last year. "⟦d:d|Grades this summer are broadly in line with pre-pandemic standards, which is what we said we would deliver,⟧" the council said.
Education Minister Bartholomew Osei congratulated students and said the results showed "⟦p:a|a system that is stable and fair⟧". "⟦d:a|Every one of these grades was earned,⟧" he said.
At Lowther Academy in Brackley, where 40 per cent of students receive free school meals, the headteacher, Gwendolyn Price-Harris, said the fall hurt schools like hers most. "⟦d:b|The kids who lose out at the margins are never the ones with tutors,⟧" she said.
Zainab Haddad, 18, opened her envelope with her mother and two younger brothers watching. She got an A in chemistry and two Bs, enough for her place to study pharmacy at Kellingford. "⟦d:c|I was shaking so much my brother had to read it out,⟧" she said. "⟦d:c|Then everybody screamed and a teacher came running because she thought someone had fainted.⟧"

### 012
@a Rivers and Coasts Agency | -
@b Tobias Fairweather-Lund | a beef farmer at Low Ings
@c Jocelyn Abernathy | the MP for Ribbleside
Plans to let the River Senn flood 400 hectares of farmland in order to protect the town of Marlow Cross have been approved, despite objections from farmers who say they will lose their livelihoods.
The Rivers and Coasts Agency said the scheme would cut flood risk for 2,300 homes and was “⟦p:a|the most cost-effective option by a wide margin⟧”. Landowners will be compensated under a 25-year agreement.
“⟦d:a|We understand this is a difficult change for the farming families involved, and we will continue to work closely with them,⟧” an agency statement said.
Tobias Fairweather-Lund, a beef farmer at Low Ings, will see two-thirds of his grazing land turned into floodplain. “⟦d:b|They call it compensation. I call it being paid to watch my farm drown,⟧” he said.
“⟦d:b:m|My grandfather drained those fields with his own hands in 1952. Now a man from an agency who has never stood in them tells me they were always meant to be wet.⟧
“⟦d:b|Maybe he’s right. But it’s my family that pays for being wrong.⟧”
Jocelyn Abernathy, the MP for Ribbleside, said she had asked ministers to review the compensation terms. “⟦d:c|Marlow Cross needs protecting, nobody disputes that,⟧” she said. “⟦d:c|But the people upstream should not be asked to carry the cost alone.⟧”

### 013
@a Anouk Verstraeten | Belgian director
@b Jaxon Reyes-Whitlock | Its star
A seven-minute standing ovation greeted "⟦s:-|The Salt Road⟧" at the opening night of the Hallstrand Film Festival on Friday, and left its director close to tears.
"⟦d:a|I have been making this film for nine years. For most of those years nobody wanted it,⟧" said Belgian director Anouk Verstraeten, 46, on the red carpet. "⟦d:a|Tonight I feel like a person who has carried a piano up a mountain and found there is a party at the top.⟧"
The film follows a family of salt harvesters on the Flemish coast over three generations. Its star, Jaxon Reyes-Whitlock, best known as the wisecracking pilot "⟦s:-|Hotshot⟧" in the Skyguard franchise, learned Dutch for the role.
"⟦d:b|Anouk sent me forty pages of phonetics and a voice note that said, 'Good luck,'⟧" Reyes-Whitlock joked. "⟦d:b|I thought I was going to get fired in week one. I nearly did.⟧"

### 014
@a Roderick Ansah | The chair of the judges
@b Harbinger Books | Your publisher
@c Karin | my sister
The novelist Ingrid Solheim-Baptiste has won the Carraway Prize for "⟦s:-|Low Water⟧", her fourth book, the story of two sisters who run a ferry across a northern fjord. She spoke to our books editor.
The chair of the judges, Roderick Ansah, said: "⟦d:a|This is a book about the weather and it is also about everything else. We could not stop arguing about it, which is always the sign.⟧"
Q: The sisters barely speak to each other for the first hundred pages. Was that deliberate?
A: Completely. My own sister and I once went a whole winter communicating through our mother. I wanted to see how long a reader would tolerate silence.
Q: Your publisher, Harbinger Books, described the novel as "⟦p:b|a thriller disguised as a weather report⟧". Do you agree?
A: I laughed when I saw that. But yes. The weather is the villain.
Q: What did you do when you heard you had won?
A: I rang my sister, Karin. She said, "⟦d:c|Well, now you'll have to be nice to me in the next one.⟧"
Q: Will you be?
A: Absolutely not.

### 015
@a Mireille Okonkwo-Strand | The bank's governor
@b Reserve Bank | -
@c Felix Adeyemi-Marsh | chief economist at Langholm Partners
@d Sophie Lindqvist | a mortgage broker in Carden
@e Prakash Venkataraman | one of the two members who voted for a cut
The Reserve Bank held interest rates at 4.25 per cent on Thursday but signalled that cuts could come as soon as the spring, sending the currency to a three-month low.
In its statement, the bank said inflation was "⟦p:b|falling broadly as expected⟧" and that the committee would "⟦p:b|look through⟧" a temporary rise in energy prices. Seven of the nine members voted to hold; two wanted an immediate cut.
Prakash Venkataraman, one of the two members who voted for a cut, wrote in a blog post last month that high rates were "⟦p:e|doing damage that will take years to show up⟧".
The bank's governor, Mireille Okonkwo-Strand, told a press conference that the committee was "⟦p:a|not in a hurry, but not asleep either⟧". "⟦d:a|We have come a long way. The last part of the journey is the part where you are most tempted to declare victory too early,⟧" she said.
Asked by a reporter whether a cut in March was likely, she replied: "⟦d:a|I'm not going to give you a date. I am going to give you a direction.⟧"
Felix Adeyemi-Marsh, chief economist at Langholm Partners, said markets had heard the message clearly. "⟦d:c|That was about as dovish as a hold gets. I'd put March at better than even money,⟧" he said.
Sophie Lindqvist, a mortgage broker in Carden, said clients had been holding off remortgaging. "⟦d:d|People are sitting on their hands waiting for the cut. Today won't change that,⟧" she said.
The next rate decision is due on 6 March.

### 016
@a Haruto Kisaragi | the 19-year-old qualifier ranked 211th in the world
@b Lukas Brandstätter | the fourth seed
@c Kenji Morooka | his coach
Haruto Kisaragi, the 19-year-old qualifier ranked 211th in the world, produced the shock of the tournament at the Marlborough Open on Wednesday, beating the fourth seed, Lukas Brandstätter, 7-6, 3-6, 7-5.
Kisaragi, who had never won a match at a tour-level event before this week, fell to his knees after Brandstätter’s final forehand sailed long.
Morooka, watching from the players’ box, was in tears at match point.
Speaking through an interpreter, he said: “⟦d:a|I only wanted to not be embarrassed. Now I do not know what to do with my evening.⟧”
He said his coach, Kenji Morooka, had told him before the match to “⟦p:c|play like nobody is watching⟧”.
“⟦d:a|So I imagined the stadium was empty. It was difficult because it was very loud,⟧” Kisaragi added, to laughter.
Brandstätter, who had a medical time-out for a back problem in the second set, refused to use the injury as an excuse. “⟦d:b|He played better on the big points. That’s tennis,⟧” the Austrian said. “⟦d:b|If I’m on court, I’m fit. End of story.⟧”
Kisaragi will play Tomás Echeverría in the quarter-finals on Friday.

### 017
@a Theodora Quist | the jazz pianist
@b Marcus Delaney-Ford | The bassist
@c Philippa Quist-Ansah | Her daughter
Theodora Quist, the jazz pianist, has died at 91. Her 1974 album "⟦s:-|Harbour Lights at Dawn⟧" was one of the best-selling instrumental records of the decade.
She died peacefully at home in Wexham on Sunday, her family said.
Born above a fish shop in Gransport, Quist taught herself to play on a church harmonium. She once told an interviewer that she had "⟦p:a|learned harmony from hymns and rhythm from the fish market⟧".
"⟦d:a|The men shouting prices had better timing than any drummer I ever worked with,⟧" she said in a 1989 radio interview.
The bassist Marcus Delaney-Ford, who played with her for 22 years, recalled her as "⟦p:b|ferociously kind⟧". "⟦d:b|She would tear you apart in rehearsal and then drive you home and make you soup,⟧" he said. "⟦d:b|Every musician who worked with her got better. Every single one.⟧"
Her daughter, Philippa Quist-Ansah, said in a statement: "⟦d:c|Mum played until the week before she died. Her hands were the last thing to get old.⟧"

### 018
@a Imogen Harker-Stowe | the council's planning chair
@w - | one woman in the gallery
@b Rashid Benali | chair of the Friends of Ashcombe Meadow
@c Calloway Homes | The developer
Councillors in Ashcombe have approved 280 homes on a meadow that campaigners had hoped to protect as a village green, after a four-hour meeting that ended in uproar in the public gallery.
The planning committee voted 6-4 in favour. Cllr Imogen Harker-Stowe, the council's planning chair, said the district had ``⟦p:a|no lawful basis⟧'' to refuse. ``⟦d:a|I understand the strength of feeling. But we are bound by the local plan, and the local plan allocates this site for housing,⟧'' she said.
As the result was read out, one woman in the gallery shouted ``⟦d:w|Shame on every one of you!⟧'' and was escorted from the chamber.
Rashid Benali, chair of the Friends of Ashcombe Meadow, said the group would seek a judicial review. ``⟦d:b|This is not over. It is not even half-time,⟧'' he said.
The developer, Calloway Homes, said 35 per cent of the homes would be affordable. ``⟦d:c|Ashcombe has some of the highest house prices in the county relative to local wages. These homes are for the people who grew up here and cannot afford to stay,⟧'' the company said.

### 019
@a Saffron Ellery-Boateng | The singer
@b Theo Marchbanks | -
@r - | A representative for the couple
The singer Saffron Ellery-Boateng has announced her engagement to the Olympic rower Theo Marchbanks with a photograph of the couple in a rowing boat at sunrise.
“⟦d:a|He proposed in the middle of a lake at 5am, which tells you everything about who I’m marrying,⟧” the 29-year-old wrote on social media. “⟦d:a|I said yes before he finished the question.⟧”
Marchbanks, who won silver in the double sculls at the last Games, replied beneath the post: “⟦d:b|To be fair, the question was long.⟧”
A representative for the couple said no date had been set but that the wedding would be “⟦p:r|small, and on dry land⟧”.

### 020
@a Katharina Brückner-Oyelowo | Aldmark's environment minister
@b Teuila Fa'amausili | the lead negotiator for the Pacific island states
@c Hamid Zarghami | Persara's chief negotiator
@d - | one European diplomat
Negotiators at the Tallbrook climate summit worked through the night on Friday after talks on a new fund for coastal nations stalled over who should pay into it.
The draft text circulated at 3am contained 41 sets of square brackets — the marks negotiators use to indicate unresolved wording — including around the word "⟦s:-|obligation⟧".
Teuila Fa'amausili, the lead negotiator for the Pacific island states, said the bloc would not accept voluntary contributions. "⟦d:b|We did not fly eleven thousand kilometres to be offered a collection plate,⟧" she said. "⟦d:b|Our islands are not a charity case. They are a bill that has come due.⟧"
Aldmark's environment minister, Katharina Brückner-Oyelowo, emerged from a closed session just before dawn. "⟦d:a|Wir sind nah dran, aber noch nicht da,⟧" she told Aldmark's public broadcaster — "⟦d:a|we are close, but not there yet.⟧"
She later told reporters in English that her government was prepared to "⟦p:a|move on the language⟧" if large emerging economies agreed to contribute.
That condition has been rejected by a group of fast-growing economies led by Persara. Hamid Zarghami, Persara's chief negotiator, said it turned history upside down. "⟦d:c|Those who filled the atmosphere for two hundred years now ask those who arrived late to share the bill. This is not fairness,⟧" he said.
"⟦d:d|Everyone knows where the landing zone is. The question is who blinks first,⟧" one European diplomat said, speaking on condition of anonymity.
The summit had been scheduled to close at 6pm on Friday.

### 021
@a Mathieu Van Landeghem | the 27-year-old
@b Sorcha Devlin | His team director
Mathieu Van Landeghem took the leader’s jersey at the Tour of the Highlands after a solo attack on the final climb of stage five to Glenbrae.
The Belgian crossed the line 38 seconds ahead of the chasing group. “⟦d:a|I felt the others were suffering on the lower slopes, so I tried. Sometimes you try and you die. Today I didn’t die,⟧” the 27-year-old said.
His team director, Sorcha Devlin, said the plan had been to wait until the last kilometre. “⟦d:b|He ignored the radio completely. I’ll shout at him tomorrow,⟧” she said. “⟦d:b|Tonight he can have a beer.⟧”

### 022
@a Philomena Ashdown-Grey | The senior coroner for Wyre and Brackendale
@b Daniel Okereke | Samuel's father
@c Brackendale Leisure Trust | -
@e Tyler Bannerman | One of the lifeguards
A 14-year-old boy who drowned at a council-run swimming pool died after lifeguards failed to notice him at the bottom of the deep end for nearly four minutes, an inquest has found.
Samuel Okereke, a pupil at Hillcroft School, had been at Brackendale Leisure Centre with friends on 9 August last year.
The senior coroner for Wyre and Brackendale, Philomena Ashdown-Grey, recorded a narrative conclusion. "⟦d:a|Samuel's death was contributed to by inadequate supervision,⟧" she said. "⟦d:a|Of the two lifeguards on duty, one was not in position and the other had been on the poolside, without a break, for three hours.⟧"
One of the lifeguards, Tyler Bannerman, told the inquest last week that he had been "⟦p:e|watching the shallow end because that's where the kids mess about⟧".
She said she would write a prevention of future deaths report to the operator, Brackendale Leisure Trust, and to the Department for Culture.
Speaking outside the court, Samuel's father, Daniel Okereke, said the family had waited 14 months for answers. "⟦d:b|Samuel was a strong swimmer. He should have come home that afternoon. Today we heard why he didn't, and it is worse than we imagined,⟧" he said.
Brackendale Leisure Trust said it had retrained all its lifeguards and installed a camera system that alerts staff to motionless swimmers. "⟦d:c|We are profoundly sorry. We failed Samuel and his family,⟧" the trust said.
The trust, which runs six pools on behalf of the district council, has since suspended the centre's duty manager.

### 023
@a Anneke van der Berg | an immunologist at the Hollis Institute who led the study
@b Rafael de la Cruz Ortega | -
@c Meridian Biologics | -
An experimental vaccine against norovirus, the winter vomiting bug, cut infections by almost two-thirds in a trial involving 4,800 adults, researchers said on Monday.
Dr Anneke van der Berg, an immunologist at the Hollis Institute who led the study, said the result was “⟦p:a|better than any of us dared to write in the grant application⟧”.
“⟦d:a|Norovirus is often dismissed as a nuisance, but it kills around 200,000 people a year worldwide, most of them young children and older adults,⟧” she said. “⟦d:a|A vaccine that works even moderately well would be a very big deal.⟧”
Van der Berg cautioned that the trial had not included anyone under 18, and that protection appeared to wane after about a year.
Professor Rafael de la Cruz Ortega, of Sunbury University, who was not involved in the research, called the findings “⟦p:b|genuinely encouraging⟧” but said the waning was a concern. “⟦d:b|We may end up with something like the flu jab — an annual shot. That is not a failure, but it changes the economics,⟧” he said.
Meridian Biologics, which developed the vaccine, said it would apply for approval next year. “⟦d:c|We are moving as fast as the evidence allows,⟧” the company said.

### 024
@a Rhodri Llewellyn-Tate | The housing minister
@b Amara Nwosu-Kent | the prime minister
@c - | A government source
The housing minister, Rhodri Llewellyn-Tate, resigned on Sunday night, saying he could no longer defend the government's decision to scrap its target of 300,000 new homes a year.
In a letter to the prime minister published on social media, he wrote:
"⟦d:a:m|It has been the privilege of my life to serve in your government. But I came into politics to get homes built, and I cannot in good conscience stand at the despatch box and argue that a target we have missed is a target we no longer need.⟧
"⟦d:a:m|Young families in my constituency are paying more than half their income in rent. They were promised a ladder. They deserve better than to be told the ladder was never the point.⟧
"⟦d:a|I will continue to support the government from the back benches.⟧"
In her reply, the prime minister, Amara Nwosu-Kent, thanked him for his "⟦p:b|energy and conviction⟧" and said the government remained "⟦p:b|absolutely committed to getting the country building⟧". "⟦d:b|Your work on planning reform will outlast both of us,⟧" she wrote.
A government source was less generous. "⟦d:c|Rhodri has been looking for the exit for months. This gave him a nice door to walk through,⟧" the source said.

### 025
@a Noor Al-Saadi | its chief executive
@b Beatriz Quintela | -
@c Harlan Voss | a partner at Greywater Ventures
Loomwise, an Aldergate start-up that uses computer vision to spot defects in fabric, has raised £18m in a funding round led by Greywater Ventures.
The company was founded in 2021 by Noor Al-Saadi, its chief executive, and Beatriz Quintela, who runs engineering. The two met while working night shifts at a textile mill in Holme Bridge.
"⟦d:a|Beatriz was the only person in the building who complained about the defect rate more than I did,⟧" Al-Saadi said. "⟦d:a|So I asked her to start a company with me, at four in the morning, next to a loom.⟧"
Loomwise's software is already used by 30 mills, and the company says it has cut waste by up to a fifth at some of them.
Quintela remembers it differently. "⟦d:b|She asked me to help her with a spreadsheet. The company came later,⟧" she said, laughing.
The money will be used to hire 40 engineers and open an office in Braçal, the town where Quintela grew up. "⟦d:b|There is still a real textile industry there, and they have exactly our problem,⟧" she said.
Harlan Voss, a partner at Greywater Ventures, said the firm had been "⟦p:c|stalking⟧" the founders for a year. "⟦d:c|They are the rare team that has actually stood on a factory floor. You can't fake that,⟧" he said.
Greywater Ventures also backed Pellworth, the grocery-delivery firm that collapsed last year.

### 026
@a Jordan Mensah-Hale | the 34-year-old
@c Anil Deshpande | the prosecutor
@b Chloe Barraclough | a bar worker who had been smoking outside the club
A man accused of murdering a doorman outside a Fenwick nightclub has told jurors he only drew a knife after being “⟦p:a|punched to the ground and kicked in the head⟧”.
Jordan Mensah-Hale, 34, denies murdering Curtis Webb, 41, outside the Velvet Room on Canal Street on 3 March.
Giving evidence at Fenwick Crown Court on Tuesday, the 34-year-old said he had been carrying the knife because he had been threatened by a former associate. “⟦d:a|I’m not proud of it. I was scared all the time back then,⟧” he told the court.
“⟦d:a|When I was on the floor I thought, this is it, they’re going to kill me. I didn’t think about the knife. It was just in my hand.⟧”
Under cross-examination, the prosecutor, Anil Deshpande KC, put it to him that CCTV showed him standing when the fatal blow was struck. “⟦d:c|You weren’t on the floor at all, were you, Mr Mensah-Hale?⟧” he asked.
“⟦d:a|I was getting up. It was all in seconds,⟧” the defendant replied.
Earlier, the jury heard from Chloe Barraclough, a bar worker who had been smoking outside the club. She said the defendant had been “⟦p:b|shouting and squaring up⟧” before any punch was thrown. “⟦d:b|Curtis just put his hand out to keep him back. That’s all I saw him do,⟧” she said.
The trial continues.

### 027
@a Tane Whaanga | Ospreyvale captain
@b Gareth Pryce-Jenkins | Head coach
@c Aurélien Castagnède | Corbières coach
Ospreyvale are through to the semi-finals of the Continental Cup after a bruising 23-20 win over Corbières, secured by a penalty from replacement fly-half Iwan Probert with the last kick of the game.
"⟦d:a|I couldn't watch. I was looking at the grass,⟧" admitted Ospreyvale captain Tane Whaanga. "⟦d:a|Then I heard the noise and I knew. Iwan's ice cold. He'll tell you he wasn't nervous, and he'll be lying.⟧"
Head coach Gareth Pryce-Jenkins praised his pack, which won four scrum penalties. "⟦d:b|That's where the game was won. Not the last kick — the eighty minutes before it,⟧" he said.
Corbières coach Aurélien Castagnède was furious about the decision, which penalised his flanker for offside at the final ruck. "⟦d:c|My player is on his feet, he is onside, and the referee is thirty metres away,⟧" he said. "⟦d:c|I have great respect for Ospreyvale. I have less respect for this decision.⟧"

### 028
@a Margit Halvorsen | -
@b Ingrid Lamb | -
@c Kristin | Margit’s daughter
When the door opened, neither woman spoke for a long moment.
“⟦d:a|You have my nose,⟧” Margit said at last.
“⟦d:b|You have my whole face,⟧” Ingrid replied.
Margit Halvorsen and Ingrid Lamb were born twenty minutes apart in a mother-and-baby home in Kessock in 1957 and adopted by different families. Neither knew the other existed until a DNA test, bought as a birthday present, matched them in March.
Both are retired — Margit was a dental nurse, Ingrid a primary school teacher — and both, it turns out, hate coriander, married men called Peter and keep budgerigars.
“⟦d:b|The budgies are the bit that got me,⟧” Ingrid said afterwards. “⟦d:b|Coriander, fine, lots of people hate coriander. But budgies?⟧”
Margit’s daughter, Kristin, who organised the meeting, said her mother had cried every day for a week after the result arrived. “⟦d:c|She kept saying, ‘I always knew there was someone missing,’⟧” Kristin said.
They plan to spend Christmas together. “⟦d:a|Sixty-seven years late,⟧” Margit said. “⟦d:a|But not too late.⟧”

### 029
@a Esperanza Villanueva Ruiz | Valdoria’s opposition leader
@b Joaquín Ibarra de la Peña | the incumbent
@c - | an international election observer who asked not to be named
@e Rodrigo Salcedo | Ibarra’s campaign manager
From our correspondent in San Telmo
Valdoria’s opposition leader, Esperanza Villanueva Ruiz, claimed victory in Sunday’s presidential election before a single official result had been published, setting up a tense standoff with the incumbent, Joaquín Ibarra de la Peña.
Addressing thousands of supporters in the capital’s Plaza de la Constitución, Villanueva said: «⟦d:a|El pueblo ha hablado y ha hablado claro.⟧» (“⟦d:a|The people have spoken, and spoken clearly.⟧”)
Ibarra, 71, who is seeking a third term, called the claim “⟦p:b|irresponsible and premature⟧”. In a televised address, he urged calm: «⟦d:b|Esperemos los números. Los números no mienten.⟧» (“⟦d:b|Let us wait for the numbers. Numbers do not lie.⟧”)
Ibarra’s campaign manager, Rodrigo Salcedo, told reporters that the government had “⟦p:e|its own numbers⟧” showing a far closer race. “⟦d:e|Nobody should be dancing in the plazas yet,⟧” he said.
The electoral tribunal said a first count would be published by midnight. Early tallies from independent monitors suggested Villanueva was ahead by about six points.
“⟦d:c|The process on the day was broadly orderly. What happens in the next 48 hours matters more,⟧” said an international election observer who asked not to be named. The observer mission has not yet issued its report.

### 030
@a Halbrook Building Society | -
@b Nadia Ferreira-Cole | the society's chief economist
Average house prices rose 0.6 per cent in October, the fastest monthly increase in almost two years, according to the Halbrook Building Society.
The typical home now costs £287,400, the lender said. "⟦d:a|Activity has picked up across every region we cover, led by the north-west,⟧" it added.
"⟦d:b|Buyers have clearly decided that mortgage rates have peaked, and they are acting on it,⟧" said Nadia Ferreira-Cole, the society's chief economist. "⟦d:b|Whether that optimism survives a winter of high energy bills is another matter.⟧"

### 031
@a SkyMerra | the budget airline
@b Caoimhe Doherty | -
@c Ravindra Pillai | the airline’s chief operating officer
@d - | A spokeswoman for Carrick Airport
Thousands of passengers were stranded at Carrick Airport on Saturday after an IT failure forced the budget airline SkyMerra to cancel more than 120 flights.
SkyMerra said the problem, which affected its check-in and boarding systems, had been caused by “⟦p:a|a faulty software update from a third-party supplier⟧” and was not the result of a cyber-attack.
The airline said most of its systems were back online by Saturday evening, but warned of knock-on delays on Sunday.
Caoimhe Doherty, who was due to fly to Santa Lucía del Mar for her sister’s wedding, spent nine hours in the departures hall. “⟦d:b|Nobody told us anything. We found out the flight was cancelled from a man who had read it on his phone,⟧” she said.
“⟦d:b|The wedding is tomorrow. I’m a bridesmaid. I’ve got the dress in my hand luggage and nowhere to go.⟧”
Ravindra Pillai, the airline’s chief operating officer, apologised in a video posted on social media. “⟦d:c|This is not the service our customers expect and it is not the service we expect of ourselves,⟧” he said. “⟦d:c|Our teams have been working through the night.⟧”
A spokeswoman for Carrick Airport said it had opened an extra lounge and handed out water and snacks. “⟦d:d|We are doing everything we can to support the airline,⟧” she said.
Passengers whose flights were cancelled are entitled to a refund or rebooking and, in some cases, compensation of up to £350.

### 032
@a Felicity Umeh | the children's commissioner
@m - | One mother quoted in the report
@b Department of Schools | -
One in five secondary school pupils has been bullied online in the past year, and most never told an adult, according to a report by the children's commissioner.
Felicity Umeh, the children's commissioner, said schools were "⟦p:a|fighting a 24-hour problem with a nine-to-half-past-three toolkit⟧".
"⟦d:a|Bullying used to stop at the school gate. Now it follows children into their bedrooms and it never switches off,⟧" she said. "⟦d:a|We are asking teachers to police something that mostly happens while they are asleep.⟧"
The report, "⟦s:-|Always On⟧", is based on a survey of 6,200 pupils and interviews with 40 families.
One mother quoted in the report described finding her 13-year-old son's phone full of messages telling him to kill himself. "⟦d:m|He'd been getting them for months. He kept saying he was tired,⟧" she said.
The Department of Schools said it would "⟦p:b|study the recommendations carefully⟧" and pointed to new guidance on phones in schools issued in September.

### 033
@a Ottilie Brandt-Mensah | the exhibition's curator
@c Agnes Moncrieff | the painter
@b Hamish Corrie | a fisherman whose grandmother appears in several of the paintings
The first major retrospective of the painter Agnes Moncrieff in forty years opens at the Farrow Gallery in Dunmore this weekend, bringing together 120 works including her celebrated ``⟦s:-|Herring Girls, Ebb Tide⟧''.
Moncrieff, who died in 1961, was largely forgotten after her death. ``⟦d:a|She was written out of the story because she was a woman working in a fishing town rather than a man working in the capital,⟧'' said the exhibition's curator, Ottilie Brandt-Mensah. ``⟦d:a|Once you see the paintings together, you can't unsee how good she was.⟧''
The show includes letters Moncrieff wrote to her sister, in which she describes painting on the quay at dawn. ``⟦d:c|The light comes off the water like something spilled,⟧'' she wrote in 1934. ``⟦d:c|I have perhaps twenty minutes before it is ordinary again.⟧''
Hamish Corrie, a fisherman whose grandmother appears in several of the paintings, travelled from Stornbay for a preview. ``⟦d:b|That's Granny, gutting herring, with her sleeves up. She never saw the picture. I don't think she knew she was in it,⟧'' he said.

### 034
@a Devesh Raghavan | the opener
@b Will Ashby-Cole | captain
Devesh Raghavan struck an unbeaten 187 to lead Eastmere to a seven-wicket victory over Harlow Vale on the final day at Pennington Road.
Chasing 341, Eastmere had slipped to 42 for 2 before Raghavan and captain Will Ashby-Cole put on 204 for the third wicket.
“⟦d:a|The pitch was still good, honestly. The target looked scary from the dressing room, but once you’re out there it’s just one ball at a time,⟧” the opener said.
“⟦d:a|Ash kept telling me to slow down. I didn’t listen. Luckily it worked.⟧”
Ashby-Cole, who made 71, said: “⟦d:b|He was playing a different game to the rest of us.⟧”

### 035
@a Bernadette O'Sullivan-Price | The committee chair
@b Conrad Whitlow | chief executive of Aquila Water
@c Dilip Bhattacharya | The Green MP
The boss of Aquila Water was accused of "⟦p:a|living on another planet⟧" by the chair of a parliamentary committee on Wednesday after he told MPs that the company's record on sewage spills was "⟦p:b|improving⟧".
Conrad Whitlow, chief executive of Aquila Water, told the environment committee that spills had fallen by 11 per cent. The company was fined £23m last year.
The committee chair, Bernadette O'Sullivan-Price, read out figures showing that the company had discharged raw sewage into rivers for 410,000 hours last year. "⟦d:a|Mr Whitlow, that is forty-six years of continuous sewage. Do you know what that looks like on a riverbank?⟧" she asked.
"⟦d:b|I do, and I'm not defending it. I'm saying the trend is improving,⟧" Whitlow replied.
"⟦d:a|The trend,⟧" she said. "⟦d:a|People can't swim in a trend.⟧"
The Green MP Dilip Bhattacharya asked how much Whitlow had received in bonuses. After a pause, he said: "⟦d:b|My total remuneration last year was £1.4m, of which the bonus element was £380,000.⟧"
"⟦d:c|For improving the trend,⟧" Bhattacharya said.

### 036
@a Rosa Mendonça | Chief Fire Officer
@b Pete Galloway | -
@c Sandra | his wife
@e Harjit Sandhu | Local shop owner
More than 600 people were evacuated from villages on the edge of Caldmoor on Tuesday as a wildfire fanned by strong easterly winds spread across 900 hectares of heath.
Chief Fire Officer Rosa Mendonça said crews had faced “⟦p:a|some of the most difficult conditions I have seen in 25 years⟧”. “⟦d:a|The ground is bone dry and the wind keeps changing direction. We have 14 appliances up there and we will be there all night,⟧” she said.
She urged people not to return to their homes until told it was safe. “⟦d:a|Your house can be rebuilt. You can’t,⟧” she warned.
The fire service said it was not yet known how the blaze started, but that a disposable barbecue had been found near where it is thought to have begun.
Pete Galloway and his wife, Sandra, left their cottage in Thornby with two dogs, a cat and a box of photographs. “⟦d:b|We could see the flames from the bedroom window. You don’t stop to pack a suitcase,⟧” he said.
Sandra said she had been more worried about the hens. “⟦d:c|We had to leave them. I opened the run so at least they could get out,⟧” she said. “⟦d:c|I hope they’re sensible hens.⟧”
Local shop owner Harjit Sandhu opened the village hall in nearby Ashby Parva to evacuees and spent the evening handing out tea. “⟦d:e|Half the village is in here. Somebody brought a guitar,⟧” he said.
A second rest centre has been set up at Caldmoor Leisure Centre.

### 037
@a Verabryn Therapeutics | -
@b Lorenzo Bianchi-Adair | an analyst at Marrick & Co
Shares in Verabryn Therapeutics fell 38 per cent on Monday after its experimental Alzheimer's drug failed to slow memory decline in a late-stage trial.
The company said the drug, VRB-114, had "⟦p:a|not met its primary endpoint⟧" and that it would stop development. "⟦d:a|We are deeply disappointed for patients and their families, who hoped for a different outcome,⟧" Verabryn said.
Had it worked, the drug could have earned "⟦p:b|several billion dollars a year⟧", according to Lorenzo Bianchi-Adair, an analyst at Marrick & Co. "⟦d:b|This was their only late-stage asset. There is not much left of the company without it,⟧" he said.

### 038
@a Information Standards Office | -
@b Yvonne Achebe-Laird | the regulator’s deputy commissioner
@c Brightwell Pharmacy | -
@d - | One customer
An online pharmacy has been fined £4.2m after hackers stole the names, addresses and prescription histories of 310,000 customers.
The Information Standards Office said Brightwell Pharmacy had failed to fix a known security flaw for 14 months. “⟦d:b|Health data is about as sensitive as personal information gets. People trusted this company with details they may not have told their own families,⟧” said the regulator’s deputy commissioner, Yvonne Achebe-Laird.
In its penalty notice, the regulator said the size of the fine reflected “⟦p:a|the seriousness and duration of the failings⟧”.
Brightwell Pharmacy said it accepted the findings and had “⟦p:c|completely rebuilt⟧” its systems. “⟦d:c|We apologise unreservedly to our customers,⟧” it said.
One customer said fraudsters had later phoned her and known exactly which medication she took: “⟦d:d|They knew I was on antidepressants. That’s the bit I can’t get past.⟧”

### 039
@a J.T. Amadi-Reeves | -
@b Marguerite Lalonde | His coach
@c Desmond Carrow | the defending champion
J.T. Amadi-Reeves ran 9.91 seconds to win the 100 metres at the National Championships in Calder on Saturday, the fastest time in the world this year.
The 22-year-old, who was working night shifts in a warehouse 18 months ago, beat the defending champion, Desmond Carrow, by a tenth of a second.
"⟦d:a|I looked at the clock and thought it was broken,⟧" Amadi-Reeves said. "⟦d:a|Then I looked at Marguerite and she was crying, so I knew it wasn't.⟧"
His coach, Marguerite Lalonde, said she had "⟦p:b|never seen anyone learn so fast⟧". Lalonde, a former Olympic hurdler, took him on after seeing him run at a county meeting. "⟦d:b|He came to me with no technique at all, just this engine. We spent a year teaching the engine to drive,⟧" she said.
Carrow, 31, called the result "⟦p:c|a changing of the guard⟧". "⟦d:c|He deserves it. I'll be back, though,⟧" he said.

### 040
@a Ifeoma Drummond | one of the organisers
@b Trevor Hollis | The council leader
@e Claire Tandy | Rosie’s mother
Around 2,000 people marched through Kingsferry on Saturday to protest against plans to close seven of the town’s eleven libraries.
Marchers carried banners reading “⟦s:-|Books Not Budgets⟧” and “⟦s:-|Shelve the Cuts⟧”, and chanted “⟦s:-|Whose libraries? Our libraries!⟧” as they passed the civic centre.
Ifeoma Drummond, one of the organisers, told the crowd that libraries were “⟦p:a|the last warm place in town where nobody asks you to buy anything⟧”. “⟦d:a|They say this is about money. It’s about who they think matters,⟧” she said.
Among the marchers was eight-year-old Rosie Tandy, holding a hand-painted sign that said “⟦s:-|I Like Reading⟧”.
Rosie’s mother, Claire Tandy, said the Eastgate branch was the only one within walking distance of their flat. “⟦d:e|She reads under the covers with a torch. Where is she going to get the books?⟧” she asked.
The council leader, Trevor Hollis, said no decisions had been taken. “⟦d:b|We have a £19m hole in our budget. I would love to keep every library open. I would also love to keep the care homes open,⟧” he said.
The council says the closures would save £1.3m a year. Under the proposals, the four remaining libraries would open for longer hours.
“⟦d:a|We’ll be back every Saturday until they listen,⟧” Drummond said as the march dispersed.

### 041
@c Water Resources Board | -
@a Hywel ap Rhys | -
@b Morwenna Tregear | president of the Farmers' Federation
A hosepipe ban will come into force across the south-west from Friday after the driest spring in 90 years left reservoirs at 54 per cent of capacity.
The Water Resources Board said the restrictions were "⟦p:c|a precaution, not a panic⟧". "⟦d:c|If everyone cuts back a little now, we can avoid much tougher measures in August,⟧" the board said.
Farmers say the ban comes too late. Hywel ap Rhys, who grows barley on 300 acres near Penmorva, said his crop was "⟦p:a|already half what it should be⟧".
"⟦d:a|You can't irrigate barley with a watering can. We're just watching the sky now,⟧" he said.
Morwenna Tregear, president of the Farmers' Federation, warned that food prices would rise. "⟦d:b|Shoppers will see this in the price of bread by Christmas. That's not scaremongering, it's arithmetic,⟧" she said.

### 042
@a Colin Abernethy | vice-chancellor of the University of Strathmore
@b Amira Haddad-Jones | president of the students’ union
@d - | One lecturer in the history department
@c Petra Olszewska | Universities minister
The University of Strathmore is to close its modern languages department and cut 240 jobs, blaming a £31m deficit caused by a fall in the number of international students.
Professor Sir Colin Abernethy, vice-chancellor of the University of Strathmore, said in an email to staff that the university faced “⟦p:a|an existential choice⟧”.
“⟦d:a:m|I did not come into this job to close departments. But the funding model for universities in this country is broken, and we cannot wait for someone else to fix it.⟧
“⟦d:a|If we do nothing, there will be no university left to defend,⟧” he wrote.
Amira Haddad-Jones, president of the students’ union, said students had learned of the closure from a newspaper. “⟦d:b|Students in second year don’t know if they’ll be able to finish their degrees. Nobody has told them anything,⟧” she said.
One lecturer in the history department, which is not affected, said morale was “⟦p:d|as low as I’ve known it in twenty years⟧”. “⟦d:d|Everyone is asking whether they’re next,⟧” she said.
Universities minister Petra Olszewska said institutions were “⟦p:c|independent and responsible for their own finances⟧”, but that the government was “⟦p:c|monitoring the situation closely⟧”.

### 043
@a Kestrel Moon | -
@b Dani Okwuosa | Lowfield Festival director
Kestrel Moon have pulled out of headlining the Lowfield Festival on Saturday after their singer, Ash Vantongeren, lost his voice.
In a post to fans, the band wrote: ``⟦d:a|We are gutted. Ash has been ordered to rest his voice for two weeks and we are not going to risk him doing permanent damage for one night, even a night like this one.⟧''
``⟦d:a|We owe you a Lowfield. We will pay it back,⟧'' the post continued.
Lowfield Festival director Dani Okwuosa said a replacement would be announced on Friday. ``⟦d:b|We're gutted too, but Ash comes first. We've got a couple of calls out and I think people will be happy,⟧'' she said.

### 044
@c Moravel Interior Ministry | -
@a Ana Kovačević | Stari Brod’s mayor
@b Željko Marić | a volunteer firefighter from the nearby village of Dolac
@d - | a neighbour who did not want to give his name
From our correspondent in Stari Brod
At least 23 people were killed and more than 200 injured when a magnitude 6.4 earthquake struck central Moravel in the early hours of Thursday, flattening dozens of homes in the old town of Stari Brod.
The quake was felt as far away as the capital, Velgrad, 140 kilometres to the north, where office workers poured into the streets.
The Moravel Interior Ministry said the death toll was “⟦p:c|likely to rise⟧” as rescue teams reached outlying villages.
Stari Brod’s mayor, Ana Kovačević, said the town’s hospital had been damaged and patients were being treated in a car park. “⟦d:a|We have doctors working under floodlights on car bonnets. Please, we need generators, we need blood, we need tents,⟧” she said in an appeal on national television.
Željko Marić, a volunteer firefighter from the nearby village of Dolac, had been digging with his hands for six hours. “⟦d:b|Sve što čujemo je tišina,⟧” he said, stopping to drink water. “⟦d:b|All we hear is silence.⟧” Then he went back to the rubble.
On Aleja Mira, residents stood in silence as a woman was carried out alive from a collapsed bakery shortly before noon. “⟦d:d|She was talking. She asked for her glasses,⟧” said a neighbour who did not want to give his name.
President Milan Radić, who flew to the region by helicopter in the afternoon, declared three days of national mourning.
Aid agencies said the priority was shelter: overnight temperatures in the hills around Stari Brod are expected to fall below freezing.

### 045
@a Winifred Acheampong | the chief justice
@b Seraphina Holt | Justice
@c Lucía Aranda | the group's director
@d Ministry of Environment | -
@e Greyhaven Coal | The mine's developer
The country's highest court has ruled that the government acted unlawfully when it approved a new coal mine at Greyhaven without assessing the emissions from burning the coal it would produce.
By four votes to one, the Court of Final Appeal upheld a challenge brought by the campaign group Freshwater Alliance.
The mine, which would have produced 2.8 million tonnes of coal a year, had been backed by the local council, which argued it would create 500 jobs.
Winifred Acheampong, the chief justice, wrote in the lead judgment that it was "⟦p:a|not rational⟧" to assess a mine's climate impact while ignoring the use of its only product. "⟦d:a|Coal is not extracted in order to be admired. It is extracted in order to be burned,⟧" she wrote.
In a dissenting judgment, Justice Seraphina Holt said the majority had "⟦p:b|stretched the statute beyond what Parliament intended⟧".
Lucía Aranda, the group's director, said outside court: "⟦d:c|This is a ruling for every community that has been told the climate is somebody else's problem.⟧"
The Ministry of Environment said it would "⟦p:d|carefully consider the judgment⟧". "⟦d:d|The government remains committed to energy security,⟧" a ministry statement said.
The mine's developer, Greyhaven Coal, said it was "⟦p:e|deeply disappointed⟧" and would consider its options.

### 046
@a Vectra Energy | the country’s second-largest household supplier
@b Oliver Nkemelu | Chief executive
@c Joanna Fitzwilliam | director of policy at Fairbill
@d Marjorie Cole | a retired dinner lady from Ebbsworth
Vectra Energy, the country’s second-largest household supplier, reported profits of £1.9bn for the first half of the year, up 44 per cent, prompting renewed calls for a windfall tax.
Chief executive Oliver Nkemelu defended the figures, saying the company had invested “⟦p:b|every penny and more⟧” in renewable generation. “⟦d:b|Profits fund wind farms. Wind farms bring bills down. I understand why the headline number makes people angry, but that is how the transition gets paid for,⟧” he told analysts.
Joanna Fitzwilliam, director of policy at Fairbill, said the results were “⟦p:c|a slap in the face⟧” for households in arrears. “⟦d:c|Nearly four million people owe their energy supplier money. They will read this and wonder whose side anyone is on,⟧” she said.
Marjorie Cole, a retired dinner lady from Ebbsworth, said she had spent most of last winter in one room. “⟦d:d|I wear my coat in the house. I’m 79. I shouldn’t have to,⟧” she said.
Vectra said it had given £40m to a hardship fund. “⟦d:a|No customer who is struggling should struggle alone,⟧” the company said.

### 047
@a Gita Ramaswamy | a public health researcher at Norbury University
@b Food and Drink Association | -
Children in the poorest areas are twice as likely to be obese by the age of 11 as those in the richest, according to figures published on Thursday.
"⟦d:a|Where a child grows up should not decide their waistline, but at the moment it largely does,⟧" said Dr Gita Ramaswamy, a public health researcher at Norbury University. "⟦d:a|These children are surrounded by cheap, heavily marketed food and very few safe places to play.⟧"
The Food and Drink Association said its members had cut sugar in soft drinks by 30 per cent since 2016 and that "⟦p:b|industry cannot solve this alone⟧".

### 048
@a Nathan Driscoll | a constable with Eastvale Police
@b Helen Mwangi | the panel’s chair
@c Maya Lindgren-Shaw | The woman’s sister
@d Eastvale Police | -
A police officer who shared a photograph of a dead woman in a messaging group has been dismissed for gross misconduct.
Nathan Driscoll, a constable with Eastvale Police, took the picture while guarding the scene of a sudden death in Harbourside in January last year and sent it to six colleagues with a caption mocking the woman’s weight.
The panel heard that one of the recipients, a sergeant, reported the message to the force’s professional standards department the following morning.
At a hearing in Eastvale on Monday, the panel’s chair, Helen Mwangi, said Driscoll had shown “⟦p:b|a complete absence of the compassion the public are entitled to expect⟧”. “⟦d:b|Had he been a member of the public, he would be facing prosecution. He wore a uniform, and that makes it worse, not better,⟧” she said.
Driscoll, who admitted the allegation, told the panel he was “⟦p:a|deeply ashamed⟧”. “⟦d:a|I don’t recognise the person who did that. I have thought about her family every day since,⟧” he said.
The woman’s sister, Maya Lindgren-Shaw, said in a statement read by her lawyer: “⟦d:c|My sister died alone. Then she was made into a joke. Today’s decision does not undo that, but it matters.⟧”
Eastvale Police said the other officers in the group had received written warnings. “⟦d:d|We apologise to the family for the further distress this has caused,⟧” the force said.
Driscoll had served with the force for six years. He will be placed on a list barring him from future police work.

### 049
@a Rebecca Vanterpool | a 38-year-old former midwife
@b Stephen Ashgrove | The Unity Party candidate
@c - | A senior Unity Party figure
The Liberals have won the Thornbury and Weald by-election, overturning a majority of 17,000 in one of the safest seats in the country.
The result is the Unity Party's worst in a by-election since 1994 and will increase pressure on its leader, Dorothy Penhaligon.
Rebecca Vanterpool, a 38-year-old former midwife, won 47 per cent of the vote on a turnout of 41 per cent. In her victory speech at 3.20am, she said: "⟦d:a|The people of Thornbury and Weald have sent a message tonight, and it is not a subtle one.⟧"
"⟦d:a|They have been taken for granted for a very long time. I promise you this: I will not take you for granted for a single day,⟧" she told cheering supporters.
Vanterpool will be sworn in on Monday. Her first act, she said, would be to "⟦p:a|get the A-road fixed⟧".
The Unity Party candidate, Stephen Ashgrove, congratulated her but blamed "⟦p:b|national headwinds⟧". "⟦d:b|We knocked on every door we could. Tonight the country's mood was stronger than anything we could do on the doorstep,⟧" he said.
A senior Unity Party figure was blunter. "⟦d:c|If we can lose here, we can lose anywhere. Anyone who says otherwise is not paying attention,⟧" they said.

### 050
@a Leilani Kahananui | the 17-year-old
Leilani Kahananui broke the national record in the 200 metres butterfly at the Aquatics Centre in Linmouth on Friday, touching in 2:05.41.
“⟦d:a|I didn’t know until I looked up at the board and my mum was screaming louder than anyone,⟧” the 17-year-old said. “⟦d:a|I’ve been chasing that record since I was twelve.⟧”
The previous mark of 2:05.88 had stood since 2011.

### 051
@a Bogdan | -
@b Ewa | His wife
@c Ray | a retired bus driver from the flats opposite
At 4am on Hallam Street in Pendle Cross, the lights are already on at Bogdan's. Inside, Bogdan is pulling the first loaves of rye from an oven he bought second-hand from a closing pizzeria 19 years ago.
"⟦d:a|Back home my grandfather baked. My father baked. I was going to be an engineer,⟧" he says, dusting flour from his forearms. "⟦d:a|Then I came here and I couldn't find proper bread. So. Now I'm a baker.⟧"
The bakery makes about 400 loaves a day, and on Saturdays closer to 700.
His wife, Ewa, runs the counter and the accounts. She rolls her eyes when he tells the engineer story. "⟦d:b|He failed his exams. That's why he is a baker,⟧" she says. "⟦d:b|But don't write that.⟧"
"⟦d:a|She's right,⟧" Bogdan admits. "⟦d:a|Write it anyway.⟧"
The queue forms by seven. "⟦d:c|I've been coming every morning for eleven years. I tried the supermarket once. Never again,⟧" says Ray, a retired bus driver from the flats opposite.
Bogdan and Ewa's daughter, Zofia, 16, helps on weekends and is, Ewa says, "⟦p:b|the only one in the family who can do maths⟧".
At nine, when the queue has gone, Bogdan sits down with a coffee and a cigarette he insists is his last.

### 052
@a Corvan Space Agency | -
@b Niamh Okoro-Byrne | Mission director
@c - | one engineer
The Corvan Space Agency successfully launched its first Earth-observation satellite on Tuesday, after two earlier attempts were scrubbed because of high winds.
The Halcyon-1 satellite lifted off from the Westray Spaceport at 06:42 and reached orbit eleven minutes later. “⟦d:a|Halcyon-1 is healthy, its solar arrays are deployed and we have a signal,⟧” the agency said in a post on social media.
Mission director Niamh Okoro-Byrne said the satellite would monitor coastal erosion and crop health. “⟦d:b|Twelve years ago this was a drawing on a napkin. This morning it is in orbit,⟧” she said. “⟦d:b|I may need to sit down.⟧”
In the control room, engineers hugged and one engineer shouted “⟦d:c|We’re in space!⟧” as the confirmation came through.

### 053
@a Callum McAteer | the 41-year-old
Callum McAteer holed a 30-foot birdie putt on the final green to win the Coastal Masters by one shot, his first title in seven years.
"⟦d:a|I've missed a thousand of those. It was about time one went in,⟧" the 41-year-old said.
McAteer, who nearly quit the game in 2021 after a back operation, dedicated the win to his late father. "⟦d:a|He caddied for me when I was a boy. I felt him on that green,⟧" he said.

### 054
@a Raimundo Nonato da Silva | -
@b Ana Beatriz Fontoura | The environment minister
@c - | A spokesperson for Madeiral Mineração
From our correspondent in Porto Alvorada
Communities along the Rio Claro in the northern state of Jurucema say a gold-mining company is poisoning their river, after tests found mercury levels in fish up to eight times the safe limit.
Raimundo Nonato da Silva, 62, has fished the river since he was a boy. “⟦d:a|O rio era a nossa geladeira,⟧” he said, holding up a peacock bass — “⟦d:a|the river was our fridge.⟧” Then he added: “⟦d:a|Now I am afraid to feed this to my grandchildren.⟧”
The environment minister, Ana Beatriz Fontoura, visited the area on Monday and promised “⟦p:b|an immediate and independent investigation⟧”. “⟦d:b|If the law has been broken, there will be consequences, no matter how big the company,⟧” she said.
A spokesperson for Madeiral Mineração said the company operated “⟦p:c|within all legal limits⟧” and that mercury in the river could come from illegal wildcat miners upstream.

### 055
@a Santiago Iturriaga | -
@c Jonas Falk-Petersen | His main rival
@b Dieter Voskuijlen | Iturriaga’s team principal
Santiago Iturriaga won the Grand Prix of Castellmar from pole position to move 12 points clear in the drivers’ championship.
His main rival, Jonas Falk-Petersen, crashed out on the first lap after contact with Iturriaga at turn three, which the stewards ruled a racing incident.
“⟦d:a|I left him space. I saw him in the mirror and I gave him a car’s width,⟧” Iturriaga said. “⟦d:a|I’m sorry it ended like that for him, but I don’t think I did anything wrong.⟧”
Falk-Petersen disagreed. “⟦d:c|A car’s width? Maybe a bicycle’s width,⟧” the 29-year-old said.
Iturriaga’s team principal, Dieter Voskuijlen, said he had spoken to both drivers. “⟦d:b|It’s hard racing between two guys who want the same thing. I’d rather have that than a procession,⟧” he said.

### 056
@a Philippa Ormsby-Knight | -
@b Tobiah Ncube | Her director
At 82, Dame Philippa Ormsby-Knight is about to play King Lear. Not Lear’s daughter, not the Fool: Lear himself.
"⟦d:a|People keep asking if it's a statement. It's not a statement. It's the best part ever written and I'm running out of time,⟧" she says, over tea in a café opposite the Greystone Theatre, where "⟦s:-|Lear⟧" opens next month.
Her director, Tobiah Ncube, says he had her in mind for five years before he dared ask. "⟦d:b|I was terrified she'd say no. Then I was terrified she'd say yes,⟧" he says.
She made her debut at 19 in a touring production that played church halls, and has not been out of work for longer than three months since.
"⟦d:-|Would you ever retire?⟧" I ask her.
"⟦d:a|Retire to what?⟧" she says. "⟦d:a|Gardening? I kill plants. Bridge? I cheat. No, darling. They'll carry me off a stage.⟧"

### 057
@a Met Bureau | -
@b Gareth Lloyd-Evans | chief forecaster
Amber warnings for heavy snow have been issued for much of the north and east, with up to 25cm expected on higher ground by Thursday morning.
The Met Bureau said travel disruption was “⟦p:a|likely⟧” and that some rural communities could be cut off.
“⟦d:b|This is the first proper snow event of the winter and it will catch people out,⟧” said chief forecaster Gareth Lloyd-Evans. “⟦d:b|If you don’t need to travel on Thursday morning, don’t.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh18.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh18",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
