# ruff: noqa: E501
"""Build ``quotes_fresh79.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families whose statements are read to the court, inquests,
public inquiry hearings with counsel to the inquiry, appeals, employment,
immigration, tenancy, disciplinary and anti-doping tribunals, in wire, broadsheet,
local-paper, tabloid, magazine and broadcaster styles from several jurisdictions.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh79-NNN``.

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

* The court-report tag after a lawyer's name (``prosecuting``, ``defending``, ``for
  the Crown``, ``representing the family``) and a prepositional tag of affiliation
  after a name (``from the youth offending team``) are the description, as written;
  such a tag wins over a rank or title standing before the name.
* Ranks and offices standing before a name (``Detective Garda``, ``Sergeant``,
  ``Major``, ``Watch Manager``, ``Recorder``, ``District Judge``, ``Senior coroner``,
  ``Police prosecutor``, ``Commissioner``, ``Mayor``) are role titles: not part of
  the name, and the description when the passage gives no appositive or tag. The
  same holds for an occupational label before the name (``Owner``, ``Shopkeeper``,
  ``Lorry driver``, ``Sprinter``).
* Judicial styles (``Mr Justice``, ``Lady Justice``, ``Lord Justice``) and ``Lord``
  for a Scottish judge are titles dropped from the name and are never a description;
  such a judge's description is a definite description used at one of their cues
  (``the judge``) or a phrase before the name (``The judge, Lord Ardallan``), else
  null.
* A role title or relational phrase before the name combined with an appositive after
  it: the appositive is the description. ``The inquiry chairman, Sir Anthony Hebden``
  and ``Jake's mother, Tracey Wilding`` count as relational phrases before the name.
* Ages and addresses after the name (``Shane Corrigan, 36, of Albion Terrace``) and a
  relative clause on its own are not descriptions. A speaker first referred to by an
  indefinite phrase in the opening sentence (``A retired postman who …``) and then
  named without an appositive has a null description, unless a definite description
  (``the contractor``, ``the father of four``) is used at one of their cues or in the
  sentence that names them.
* Statements read to a court by someone else (victim impact statements, a family's
  statement, a letter of apology handed in by counsel), and texts, emails and messages
  shown to a jury, are the speech of their author.
* Words a witness reports that someone else said, quoted at the top level of the
  reporter's sentence or of a transcript answer, belong to the person who said them;
  quoted (in single marks) inside the witness's own quoted evidence, they are part of
  the witness's span. Words a witness quotes herself as having said are hers.
* A court, tribunal or panel speaking as a body (``the tribunal said``, ``the panel
  said``) is treated as an organisation and is the speaker, named as written; a
  generic body keeps its article (``the tribunal``, ``the government``). A family
  speaking jointly and named as such (``the Mensah family``) is treated the same way.
* Fragments quoted from documents whose author the passage does not identify (hospital
  notes, an engineers' warning) are ``partial`` with a null speaker; when the passage
  later identifies whose words a fragment in the opening sentence was, that person is
  the speaker.
* A word mouthed silently to someone counts as speech. Shouts from a public gallery
  whose source the passage does not describe (``there were shouts of``) are
  ``direct`` with speaker and description null; ``a woman in the public gallery
  shouted`` gives a description.
* Questions by counsel and answers by a witness printed as alternating quote-only
  paragraphs belong to whoever's turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh79.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh79.jsonl")

PASSAGES = """
### 001
@a Amara Okonjo | a neighbour of the dead man
@b Julian Stroud | prosecuting
@c Fergus Hallam | defending
@e Callum Reddy | a taxi driver
Amara Okonjo, a neighbour of the dead man, told Ashcombe Crown Court on Tuesday that she heard Callum Reddy shout “⟦d:e|Get out of my house, I mean it⟧” shortly before midnight on March 3 last year.
Reddy, 46, a taxi driver, was found with stab wounds in the kitchen of his terraced home in Pelham Street the following morning. Leon Varga, 29, denies murder. Opening the case last week, Julian Stroud, prosecuting, told jurors it was “⟦p:b|about a debt of £600 and a temper⟧”.
Giving evidence on the second day of the trial, Ms Okonjo said the walls between the houses were “⟦p:a|like paper⟧”.
“⟦d:a|I heard a door bang and then Callum's voice, very loud. Then another man's voice, lower. I couldn't make out what he was saying,⟧” she told the jury.
Mr Stroud asked how sure she was of the time. “⟦d:a|Quite sure. The news had just finished on the radio,⟧” she replied.
Cross-examined by Fergus Hallam, defending, she accepted she had not mentioned a second voice in her first statement to police.
“⟦d:c|You added that later, didn't you, after you'd read about the arrest in the paper?⟧” Mr Hallam asked.
“⟦d:a|No. I told the officer at the door. He didn't write it down.⟧”
“⟦d:c|So the only record of this second voice is your memory, a year on?⟧”
“⟦d:a|My memory is all I have. I'm telling you what I heard,⟧” Ms Okonjo said.
The trial continues.

### 002
@a Dennis Poulter | a retired postman from Mill Lane, Thornbury
@b Hannah Kowalczyk | Prosecutor
@c Graham Ellery | Mr Poulter's solicitor
@d Valerie Oduya | Chairman of the bench
A Thornbury pensioner who crashed his car into a bus shelter after an afternoon at a wake has been banned from driving for 20 months.
Dennis Poulter, 67, a retired postman from Mill Lane, Thornbury, pleaded guilty at Brackley Magistrates' Court to driving with excess alcohol. He gave a breath reading of 71 microgrammes, more than twice the legal limit.
Prosecutor Hannah Kowalczyk said nobody had been in the Wyke Road shelter when the Vauxhall mounted the kerb. "⟦d:b|It was fortunate, and only fortunate, that nobody was waiting for the 4.15,⟧" she told magistrates.
Mr Poulter's solicitor, Graham Ellery, said his client had been "⟦p:c|utterly mortified⟧" since the crash.
"⟦d:c|He had been at the funeral of a friend of fifty years. He had two pints and a whisky, thought he was fine, and he was wrong. He knows he was wrong,⟧" Mr Ellery said.
"⟦d:c|He has sold the car. He won't be driving again, ban or no ban.⟧"
Chairman of the bench Valerie Oduya told Poulter: "⟦d:d|You are lucky to be standing here facing a fine and not something far more serious.⟧"
He was fined £480 and ordered to pay £85 costs and a £192 surcharge. Speaking outside court, Poulter said: "⟦d:a|I'm ashamed. That's all I can say.⟧"

### 003
@a Royston Kettering | -
@b Maureen Tillotson | a 71-year-old retired nurse
@c Priscilla Naidoo | Judge
@d Gareth Mwangi | defending
@e - | another victim who asked not to be named
A SMOOTH-talking conman who posed as an oil-rig engineer to fleece lonely widows out of £310,000 has been jailed for seven years.
Royston Kettering, 52, dubbed the “⟦s:-|Casanova of Kettleby⟧” by his victims, told one woman he needed cash to “⟦p:a|get home from the North Sea⟧” after his wallet was stolen.
In one message read to Lindum Crown Court, he wrote: “⟦d:a|My darling, I will pay back every penny the minute the company releases my wages.⟧” He never did.
“⟦d:b|He took my savings, but worse than that he took my trust in people. I don't answer the door now,⟧” wrote Maureen Tillotson, a 71-year-old retired nurse, in a statement read to the court.
“⟦d:e|I feel such a fool. He was so charming, and he always remembered the names of my grandchildren,⟧” said another victim who asked not to be named.
Gareth Mwangi, defending, said Kettering had “⟦p:d|a serious gambling addiction⟧” and had written letters of apology to each of the women.
But Judge Priscilla Naidoo told him: “⟦d:c|You are a predator who targeted the bereaved. You studied their loneliness and you used it.⟧”
“⟦d:c|Not one penny has been repaid, and I see no real remorse.⟧”
Kettering, of no fixed address, showed no emotion as he was led down.

### 004
@a Rosalind Achterberg | Area coroner
@b Bernadette Quill | his mother
@c Sanjay Ravindran | a consultant in emergency medicine
@d Northgate Hospitals Trust | -
A 19-year-old apprentice electrician died of sepsis two days after being sent home from hospital, an inquest in Kendlebury has heard.
Tom Quill, of Hartside, was seen at Northgate General Hospital on January 9 and discharged with what his notes described as "⟦p:-|likely viral illness, advise fluids⟧".
His mother, Bernadette Quill, told the hearing he was "⟦p:b|grey and shaking⟧" when she drove him home.
"⟦d:b|I asked the nurse whether he should stay in. She said the beds were full and he was better off at home. I believed her. Why wouldn't I?⟧" she said.
Dr Sanjay Ravindran, a consultant in emergency medicine, said 61 patients had been waiting in the department that night.
"⟦d:c|With hindsight, his heart rate should have prompted a second set of observations before discharge,⟧" he said. "⟦d:c|That did not happen, and I am sorry that it did not.⟧"
Area coroner Rosalind Achterberg recorded a narrative conclusion. "⟦d:a|Tom was a young man with a whole life ahead of him,⟧" she said. "⟦d:a|There was a missed opportunity to identify sepsis, and on the balance of probabilities, had he been admitted, he would have survived.⟧"
In a statement, Northgate Hospitals Trust said it "⟦p:d|fully accepted⟧" the coroner's findings and had introduced new checks before discharge. "⟦d:d|Our thoughts remain with Tom's family,⟧" the trust said.

### 005
@a Imelda Fairweather | counsel to the inquiry
@b Desmond Alcott | the former environment minister
@c Beatrix Halvorsen | the inquiry chair
@d - | a man in the public gallery
The former environment minister Desmond Alcott has told the Carrow Valley flood inquiry that he was never shown an engineers' warning that the Lydgate embankment was “⟦p:-|at material risk of failure⟧”.
Giving evidence on Wednesday, Alcott, 61, said the first he knew of the report was “⟦p:b|when I read about it in a newspaper, after the water had gone down⟧”.
Imelda Fairweather KC, counsel to the inquiry, took him through a series of emails sent to his private office in the autumn of 2019.
“⟦d:a|Your principal private secretary forwarded this to your inbox on the 14th of October. You are copied in. Did you read it?⟧” she asked.
“⟦d:b|I received several hundred emails a week. I don't believe I read that one, no,⟧” Alcott said.
“⟦d:a|It has a red flag on it, Mr Alcott. It says ‘urgent — ministerial attention’ in the subject line.⟧”
“⟦d:b|I understand how that looks. I can only tell you what I recall.⟧”
At one point a man in the public gallery called out “⟦d:d|Shame on you⟧” and was asked to leave by the inquiry chair, Dame Beatrix Halvorsen.
“⟦d:c|I understand the strength of feeling in this room, but these proceedings will be conducted with order,⟧” she said.
Eleven people died when the embankment gave way on the night of November 2. The inquiry continues.

### 006
@a Brandon Kessler | the 24-year-old
@b Lucia Ferraro | Gianna's mother
@c Raymond Ostrowski | Superior Court Judge
@d Dana Whitcombe | Assistant District Attorney
FAIRHAVEN — A man who was driving at 94 mph when he struck and killed a high school senior was sentenced Friday to eight years in prison, after the girl's mother described the crash as "⟦p:b|a theft of everything.⟧"
Brandon Kessler, 24, of Fairhaven, pleaded guilty in March to second-degree manslaughter with a motor vehicle in the death of Gianna Ferraro, 17.
Lucia Ferraro, Gianna's mother, read a statement in court.
"⟦d:b:m|You took the girl who woke me up every morning singing. You took her prom, her graduation, her first apartment. What you did was a theft of everything.⟧
"⟦d:b|I will not say your name again after today. I have given it enough of my life.⟧"
Kessler, wearing an orange jumpsuit, turned to face the family. "⟦d:a|I know there's nothing I can say. I think about her every day. I'm sorry,⟧" the 24-year-old said.
Assistant District Attorney Dana Whitcombe had asked for 12 years, calling the crash "⟦p:d|entirely preventable.⟧" "⟦d:d|He had two prior speeding tickets in the same year. He was warned, and he didn't listen,⟧" Whitcombe said.
Superior Court Judge Raymond Ostrowski said he had weighed Kessler's remorse, which he called "⟦p:c|genuine,⟧" against "⟦p:c|the enormity of what was lost.⟧"
"⟦d:c|No sentence I impose today restores anything to this family,⟧" Ostrowski said. "⟦d:c|But the law requires me to mark what happened, and I will.⟧"

### 007
@a Chiamaka Eze | a senior pharmacist
@b Nigel Harbottle | the area manager
@c Sunita Parekh | Employment Judge
@d Brightwell Pharmacy | -
A pharmacist who was sacked after raising concerns about staffing levels was unfairly dismissed, an employment tribunal has ruled.
Chiamaka Eze, 41, a senior pharmacist, had worked at Brightwell Pharmacy's Aldham branch for nine years when she was dismissed in 2022 for what the company called “⟦p:d|a breakdown in working relationships⟧”.
The tribunal in Castleford Road heard she had emailed head office on 11 occasions warning that the branch was “⟦p:a|unsafe to operate⟧” with one pharmacist on duty.
In evidence, Ms Eze said: “⟦d:a|I wasn't trying to cause trouble. I was trying to stop somebody getting the wrong medication.⟧”
The area manager, Nigel Harbottle, told the tribunal he regarded her as “⟦p:b|a talented pharmacist but a difficult colleague⟧”. Asked by the judge whether her emails had played any part in the decision to dismiss her, he said: “⟦d:b|None whatsoever. It was about her conduct towards the team.⟧”
In a written judgment, Employment Judge Sunita Parekh rejected that account. “⟦d:c|The tribunal did not find Mr Harbottle a reliable witness. The timing speaks for itself: the disciplinary process began nine days after the claimant's final email,⟧” she wrote.
“⟦d:c|We are satisfied that the principal reason for dismissal was that she had made protected disclosures.⟧”
Brightwell Pharmacy said it was “⟦p:d|disappointed⟧” by the ruling and was considering an appeal. A remedy hearing will be held in the spring.
Ms Eze said afterwards: “⟦d:a|I just want the truth on the record. That's all I ever wanted.⟧”

### 008
@a Anton Velić | -
@b Helena Marchetti | Upper Tribunal Judge
@c Department for Borders | -
@d Owen Pryce | His barrister
@e - | A department spokesperson
A man who has lived in Britain since the age of nine has won his appeal against deportation to Sanvaria, after a tribunal found that removing him would be ``⟦p:b|unduly harsh⟧'' on his two British daughters.
Anton Velić, 33, who served 14 months for possession of cannabis with intent to supply in 2019, told the hearing in Harlow Road that he had not been back since he left as a child.
``⟦d:a|I don't speak the language. I have no one there. My daughters are here, my mother is buried here,⟧'' he said.
In a decision published on Thursday, Upper Tribunal Judge Helena Marchetti wrote: ``⟦d:b|The appellant's offending was serious, and I do not minimise it. But the evidence of the independent social worker, which I accept, is that the effect of his removal on his elder daughter would be profound and lasting.⟧''
``⟦d:b|In those circumstances the public interest, weighty as it is, does not outweigh the best interests of these children.⟧''
His barrister, Owen Pryce, said the ruling was ``⟦p:d|a recognition that people are more than their worst mistake⟧''.
The Department for Borders said it was ``⟦p:c|disappointed⟧'' and would ``⟦p:c|consider the judgment carefully⟧''. A department spokesperson added: ``⟦d:e|Foreign criminals should be in no doubt that we will seek to remove them wherever the law allows.⟧''

### 009
@a Okwuosa | -
@b Shona Gilfillan | the former care worker
@c Maeve Tennant | Her sister
@d Adrian Lusk | for the Crown
@e Second Look Project | -
A woman who spent nine years in prison for the manslaughter of her partner has had her conviction quashed by the Court of Appeal, which found that fresh evidence of the abuse she suffered “⟦p:a|could reasonably have affected the jury's decision⟧”.
Shona Gilfillan, 38, was convicted at Durnford Crown Court in 2015 of killing Craig Bellamy, who died of a single stab wound at their flat in Ropewalk Lane.
Giving the judgment of the court, Lord Justice Okwuosa said the jury had not heard from a psychiatrist who later diagnosed her with complex post-traumatic stress disorder.
“⟦d:a|The jury were left with an incomplete picture of the relationship and of the appellant's state of mind on the night in question,⟧” he said. “⟦d:a|We are unable to say that the conviction is safe.⟧”
Adrian Lusk KC, for the Crown, had argued that the issue was “⟦p:d|fully canvassed at trial⟧”. The court did not order a retrial.
Outside the court in Cheapside Row, Ms Gilfillan hugged her sister, Maeve Tennant, and wept.
“⟦d:b|I've waited nine years for someone to believe me,⟧” the former care worker said. “⟦d:b|I'm not angry. I'm just tired.⟧”
Her sister said: “⟦d:c|Shona should never have been there. Today the court said what we've always known.⟧”
The Second Look Project, a charity that supported the appeal, said the case showed “⟦p:e|how badly the system still understands coercive control⟧”.

### 010
@a Gareth Iveson | -
@b - | the call handler
@c Naomi Brandt | prosecuting
@d Carys Iveson | The couple's daughter
A man accused of murdering his wife told an emergency call handler "⟦d:a|I've done something terrible, please come⟧", a jury at Caerwen Crown Court has heard.
Gareth Iveson, 63, denies murdering Lowri Iveson, 59, at their farmhouse near Llanfechan in October. The recording of the call, made at 06:12, was played to jurors on Monday.
"⟦d:b|Is she breathing?⟧" the call handler asked.
"⟦d:a|I don't think so. I don't know. There's a lot of blood,⟧" Mr Iveson replied.
"⟦d:b|Is the person who did this still in the house?⟧"
"⟦d:a|It was me. It was me.⟧"
Naomi Brandt KC, prosecuting, told the jury the marriage had been "⟦p:c|unhappy for many years⟧". "⟦d:c|The prosecution case is simple. Mr Iveson lost his temper, picked up a knife and killed his wife,⟧" she said.
The couple's daughter, Carys Iveson, gave evidence from behind a screen. She said her father had sent her a text the night before which read: "⟦d:a|Your mother and I had words again. Don't worry.⟧"
Asked by Ms Brandt how her parents got on, she said: "⟦d:d|They loved each other, I think. But they argued all the time, about money mostly.⟧"
Mr Iveson's defence is expected to argue that he has no memory of the events. The trial continues.

### 011
@a Cassandra Lim | Judge
@c Matthew Okoro | Furey's barrister
@d Jesse Tupou | -
A former security guard who glassed a man outside a Carrington hotel, leaving him blind in one eye, has been jailed for at least three years.
Declan Furey, 31, pleaded guilty in the County Court to recklessly causing serious injury over the attack on Jesse Tupou outside the Railway Hotel in June 2022.
Sentencing him on Thursday, Judge Cassandra Lim said Furey had used “⟦p:a|a level of violence wholly out of proportion to any provocation⟧”.
“⟦d:a:m|Mr Tupou had turned away from you. He was walking towards a taxi. You followed him, and you struck him in the face with a schooner glass that broke on impact.⟧
“⟦d:a:m|The consequences for him have been devastating. He has lost the sight of his left eye. He has not been able to return to work as a chef, a career he had pursued since he was 16.⟧
“⟦d:a|I accept that you are genuinely remorseful. That does not undo what you did.⟧”
In his victim impact statement, Mr Tupou, 26, said he no longer went out at night.
“⟦d:d|I used to be the one who organised everything for my mates. Now I make excuses. I can't judge distances, I knock things over, and every time I see a glass on a table I think about that night,⟧” he wrote.
Furey's barrister, Matthew Okoro, told an earlier plea hearing his client had been drinking since midday and had “⟦p:c|no memory of picking up the glass⟧”.
Furey was sentenced to five years and six months, with a non-parole period of three years.

### 012
@a Aoife Brennan | -
@b Niamh Costigan | Detective Garda
@c Martin Keogh | Judge
@d Colm Hennessy | defending
@e Kieran Doyle | -
A young woman who was sexually assaulted on her way home from a Christmas party told a court that she had “⟦p:a|spent a year being afraid of the dark⟧”.
Aoife Brennan, 24, waived her right to anonymity so that her attacker, Kieran Doyle, 29, of Ballinacurra Road, could be named. He pleaded guilty at Kilbrack Circuit Criminal Court.
Detective Garda Niamh Costigan told the court that Ms Brennan had been followed for almost a kilometre before Doyle grabbed her from behind on Quarry Lane at around 2.30am.
“⟦d:b|She managed to get her phone out and activate the emergency SOS. That's what made him run,⟧” the detective said.
Reading her victim impact statement from the witness box, Ms Brennan said:
“⟦d:a:m|I used to walk everywhere. I loved walking home at night, with my headphones in, thinking about nothing. He took that from me.⟧
“⟦d:a|I am not going to let him take anything else. I'm standing here so that he has to hear me.⟧”
Colm Hennessy SC, defending, said his client had “⟦p:d|a serious alcohol problem⟧” and had “⟦p:d|not touched a drop⟧” since. He handed in a letter in which Doyle wrote: “⟦d:e|I am ashamed of what I did and I have no excuse. I hope one day she can feel safe again.⟧”
Judge Martin Keogh said the letter was “⟦p:c|of limited value⟧” given that Doyle had initially denied the offence in garda interview.
“⟦d:c|Ms Brennan has shown a courage that is remarkable, and I want to acknowledge it,⟧” the judge said. He adjourned sentencing to February.

### 013
@a Ross McIlvanney | -
@b Fiona Strachan | advocate depute
@c Ardallan | The judge
@d Donald Macrae | defence advocate
A haulage boss accused of trying to murder his business partner by driving a lorry at him in a depot yard has told a jury he "⟦p:a|never saw him⟧".
Ross McIlvanney, 44, denies attempting to murder Alasdair Fyfe at the firm's premises in Inverlaggan in August 2022.
Giving evidence at the High Court in Glendarroch, McIlvanney said it had been raining heavily and his windscreen was "⟦p:a|covered in muck⟧".
"⟦d:a|I was reversing the tipper. I checked my mirrors. I felt a bump and I stopped straight away,⟧" he said.
"⟦d:d|Did you ever wish Mr Fyfe harm?⟧" asked defence advocate Donald Macrae.
"⟦d:a|Never. He's been my pal for twenty years,⟧" McIlvanney replied.
Under cross-examination by advocate depute Fiona Strachan, he denied he had been angry with Mr Fyfe.
"⟦d:b|You'd found out that morning he was taking the Harland contract to a rival firm, hadn't you?⟧" she asked.
"⟦d:a|I'd heard a rumour. That's all it was.⟧"
"⟦d:b|And within an hour of that rumour, he was lying under your truck.⟧"
"⟦d:a|I know how that sounds. It was an accident.⟧"
The judge, Lord Ardallan, told jurors they would begin their deliberations on Thursday. "⟦d:c|You must put out of your minds anything you may have read or heard outside this courtroom,⟧" he said.

### 014
@a Geneviève Thibodeau | Superior Court Justice
@b Marc-André Pelletier | the contractor
@c Nadia Benali | Crown prosecutor
@d Étienne Lacasse | His lawyer
A Saint-Aurèle contractor who billed the city for snow removal that never took place was sentenced Tuesday to two years less a day, with the judge calling the scheme «⟦p:a|a betrayal of public trust⟧».
Marc-André Pelletier, 56, pleaded guilty in January to fraud over $5,000 involving $1.4 million in invoices submitted between 2017 and 2021.
Superior Court Justice Geneviève Thibodeau delivered her decision in French. «⟦d:a|Vous avez profité de la confiance de vos concitoyens,⟧» she said. «⟦d:a|You took advantage of the trust of your fellow citizens.⟧»
Crown prosecutor Nadia Benali had sought three years. «⟦d:c|The invoices were not a mistake or a misunderstanding. They were manufactured, week after week,⟧» she told the court.
Pelletier, speaking before sentence was passed, apologized. «⟦d:b|J'ai honte,⟧» the contractor said. «⟦d:b|I am ashamed. I have repaid what I could.⟧»
His lawyer, Étienne Lacasse, said outside court that his client had already sold his home to make restitution. «⟦d:d|He's lost everything, and he accepts that,⟧» Lacasse said.

### 015
@a Wanjiru Mbogo | High Court judge
@b Otieno Were | the lawyer for the 43 families
@c Grace Atieno | a widow whose husband's signature was among those forged
@d Kisaru County Lands Office | -
@e - | One resident
KISARU — The High Court has cancelled title deeds to a 200-acre parcel on the outskirts of Kisaru, ruling that they were “⟦p:a|procured through fraud and outright forgery⟧”.
High Court judge Wanjiru Mbogo ruled that 43 families who have farmed the land since 1978 are its lawful occupants, and ordered the deeds issued in 2014 to a private company to be revoked.
“⟦d:a|The court cannot close its eyes to a scheme in which the signatures of dead men were used to transfer land they never agreed to sell,⟧” Justice Mbogo said in her ruling.
Otieno Were, the lawyer for the 43 families, called the decision “⟦p:b|a victory for ordinary people against land grabbers⟧”.
“⟦d:b|For 12 years these families have lived under threat of eviction. Today they can sleep,⟧” he told reporters outside the court.
Grace Atieno, 67, a widow whose husband's signature was among those forged, wept as the ruling was read. “⟦d:c|My husband died in 2009. How could he sign anything in 2014?⟧” she asked.
The Kisaru County Lands Office said in a statement that it would “⟦p:d|comply fully with the orders of the court⟧” and had suspended two officers pending investigation.
One resident, holding a photocopy of the judgment above his head, said: “⟦d:e|We will frame it.⟧”

### 016
@a R.K. Bhatnagar | Additional Sessions Judge
@b Meenakshi Iyer | Special public prosecutor
@c Vikrant Sood | Defence counsel
@d Harbhajan Gill | -
RAVIPUR: A sessions court here on Friday convicted a builder and two engineers of causing death by negligence over the 2019 collapse of an under-construction building in Shantinagar that killed 11 labourers.
In a 212-page order, Additional Sessions Judge R.K. Bhatnagar held that the accused had "⟦p:a|knowingly used substandard material to save costs⟧".
"⟦d:a|The accused were fully aware that the structure had developed cracks a week before the collapse. Instead of halting work, they directed labourers to continue plastering over them,⟧" the judge wrote.
Special public prosecutor Meenakshi Iyer said the verdict would "⟦p:b|send a message to the construction lobby⟧". "⟦d:b|Eleven families waited five years for this day. Many of them could not afford to come to court on every date, but they never gave up,⟧" she told reporters.
Defence counsel Vikrant Sood said his clients would appeal. "⟦d:c|The prosecution has failed to establish that my clients were present at the site on the relevant dates. We will approach the High Court,⟧" he said.
Harbhajan Gill, whose son Gurpreet, 22, was among those killed, said he had attended every hearing. "⟦d:d|I sold my buffalo to pay the bus fare. Today I feel my son has been heard,⟧" he said.

### 017
@a Thandiwe Mokoena | Evidence leader
@b Lungisani Zwane | the former head of procurement at Transkaro
@c Nomsa Khumalo | The chairperson of the commission
@e Velaphi Engineering | -
PORT MAHLANGU — A former procurement boss at state rail company Transkaro has admitted to a commission of inquiry that he accepted “⟦s:-|gifts⟧” from a supplier that went on to win contracts worth R3.2 billion.
Lungisani Zwane, the former head of procurement at Transkaro, told the Commission of Inquiry into Rolling Stock Procurement on Tuesday that Velaphi Engineering had given him two cars and paid his daughter's university fees.
“⟦d:b|At the time, I did not see it as a bribe. I saw it as a friendship,⟧” Zwane said.
Evidence leader Advocate Thandiwe Mokoena asked: “⟦d:a|Mr Zwane, how many of your other friends paid your daughter's fees?⟧”
There was laughter in the hearing room.
“⟦d:b|None, Chair. I concede the point,⟧” Zwane replied.
“⟦d:a|And did you declare either vehicle in your annual financial disclosure?⟧”
“⟦d:b|I did not.⟧”
The chairperson of the commission, Judge Nomsa Khumalo, warned Zwane that his evidence could lead to criminal referrals. “⟦d:c|You are entitled to take legal advice before you answer any further questions along these lines. Do you wish to do so?⟧” she asked. He said he did not.
Velaphi Engineering said in a statement that it “⟦p:e|rejects with contempt⟧” the allegations and would give its own evidence to the commission.

### 018
@a Aroha Tipene | Judge
@b Logan Pritchard | -
@c Moana Rāwiri | Tai's mother
@d Kiri Manahi | Police prosecutor
A young man whose showing off behind the wheel killed his best friend has been sentenced to home detention after the dead man's whānau told the court they had forgiven him.
Logan Pritchard, 22, appeared in the Tauwhare District Court yesterday for sentencing on a charge of dangerous driving causing death. Tai Rāwiri, 21, died when the ute Pritchard was driving rolled on Kahikatea Rd in March.
Police prosecutor Kiri Manahi said: "⟦d:d|The defendant was doing doughnuts on a gravel road at night with four passengers and no seatbelts.⟧"
Tai's mother, Moana Rāwiri, read a statement to the court.
"⟦d:c|Logan has been at our table since he was five years old. He was at our table the night after Tai died, and he will be at our table again,⟧" she said.
"⟦d:c|We are not here to ask for him to go to prison. Tai would not want that. We are here so he knows he has to carry Tai with him now, and live well.⟧"
Pritchard, who wept throughout, stood to address the family. "⟦d:b|Whaea, I'm sorry. I'd swap places with him tomorrow,⟧" he said.
Judge Aroha Tipene said the restorative justice conference held before the hearing had been "⟦p:a|extraordinary⟧".
"⟦d:a|In 20 years on the bench I have rarely seen such grace,⟧" the judge said. "⟦d:a|Mr Pritchard, you have been given something you did not earn. Do not waste it.⟧"
Pritchard was sentenced to 11 months' home detention and disqualified from driving for three years.

### 019
@a Teo Wei Ling | District Judge
@b Arvind Menon | Deputy Public Prosecutor
@c Lim Boon Keat | -
A former bank relationship manager who siphoned $860,000 from the accounts of elderly clients to fund online gambling was jailed for five years and four months on Wednesday.
Lim Boon Keat, 47, who was unrepresented, pleaded guilty to 12 charges of criminal breach of trust, with another 31 taken into consideration.
Deputy Public Prosecutor Arvind Menon said Lim had targeted clients “⟦p:b|who were least likely to check their statements⟧”.
“⟦d:b|Three of the victims were in their 80s. One was suffering from dementia. The accused knew this and exploited it,⟧” Mr Menon said.
In mitigation, Lim, speaking in Mandarin through a court interpreter, said he had been “⟦p:c|trapped⟧” by gambling debts.
“⟦d:c|I am not asking for mercy for myself. My mother is sick and I am her only son,⟧” he said.
District Judge Teo Wei Ling said the offences involved “⟦p:a|a grave abuse of trust⟧”.
“⟦d:a|Your mother's illness is unfortunate, but it cannot be a reason to reduce the sentence for offences of this nature,⟧” she told him.
“⟦d:a|The victims trusted you with their life savings. You treated those savings as your own.⟧”
Lim has made restitution of about $40,000.

### 020
@a Trevor Halloway | the company's former chief financial officer
@b Marisa Kent | a lawyer for Ashdown
@c Jonah Feld | Assistant U.S. Attorney
@d Patricia Onwuachi | U.S. District Judge
@e Graham Ashdown | founder
CALDERON, Texas — The former finance chief of Calyx Diagnostics told jurors on Tuesday that founder Graham Ashdown ordered him to "⟦p:e|make the numbers work⟧" ahead of a funding round, as defense lawyers sought to paint him as a liar trying to save himself.
Trevor Halloway, the company's former chief financial officer, pleaded guilty last year and is testifying under a cooperation agreement. Ashdown, 39, has pleaded not guilty to wire fraud and conspiracy.
Under questioning by Assistant U.S. Attorney Jonah Feld, Halloway said Ashdown became "⟦p:a|furious⟧" when told the company would miss its third-quarter target.
"⟦d:a|He said investors didn't buy science, they bought momentum, and that if we missed the quarter, the company was dead,⟧" Halloway testified.
Feld showed jurors a 2019 email in which Ashdown wrote: "⟦d:e|We need Q3 to look like Q2. I don't care how.⟧"
On cross-examination, Marisa Kent, a lawyer for Ashdown, pressed Halloway on his plea deal.
"⟦d:b|You're hoping to avoid prison, aren't you, Mr. Halloway?⟧" she asked.
"⟦d:a|I'm hoping to tell the truth,⟧" he said.
"⟦d:b|That wasn't my question.⟧"
"⟦d:a|Yes. I'm hoping to avoid prison.⟧"
"⟦d:b|And the only way to do that is to hand the government Graham Ashdown.⟧"
"⟦d:c|Objection,⟧" Feld said. U.S. District Judge Patricia Onwuachi sustained it. "⟦d:d|Rephrase, Ms. Kent,⟧" the judge said.

### 021
@a Jordan Blake | REALITY TV hunk
@b Kayleigh Moss | His ex-girlfriend
@c Simon Threlfall | defending
@d - | a woman in the public gallery
@f Lydia Fenn | Prosecutor
REALITY TV hunk Jordan Blake flew into a “⟦p:f|jealous rage⟧” and hurled a phone at his ex-girlfriend's head after spotting a text from another man, a court heard.
The 28-year-old former “⟦s:-|Sun Island⟧” contestant — known to fans as “⟦s:-|Jojo⟧” — denies assault by beating at Wexborough Magistrates' Court.
Prosecutor Lydia Fenn said Blake grabbed his girlfriend's phone, read a message and “⟦p:f|completely lost it⟧”, flying into what she called a “⟦p:f|jealous rage⟧”.
His ex-girlfriend Kayleigh Moss, 26, told the court: “⟦d:b|He was screaming, ‘Who's Dean? Who's Dean?’ Then he threw the phone and it hit me just above the eye.⟧”
She sobbed as she added: “⟦d:b|I loved him. I never thought he'd hurt me.⟧”
Simon Threlfall, defending, suggested she had invented the assault after Blake ended the relationship.
“⟦d:c|You were humiliated, weren't you, Miss Moss? He dumped you on a podcast.⟧”
“⟦d:b|That's rubbish. I've got the scar,⟧” she shot back.
Blake, wearing a navy suit, told the court: “⟦d:a|I threw the phone on the sofa. I never threw it at her. I'd never lay a finger on a woman.⟧”
As he left the witness box, a woman in the public gallery shouted: “⟦d:d|Liar!⟧”
The trial continues.

### 022
@a Jasmine Akhtar | -
@b Deborah Kells | Her line manager
@c Rhiannon Pugh | Employment Judge
@e - | A council spokesperson
@f Tom Ashworth | regional organiser for the Public Services Union
A former parks supervisor who was told her request to work flexibly after having a baby would "⟦p:b|set a precedent⟧" has won her claim of indirect sex discrimination against Hollinsworth Borough Council.
Jasmine Akhtar, 34, told an employment tribunal in Salbridge that she had asked to finish at 3pm on two days a week so she could collect her son from nursery.
"⟦d:a|I offered to start at seven. I offered to work Saturdays. Every suggestion was just no,⟧" she said.
Her line manager, Deborah Kells, told the hearing she had been under pressure to maintain staffing at the depot. "⟦d:b|If I said yes to Jasmine, I would have had four other people asking by the end of the week. It would have set a precedent,⟧" she said.
Asked whether she had considered a trial period, Mrs Kells said: "⟦d:b|Not really, no. In hindsight, I should have.⟧"
In her judgment, Employment Judge Rhiannon Pugh said the council had "⟦p:c|failed to engage meaningfully⟧" with the request.
"⟦d:c|The respondent's concern about a precedent was speculative and was not supported by any evidence. The tribunal is not persuaded that the arrangement Ms Akhtar proposed would have caused any real difficulty,⟧" she wrote.
A council spokesperson said: "⟦d:e|We respect the tribunal's decision and are reviewing our flexible working policy.⟧"
Tom Ashworth, regional organiser for the Public Services Union, which backed the claim, said: "⟦d:f|This should never have needed a tribunal.⟧"

### 023
@a Obafemi Adeyinka | senior coroner
@b Kyle Tennyson | His friend
@c Helen Marsh | operations director at Grayling Aggregates
@d Joanne Okafor | His mother
A coroner has warned that more young people will die in flooded quarries unless owners do more to keep them out, after a 15-year-old boy drowned at a disused site in Derwenthope.
Ethan Okafor jumped from a ledge into Brackstone Quarry on a hot afternoon in June 2023 and got into difficulty within seconds, the inquest at Moorgate Coroner's Court heard.
His friend Kyle Tennyson, now 17, said the group had been going there “⟦p:b|for ages⟧”.
“⟦d:b|Everyone did it. There was a hole in the fence and a rope swing. Nobody thought it was dangerous,⟧” he said.
“⟦d:b|He went under and came up once, and he was gasping. Then he just wasn't there.⟧”
Helen Marsh, operations director at Grayling Aggregates, which owns the site, said the fencing was inspected monthly. Asked why the hole had not been repaired, she said: “⟦d:c|It was repaired, several times. It kept being cut.⟧”
His mother, Joanne Okafor, said in a statement read by the coroner's officer: “⟦d:d|Ethan was our joker, our footballer, our big soft lad. The water was so cold it stopped his heart working properly. Nobody told him that. Nobody told any of them.⟧”
Recording a conclusion of accidental death, senior coroner Obafemi Adeyinka said he would issue a report to prevent future deaths.
“⟦d:a|It is clear from the evidence that this site was well known locally as a swimming spot, and that the measures taken to prevent access were not effective,⟧” he said.
“⟦d:a|Cold water shock is not widely understood, and I am concerned that young people do not appreciate that a warm day does not mean warm water.⟧”

### 024
@a Julia Pemberton | counsel to the inquiry
@b Kwame Asante | The trust's former medical director
@c Malcolm Dene | The inquiry chairman
@d Rachel Oyelaran | a founder of the Elmbridge Families Group
@e Sheila Gunnarsdóttir | the head of midwifery
The former medical director of Elmbridge Hospitals Trust has admitted that midwives' warnings about staffing were ``⟦p:b|not given the weight they deserved⟧'', as the public inquiry into baby deaths at the trust resumed.
The trust's former medical director, Dr Kwame Asante, was shown a 2017 board paper in which the head of midwifery, Sheila Gunnarsdóttir, warned that the unit was ``⟦p:e|operating at or beyond its safe limits⟧''.
``⟦d:a|Did you read this paper, Dr Asante?⟧'' asked Julia Pemberton KC, counsel to the inquiry.
``⟦d:b|I did.⟧''
``⟦d:a|What did you do about it?⟧''
``⟦d:b|I raised it at the executive meeting. I accept, with hindsight, that I should have escalated it further,⟧'' he said.
``⟦d:a|The inquiry has heard that in the following 18 months there were nine deaths on that unit. Is hindsight really the right word?⟧'' Ms Pemberton asked.
``⟦d:b|Perhaps it isn't. I'm sorry.⟧''
The inquiry chairman, Sir Malcolm Dene, said families had waited ``⟦p:c|far too long⟧'' for answers.
Rachel Oyelaran, a founder of the Elmbridge Families Group, said outside the hearing: ``⟦d:d|We heard today what we've been saying for six years. They knew.⟧''

### 025
@a Aldridge | -
@b Hamish Trotter | for the Solicitor General
@c Peter Lindqvist | Oskar's father
@d Ayesha Khatun | for Mr Brody
The Court of Appeal has more than doubled the prison sentence of a driver who killed a cyclist while watching a football match on his phone, calling the original term “⟦p:a|unduly lenient⟧”.
Wes Brody, 33, was jailed for three years and four months at Halsey Crown Court in May after admitting causing death by dangerous driving. Oskar Lindqvist, 27, was struck from behind on the Kettlewell bypass.
Hamish Trotter, for the Solicitor General, told the court the judge had wrongly placed the offence in a lower category.
“⟦d:b|This was not a momentary lapse. The footage from his own phone shows he had been watching the match for eleven minutes of continuous driving,⟧” Mr Trotter said.
Ayesha Khatun, for Mr Brody, said her client's remorse was “⟦p:d|profound and unfeigned⟧”. “⟦d:d|He does not ask the court to forget what he did. He asks only that the sentence reflects the man he is now,⟧” she said.
Giving judgment, Lady Justice Aldridge said: “⟦d:a|The use of a mobile phone to watch live sport while driving at speed on an unlit road is a gross and deliberate departure from the standard of driving expected. The judge's assessment of culpability was, with respect, plainly wrong.⟧”
The sentence was increased to seven years and six months.
Oskar's father, Peter Lindqvist, said afterwards: “⟦d:c|It won't bring Oskar back. But today someone said out loud that what happened to him mattered.⟧”

### 026
@a Odalys Ferreira | -
@b Conrad Ives | for the prosecution
@c Celia Whitfield | Judge
@d Luana | her daughter
On the ninth day of her trial, Odalys Ferreira finally took the stand. She wore the same grey cardigan she had worn every day, and she spoke so quietly that the judge twice asked her to move closer to the microphone.
“⟦d:a:m|I started Little Lanterns at my kitchen table. It was me, a laptop and a list of families who needed nappies.⟧
“⟦d:a:m|By the third year we had two vans and a warehouse, and I was doing the accounts at midnight because there was nobody else to do them. Was I good at it? No. Did I mix up money? Yes. Did I steal from children? Never.⟧
“⟦d:a|Never,⟧” she said again, looking at the jury.
The prosecution case is that Ferreira, 51, took £212,000 from the charity over five years, spending it on, among other things, a cruise and a hot tub.
Conrad Ives KC, for the prosecution, is a tall, unhurried man who asks questions as though he has all afternoon.
“⟦d:b|The hot tub, Mrs Ferreira. Was that for the families?⟧”
“⟦d:a|It was a mistake. I paid it back.⟧”
“⟦d:b|You paid it back after the regulator wrote to you.⟧”
“⟦d:a|Yes.⟧”
“⟦d:b|Not before.⟧”
“⟦d:a|Not before.⟧”
Watching from the public seats was her daughter, Luana, 23, who has attended every day. During a break she told me: “⟦d:d|People think she's a monster. She's the least selfish person I know. That's what makes this so hard.⟧”
At four o'clock Judge Celia Whitfield sent the jury home. “⟦d:c|Take the weekend, members of the jury, and please don't discuss the case with anyone, not even at home,⟧” she told them. Ferreira denies 14 counts of fraud.

### 027
@a Ahmed Qureshi | District Judge
@b Sophie Renaud | representing the government of Montavia
@c Nikolai Draganov | a property developer who moved to Britain in 2016
@d Elif Aydın | his partner
A businessman wanted in Montavia on corruption charges has lost his fight against extradition, after a judge rejected his claim that he would face "⟦p:c|inhuman⟧" conditions in the country's prisons.
Nikolai Draganov, 45, a property developer who moved to Britain in 2016, is accused of paying bribes to officials in the Montavian capital, Vetrinsk.
At Westbridge Magistrates' Court, District Judge Ahmed Qureshi said assurances given by the Montavian authorities were "⟦p:a|specific, credible and capable of being monitored⟧".
"⟦d:a|I am satisfied that the requested person will be held at the Vetrinsk remand centre, that the conditions there meet the minimum standards, and that there is no real risk of a breach of his rights,⟧" the judge said.
Sophie Renaud, representing the government of Montavia, had told the court that Draganov's claims of political persecution were "⟦p:b|entirely without foundation⟧". "⟦d:b|He is wanted because he is alleged to have paid bribes to obtain building permits. That is a crime in Montavia as it is here,⟧" she said.
Draganov, who followed most of the proceedings through an interpreter, shook his head as the ruling was given. "⟦d:c|This is not justice, this is politics,⟧" he said from the dock, in English.
Outside court, his partner, Elif Aydın, said they would appeal to the High Court. "⟦d:d|Nikolai has built a life here. His children are here. We will fight this all the way,⟧" she said.

### 028
@a Daniel Rourke | one of six officers involved in the restraint
@b Leslie Thorne | representing the family
@c Priya Venkataraman | Assistant coroner
@d the Mensah family | -
A police officer who knelt on a man's back for more than four minutes during a restraint has told an inquest he “⟦p:a|did not appreciate⟧” that the man was struggling to breathe.
Kofi Mensah, 32, died in hospital two days after he was detained outside a convenience store in Alderley Vale in August 2021.
PC Daniel Rourke, one of six officers involved in the restraint, told jurors at Ravensmoor Coroner's Court: “⟦d:a|He was still resisting. I thought the noises he was making were because he was angry, not because he couldn't breathe.⟧”
Leslie Thorne KC, representing the family, played him footage from his own body-worn camera.
“⟦d:b|Listen to that, officer. He says ‘I can't breathe’ three times. Three times. Did you hear it at the time?⟧”
“⟦d:a|I don't recall hearing it, no.⟧”
“⟦d:b|You were inches from his face.⟧”
“⟦d:a|It was loud. There were people shouting. I'm not saying that to excuse anything.⟧”
Assistant coroner Priya Venkataraman reminded jurors of the limits of their task. “⟦d:c|It is not the function of this inquest to determine civil or criminal liability,⟧” she said.
In a statement after the day's hearing, the Mensah family said: “⟦d:d|Kofi told them he couldn't breathe. They didn't listen then, and we are still waiting for someone to listen now.⟧”

### 029
@a Benedikt Haas | First-tier Tribunal Judge
@b Rafael Montoya Ceballos | -
@c Gavin Lyle | The Department for Borders' presenting officer
@d Mariela Quispe | a volunteer with Haven Detention Visitors who has visited him monthly
A man who has been held in immigration detention for 14 months was granted bail on Friday after a tribunal judge said there was “⟦p:a|no realistic prospect⟧” of removing him in the near future.
Rafael Montoya Ceballos, 27, arrived in Britain as an asylum seeker from the Republic of Caravel in 2019. His claim was refused in 2022.
Speaking through a Spanish interpreter at the hearing, he said: “⟦d:b|No tengo a nadie allí. Mi hermano está aquí.⟧” “⟦d:b|I have no one there. My brother is here,⟧” the interpreter relayed.
The Department for Borders' presenting officer, Gavin Lyle, said Montoya Ceballos had “⟦p:c|a history of absconding⟧”. “⟦d:c|He failed to report on four occasions in 2021. The department has no confidence that he would comply with conditions,⟧” Mr Lyle said.
First-tier Tribunal Judge Benedikt Haas noted that the missed appointments had occurred while Montoya Ceballos was homeless.
“⟦d:a|I do not find that the appellant has shown any intention to abscond. He has a stable address with his brother and has complied with every condition since,⟧” the judge said.
“⟦d:a|Detention is meant to be a means to an end, not an end in itself.⟧”
Mariela Quispe, a volunteer with Haven Detention Visitors who has visited him monthly, said: “⟦d:d|He kept saying, ‘I just want to work.’ That's all he ever asked me about.⟧”

### 030
@a Delia Marchbanks | plaintiffs' attorney
@b Curtis Lange | representing Ridgeline Freight
@c Ridgeline Freight | -
@d Ana Reyes | the widow
CALLOWAY, Ore. — A jury on Thursday ordered Ridgeline Freight to pay $41 million to the family of a road worker killed by one of its trucks, after a trial in which the family's lawyer accused the company of putting "⟦p:a|profits over people.⟧"
Manuel Reyes, 44, was struck while setting out cones in a work zone on Highway 31 in 2021. The truck's driver had been on duty for 21 hours.
In her closing argument Wednesday, plaintiffs' attorney Delia Marchbanks held up the driver's logbook.
"⟦d:a|This man had been awake for twenty-one hours. Ridgeline knew it. Their own software flagged it. And they sent him out anyway,⟧" she told jurors.
"⟦d:a|They put profits over people. That's not a slogan. That's what the evidence shows.⟧"
Curtis Lange, representing Ridgeline Freight, said the company had "⟦p:b|robust fatigue policies⟧" and that the driver had falsified his hours.
"⟦d:b|Ridgeline didn't lie to anyone. One driver did, and he's been fired,⟧" Lange said. "⟦d:b|You can be angry at what happened to Mr. Reyes — I am — and still find that this company did not cause it.⟧"
After the verdict, Ridgeline Freight said in a statement that it would appeal, calling the award "⟦p:c|grossly excessive.⟧"
Ana Reyes, who sat in the front row throughout the three-week trial, hugged her two teenage sons. "⟦d:d|Manuel always said the trucks came too fast through the work zone. Somebody finally listened,⟧" the widow said.

### 031
@a Julian Baptiste | Recorder
@b Shane Corrigan | -
@c Marjorie Pell | retired teacher
@d Harriet Gill | prosecuting
A serial burglar who stole a widow's wedding ring while she slept upstairs swore at a judge as he was jailed for four years.
Shane Corrigan, 36, of Albion Terrace, Felsham, admitted breaking into the home of retired teacher Marjorie Pell, 84, in Cressfield Avenue in the early hours of September 14.
Harriet Gill, prosecuting, told Felsham Crown Court that Mrs Pell woke to find her bedroom door open and her jewellery box gone.
“⟦d:d|She has lived in that house for 52 years. She no longer feels safe in it,⟧” Miss Gill said.
In a statement read to the court, Mrs Pell said: “⟦d:c|That ring was on my finger for 60 years. I only took it off at night because my knuckles have got so bad. I feel I let my husband down by taking it off.⟧”
Recorder Julian Baptiste noted that Corrigan had 31 previous convictions for 58 offences. “⟦d:a|You are, quite simply, a professional burglar. You target the homes of the elderly because you think they will not wake up,⟧” he said.
As he was led from the dock, Corrigan shouted: “⟦d:b|Four years for a ring? You're a joke, mate.⟧”
“⟦d:a|Take him down,⟧” the recorder replied.
The ring has not been recovered.

### 032
@a Kieron Slade | Owner
@b Bev Ashcroft | a postwoman of 20 years
@c Nasreen Farouk | District Judge
@d Post Express | -
A POSTIE was left needing 40 stitches after being mauled by a rottweiler cross named "⟦s:-|Tyson⟧" whose owner had been warned about it three times, a court heard.
Bev Ashcroft, 52, a postwoman of 20 years, was delivering a birthday card when the dog burst through a broken gate in Spring Bank, Holmby.
"⟦d:b|I heard the growl and then it had my arm. It wouldn't let go. I was screaming and screaming and no one came,⟧" she told Holmby Magistrates' Court.
"⟦d:b|I still have nightmares. I can't do the round any more.⟧"
Owner Kieron Slade, 41, admitted being in charge of a dog dangerously out of control causing injury. He told the court: "⟦d:a|He's soft as anything with my kids. I don't know what got into him.⟧"
District Judge Nasreen Farouk snapped: "⟦d:c|Soft as anything is not how I'd describe what happened to Mrs Ashcroft's arm.⟧"
She ordered the dog to be destroyed and handed Slade a 16-week suspended sentence.
Post Express said: "⟦d:d|No one should go to work and come home injured. We will support Bev in every way we can.⟧"

### 033
@a Pawel Nowicki | the lorry driver
@b Hannah Ferris-Cole | Dr Cole's wife of 11 years
@c Alasdair Munro | Coroner
@d Owen Price | a police collision investigator
A lorry driver who turned left across the path of a cyclist has told an inquest he checked his mirrors “⟦p:a|two or three times⟧” before the collision.
Dr Simon Cole, 44, a GP, died at the junction of Mercer Street and Quayside in Hallbury in February.
Pawel Nowicki, who was driving a tipper lorry for a building firm, said he did not see Dr Cole at any point.
“⟦d:a|I looked, I indicated, I looked again. There was nobody there,⟧” the lorry driver said, speaking through a Polish interpreter.
“⟦d:a|When I felt something, I stopped. I got out and I saw him. I will never forget it.⟧”
Sgt Owen Price, a police collision investigator, said footage from the lorry's cameras showed Dr Cole had been alongside the cab for “⟦p:d|at least four seconds⟧” before the turn.
“⟦d:d|In my opinion a driver looking in the nearside mirror at that moment should have been able to see him,⟧” he said.
Dr Cole's wife of 11 years, Hannah Ferris-Cole, told the hearing: “⟦d:b|Simon cycled to work every day because he thought it was the right thing to do. He wore a helmet, he had lights, he did everything right.⟧”
Coroner Alasdair Munro recorded a conclusion of road traffic collision. “⟦d:c|I'm satisfied the lorry's mirrors were correctly set, but it's clear from the footage that Dr Cole was there to be seen,⟧” he said.

### 034
@a Tendai Moyo | Watch Manager
@b Rhodri Vaughan | counsel to the inquiry
@c Anthony Hebden | The inquiry chairman
@d Calloway Voices | -
@e - | one survivor
The first firefighter to reach the 14th floor of Calloway House has told the public inquiry into the fire that crews were “⟦p:a|fighting blind⟧” because the building's plans were out of date.
Watch Manager Tendai Moyo said the dry riser in the eastern stairwell failed within minutes of being connected.
“⟦d:a|We had water and then we didn't. We were running hose up the stairs floor by floor, and all the time people were calling down to us,⟧” he said.
Rhodri Vaughan KC, counsel to the inquiry, asked him what those people were saying.
“⟦d:a|They were asking where to go. We were telling them to stay put, because that was the policy. I've thought about that every day since.⟧”
“⟦d:b|Did anyone at the time question the stay-put advice?⟧” Mr Vaughan asked.
“⟦d:a|Not on the radio. In our heads, yes.⟧”
The inquiry chairman, Sir Anthony Hebden, thanked Mr Moyo for evidence he described as “⟦p:c|painful, honest and of great value⟧”.
Twenty-three people died in the fire in April 2022. Outside the hearing, one survivor, who lived on the 16th floor, said: “⟦d:e|He's the only one who has stood up there and told it straight.⟧”
Calloway Voices, which represents bereaved families and survivors, said the evidence showed “⟦p:d|a system that failed the firefighters as much as it failed us⟧”.

### 035
@a Aleksandra Wiśniewska | a former deputy manager at Oakvale Care's Linden Court home in Brantley
@b Trevor Diggle | The home's registered manager
@c the tribunal | -
@d Oakvale Care | -
A care home deputy manager who reported that residents were being left in soiled bedding overnight was subjected to ``⟦p:c|a campaign of petty hostility⟧'' before being dismissed, an employment tribunal has found.
Aleksandra Wiśniewska, a former deputy manager at Oakvale Care's Linden Court home in Brantley, told the tribunal that after she contacted the regulator her rota was changed without notice and she was left out of team meetings.
``⟦d:a|I was the same person on Monday that I was on Friday. The only difference was I'd made a phone call,⟧'' she said.
The home's registered manager, Trevor Diggle, denied any link. ``⟦d:b|Aleks was moved to nights because we needed cover on nights. It had nothing to do with any complaint,⟧'' he said.
But the tribunal, chaired by Employment Judge Fenella Grice, found Mr Diggle's explanation ``⟦p:c|not credible⟧''.
``⟦d:c|We find that the claimant's move to night shifts, her exclusion from meetings and the disciplinary investigation that followed were each materially influenced by her protected disclosure,⟧'' the tribunal said in its reserved judgment.
Oakvale Care said: ``⟦d:d|We are disappointed with the outcome and are considering the judgment carefully. The safety of our residents has always been our priority.⟧''

### 036
@a Priyanka Sethi | chair of the Save Ashgrove Meadows campaign
@b Giles Fenwick | for Broadmere District Council
@c Harcourt-Boyd | -
@d the council | -
@e Kestrel Homes | -
Campaigners have lost a Court of Appeal challenge to plans for 450 homes on meadowland outside Ashgrove, ending a four-year legal battle.
Priyanka Sethi, chair of the Save Ashgrove Meadows campaign, said residents were "⟦p:a|devastated but not surprised⟧".
"⟦d:a|We always knew the law was stacked in favour of developers. What we didn't expect was to be told the council did nothing wrong when it ignored its own ecologist,⟧" she said.
The campaign had argued that Broadmere District Council failed to take into account a report warning that the site was home to a colony of great crested newts.
Giles Fenwick KC, for Broadmere District Council, told the court the officers' report had dealt with the issue "⟦p:b|fully and fairly⟧". "⟦d:b|Members were not obliged to agree with every word of every consultee. They were obliged to consider the material, and they did,⟧" he said.
Dismissing the appeal, Lady Justice Harcourt-Boyd said: "⟦d:c|The question for this court is not whether the decision was wise, but whether it was lawful. We are satisfied that it was.⟧"
Kestrel Homes said it hoped to start work "⟦p:e|early next year⟧". The council said it welcomed "⟦p:d|the clarity the judgment provides⟧".

### 037
@a Martin Ashe | The Judge Advocate
@b Fiona Garrick | prosecuting
@c Craig Toland | Sergeant
@d - | a 20-year-old private who cannot be identified for legal reasons
An Army sergeant accused of sexually assaulting a junior soldier during a night exercise has told a court martial that she “⟦p:c|made the whole thing up⟧” after he reported her for being asleep on sentry duty.
Sergeant Craig Toland, 34, of the 2nd Battalion, the Westmoor Rifles, denies one charge of sexual assault at Catterby Military Court Centre.
The complainant, a 20-year-old private who cannot be identified for legal reasons, said in evidence last week that Toland had climbed into her sleeping bag.
“⟦d:d|I froze. I didn't know what to do. He was my section commander,⟧” she told the board.
Giving evidence on Tuesday, Toland said: “⟦d:c|It never happened. I was in my own basha the whole night. She's made the whole thing up because I put her on a charge.⟧”
Lieutenant Colonel Fiona Garrick, prosecuting, asked him why three other soldiers said they had seen him near her position.
“⟦d:b|Are they all lying, Sergeant Toland?⟧”
“⟦d:c|They're mistaken. It was pitch black, ma'am.⟧”
“⟦d:b|Then how could you be so sure where anyone was?⟧”
He did not answer.
The Judge Advocate, Martin Ashe, told the board: “⟦d:a|You will need to decide whose account is reliable. You may think the darkness cuts both ways.⟧”

### 038
@a Gwenllian Prys | Senior coroner
@b Eirlys Bowen | His mother
@c Huw Morgan-Rees | an inspector with the Rural Safety Authority
A young farmer was crushed by a bull he had raised from a calf while moving cattle on his family's farm, an inquest has heard.
Dafydd Bowen, 24, died at Tŷ Hir Farm, near Cwm Eithin, in April last year, the hearing at Aberdyfnant was told.
His mother, Eirlys Bowen, gave evidence in Welsh. "⟦d:b|Roedd e'n caru'r fferm,⟧" she said. "⟦d:b|He loved the farm.⟧"
"⟦d:b|He'd worked with that bull since it was a calf. He always said you never turn your back on a bull, and he never did. I don't know what happened that day.⟧"
Huw Morgan-Rees, an inspector with the Rural Safety Authority, said the bull was being moved through a yard without a fixed handling system. "⟦d:c|In our experience, most fatalities involving cattle happen when people and animals share open space. A race or a crush would have kept them apart,⟧" he said.
Senior coroner Gwenllian Prys recorded a conclusion of accidental death. "⟦d:a|Dafydd was by all accounts a skilled and careful stockman. This was a tragic accident,⟧" she said.
"⟦d:a|I would urge every farmer in the county to look again at how they handle cattle.⟧"

### 039
@a Samira Haddad | a former schoolteacher from Tel Amir
@b Ingrid Solheim | Presiding Judge
@c Jean-Baptiste Mvondo | defence counsel
@d Rustam Bekov | former militia commander
ROSSMARK, April 9 (Northline) — A woman who survived the 2014 massacre in Tel Amir told a war crimes tribunal on Wednesday that she recognised the commander who gave the order to open fire «⟦p:a|by his voice, before I saw his face⟧».
Samira Haddad, a former schoolteacher from Tel Amir, testified for a second day at the Special Tribunal for the Harun Valley in the trial of former militia commander Rustam Bekov, who denies 11 counts of war crimes and crimes against humanity.
Speaking in Arabic through an interpreter, Haddad said: «⟦d:a|He shouted for the men to be taken to the wall. He had a voice you could not forget. Everyone in the valley knew it.⟧»
Under cross-examination, defence counsel Jean-Baptiste Mvondo asked how she could be sure after nearly a decade.
«⟦d:c|You told investigators in 2016 that you were hiding in a storeroom. How could you hear anything clearly?⟧» he asked.
«⟦d:a|The door was wood. It was not a wall of stone. I heard him,⟧» Haddad replied.
Bekov, seated in the dock, interrupted: «⟦d:d|I have never seen this woman in my life.⟧»
Presiding Judge Ingrid Solheim cut him off. «⟦d:b|Mr Bekov, you will have your opportunity to give evidence. You will not interrupt a witness again,⟧» she said.
The trial, which opened in January, is expected to last until next year.

### 040
@a - | The teenager
@b Owain Blackwood | District Judge
@c Lorna Pettit | from the youth offending team
@d - | His mother
@e Ravi Chandrasekar | Shopkeeper
A 15-year-old boy who threatened a shopkeeper with a screwdriver during a robbery has been given a 12-month referral order.
The teenager, who cannot be named for legal reasons, admitted robbery at Marlow Vale Youth Court.
Shopkeeper Ravi Chandrasekar, 58, said in a statement that he had since installed a panic alarm. “⟦d:e|I have run this shop for 26 years. I know most of the children round here by name. I never thought one of them would point something at me,⟧” he said.
Lorna Pettit, from the youth offending team, said the boy had been “⟦p:c|drawn in by older lads⟧” and had engaged well with the team since his arrest.
The teenager told the court: “⟦d:a|I'm sorry for what I did. I want to say sorry to him properly if he'll let me.⟧”
His mother, sitting beside him, said: “⟦d:d|He's not a bad kid. He's a stupid kid, and he knows it now.⟧”
District Judge Owain Blackwood told him: “⟦d:b|You've got one chance here. Mr Chandrasekar wants to meet you, and you should take that seriously.⟧”

### 041
@a Tracey Wilding | Jake's mother
@b Chloe Wilding | His sister
@c Anthony Ebo | Judge
@d Lewis Kaye | -
The mother of a young dad killed by a single punch outside a takeaway told his killer: “⟦d:a|You didn't just end his life, you ended mine as I knew it.⟧”
Jake Wilding, 25, hit his head on the kerb after being punched by Lewis Kaye in Market Street, Dunsford, in the early hours of New Year's Day. He died in hospital four days later.
Kaye, 23, was jailed for four years and eight months at Dunsford Crown Court after admitting manslaughter.
Jake's mother, Tracey Wilding, read her statement from the witness box, her voice breaking.
“⟦d:a:m|I sat by his bed for four days. I held his hand and I told him his daughter needed him. I begged him.⟧
“⟦d:a|You didn't just end his life, you ended mine as I knew it. I will never forgive you, and I'm not going to pretend I will.⟧”
His sister, Chloe Wilding, spoke next. “⟦d:b|Jake was the one who held this family together. Now it's me, and I don't know how he did it,⟧” she said.
Kaye, who had been drinking for nine hours before the attack, turned to the public gallery and mouthed “⟦d:d|sorry⟧”.
Judge Anthony Ebo said: “⟦d:c|One punch can kill. That message has been repeated in this court and in others many times, and yet here we are again.⟧”
“⟦d:c|I accept you did not intend serious harm, Mr Kaye. But you chose to throw that punch at a man who had his hands in his pockets.⟧”

### 042
@a Hamish Adair | a consultant anaesthetist called by the prosecution
@b Edward Mallinson | prosecuting
@c Tobias Renwick | for Dr Nair
@d Anjali Nair | an anaesthetist at St Cuthbert's Hospital in Orrell
An expert witness has told the trial of a doctor accused of the manslaughter of a patient that her failure to notice a disconnected oxygen tube was "⟦p:a|truly exceptionally bad⟧".
Dr Anjali Nair, 39, an anaesthetist at St Cuthbert's Hospital in Orrell, denies the gross negligence manslaughter of Bernard Flint, 71, who suffered a fatal brain injury during a routine knee operation in 2021.
Professor Hamish Adair, a consultant anaesthetist called by the prosecution, told Hexton Crown Court the monitor alarm would have sounded within a minute of the disconnection.
"⟦d:a|In my opinion, no reasonably competent anaesthetist would have failed to respond to that alarm for the length of time that Dr Nair did,⟧" he said.
"⟦d:b|How long was the patient without adequate oxygen?⟧" asked Edward Mallinson KC, prosecuting.
"⟦d:a|Around seven minutes,⟧" Prof Adair said. "⟦d:a|Seven minutes without adequate oxygen is, in a patient of that age, almost always catastrophic.⟧"
Cross-examining, Tobias Renwick KC, for Dr Nair, put it to him that the alarm had been muted by a theatre technician earlier in the list.
"⟦d:c|If that is right, would it change your view?⟧" he asked.
"⟦d:a|It would change my view of the system. It would not entirely change my view of Dr Nair's responsibility,⟧" the professor replied.
"⟦d:c|You accept the system failed her?⟧"
"⟦d:a|I accept the system made it harder for her to succeed.⟧"
Dr Nair, who is expected to give evidence next week, has said she was "⟦p:d|devastated⟧" by Mr Flint's death.

### 043
@a Barry Finch | -
@b Gillian Yorke | Judge
@c Nikhil Rao | prosecuting
A SELF-STYLED “⟦s:-|property magnate⟧” who claimed he lived alone to dodge council tax while 11 lodgers paid him rent has been ordered to do 200 hours' unpaid work.
Barry Finch, 61, pocketed a single person's discount for eight years on his six-bedroom house in Oak Rise, Stourley, while renting rooms to tenants — including two who worked for the council.
Nikhil Rao, prosecuting, said: “⟦d:c|We say he knew perfectly well. He advertised the rooms online as ‘ideal for professionals’.⟧”
Finch blurted out from the dock: “⟦d:a|I'm not a crook! They were friends, not tenants!⟧”
Judge Gillian Yorke replied drily: “⟦d:b|Friends who paid £550 a month each, Mr Finch. I wish I had friends like that.⟧”
There was laughter in the public gallery.
Finch must also repay £9,800. Outside court, he told reporters: “⟦d:a|It's a witch hunt.⟧”

### 044
@a Lindsay Pargeter | the signaller on duty that night
@b Marcus Ebdon | counsel to the inquiry
@c Dev Mistry | general secretary of the Rail Workers' Federation
@d Helga Brandvold | The inquiry chair
@e - | control
The signaller on duty on the night of the Halden Cutting derailment has told the inquiry into the crash that she was working her seventh consecutive 12-hour shift. Earlier, Marcus Ebdon, counsel to the inquiry, said the cab radio system had failed “⟦p:b|on at least four previous occasions⟧” that year.
An extract from the transcript of Tuesday's hearing:
Q (Marcus Ebdon, counsel to the inquiry): When you received the call from the driver of the 21.40 reporting a landslip, what did you do?
A (Lindsay Pargeter, the signaller on duty that night): I put the signal at danger and I tried to contact the train coming the other way. I couldn't get through on the radio.
Q: What did you do next?
A: I tried again, and again. Then I rang control and said, “⟦d:a|I can't raise the 21.52, you need to stop it.⟧”
Q: And what did control say?
A: They said, “⟦d:e|Keep trying.⟧”
Two people died when the 21.52 struck the debris eleven minutes later.
Dev Mistry, general secretary of the Rail Workers' Federation, said after the session: “⟦d:c|Lindsay did everything right with the tools she had. The question is why those tools didn't work, and why she was on her seventh night in a row.⟧”
The inquiry chair, Professor Helga Brandvold, said she would “⟦p:d|look very closely⟧” at rostering practices.

### 045
@a Efua Quartey | Chief Justice
@b Hendrik Voss | one of two dissenting judges
@c the government | -
@d Mireille Dufresne | director of Open Courts Veldmark
The Supreme Court of Veldmark ruled 5-2 on Thursday that a law allowing the government to hold trials in secret on national security grounds is unconstitutional.
Writing for the majority, Chief Justice Efua Quartey said open justice was "⟦p:a|not a courtesy extended by the state but a right belonging to the people⟧".
"⟦d:a|A trial conducted entirely out of public view, in which the accused may not know the evidence against him, is not a trial in any sense the Constitution recognises,⟧" she wrote.
"⟦d:a|The state's legitimate interest in protecting sensitive information can be met by narrower means. This law makes no attempt to find them.⟧"
Justice Hendrik Voss, one of two dissenting judges, warned that the ruling would "⟦p:b|tie the hands of prosecutors in the most serious cases⟧". "⟦d:b|The majority underestimates the threat. I fear we will discover its true cost only when it is too late,⟧" he wrote.
The government said it "⟦p:c|respected⟧" the court's decision and would bring forward amending legislation.
Mireille Dufresne, director of Open Courts Veldmark, which brought the case, called the ruling "⟦p:d|historic⟧". "⟦d:d|For six years people have been convicted in rooms the public could not enter. Today that ends,⟧" she said.

### 046
@a Ines Kowalski | a first officer with SkyMeridian for 18 years
@b SkyMeridian | -
@c Derek Holm | The airline's head of flight operations
@d Kwabena Asare | Employment Judge
@e - | a manager
A pilot who was taken off long-haul flying weeks after her 50th birthday has won an age discrimination claim against SkyMeridian.
Ines Kowalski, a first officer with SkyMeridian for 18 years, told the tribunal in Hollingbury that she was told by a manager that she was “⟦p:e|not the future of the fleet⟧”.
“⟦d:a|I've flown 14,000 hours without an incident. I've trained half the new first officers on the A350. And I was being told I wasn't the future,⟧” she said.
The airline's head of flight operations, Captain Derek Holm, said the decision was based on training capacity. “⟦d:c|We needed to put our newer pilots on the long-haul fleet to build their experience. Age had nothing to do with it,⟧” he said.
Employment Judge Kwabena Asare found that the remark about the “⟦s:-|future of the fleet⟧” was an act of direct discrimination.
“⟦d:d|It is difficult to read that remark as anything other than a reference to the claimant's age,⟧” the judge said in his written reasons.
SkyMeridian said: “⟦d:b|We are disappointed by this decision, which we are reviewing. We value the experience of all our pilots.⟧”

### 047
@a Raymond Tate | -
@b Darlene Whitfield | the sister of Carol Ann Pruitt
@c Luis Arredondo | Commissioner
@d Janet Bergstrom | Commissioner
MERRICK, Mo. — A man who has spent 41 years in prison for the 1983 murder of a convenience store clerk was denied parole for the ninth time Tuesday, after the victim's sister told the board that her sister was "⟦p:b|24 forever.⟧"
Raymond Tate, 68, appeared by video from the Merrick Correctional Center.
"⟦d:a|I was 27 years old and high on PCP. I'm not that man anymore. I've taught three hundred men to read in here,⟧" Tate told the two-member panel.
Commissioner Janet Bergstrom asked him: "⟦d:d|What do you think about when you think about Carol Ann Pruitt?⟧"
Tate paused for several seconds. "⟦d:a|That she was working a double so she could buy her kids school shoes. I think about that a lot.⟧"
Darlene Whitfield, the sister of Carol Ann Pruitt, spoke next. "⟦d:b|He says he's changed. Maybe he has. But Carol doesn't get to change. She's 24 forever,⟧" Whitfield said.
"⟦d:b|I still set a place for her at Thanksgiving. Every year.⟧"
Commissioner Luis Arredondo said the board recognized Tate's "⟦p:c|exemplary⟧" conduct record but had concluded his release "⟦p:c|would depreciate the seriousness of the offense.⟧"
"⟦d:c|This is not a judgment that you have not changed, Mr. Tate,⟧" Arredondo said. "⟦d:c|It is a judgment about what you did.⟧"

### 048
@a Pauline Fairclough | Mrs Hodgkiss's daughter
@b Angela Brightmore | the manager of Willowbank Lodge
@c - | A carer who gave evidence anonymously
@d Rhys Penhaligon | Assistant coroner
A 91-year-old woman with dementia died after falling from her bed at a care home where night staff were ``⟦p:c|stretched to breaking point⟧'', an inquest has heard.
Edna Hodgkiss, a former mill worker, was found on her bedroom floor at Willowbank Lodge in Brackenfold at 5.40am on November 3 and died in hospital from a bleed on the brain.
Mrs Hodgkiss's daughter, Pauline Fairclough, told the inquest: ``⟦d:a|Mum had fallen twice before. We asked for a low bed and a sensor mat. We were told they were on order. They were still on order when she died.⟧''
Angela Brightmore, the manager of Willowbank Lodge, said the equipment had been delayed by a supplier. ``⟦d:b|I chased it every week. I accept I should have found another way,⟧'' she said.
A carer who gave evidence anonymously said two staff had been responsible for 38 residents that night. ``⟦d:c|We were stretched to breaking point. You can't be in two places at once, let alone 38,⟧'' she said.
Assistant coroner Rhys Penhaligon recorded a narrative conclusion. ``⟦d:d|Mrs Hodgkiss's risk of falling was known, and the measures identified to reduce that risk were not in place,⟧'' he said.

### 049
@a Rogelio Ibáñez | Mayor
@b Carmen Valdivia | the city's former treasurer
@c Héctor Saldaña | Prosecutor
@d - | one reporter
@e Marta Ocampo | Ibáñez's lawyer
SAN TEODORO, March 4 (Northline) — The former treasurer of San Teodoro testified on Monday that Mayor Rogelio Ibáñez personally instructed her to transfer public funds to a foundation run by his brother-in-law, telling her it was “⟦p:a|for the good of the city⟧”.
Carmen Valdivia, the city's former treasurer, is the prosecution's key witness in the corruption trial of Ibáñez, 58, who denies embezzlement and money laundering.
“⟦d:b|He called me into his office and closed the door. He said, ‘Carmen, this stays between us,’⟧” Valdivia told the court, speaking in Spanish.
Prosecutor Héctor Saldaña asked how much had been transferred. “⟦d:b|Around 90 million pesos over two years,⟧” she replied.
“⟦d:c|Did you ever question the instruction?⟧” Saldaña asked.
“⟦d:b|Once. He told me that was not my job,⟧” she said.
Ibáñez's lawyer, Marta Ocampo, has described Valdivia as “⟦p:e|a disgruntled employee seeking to save herself⟧”. Valdivia faces separate charges.
Outside the courthouse, Ibáñez spoke briefly to reporters. “⟦d:a|I have nothing to hide. The people of San Teodoro know who I am,⟧” he said.
“⟦d:d|Will you resign?⟧” one reporter asked.
“⟦d:a|Why would I resign? I have been convicted of nothing,⟧” the mayor said, before getting into a waiting car.

### 050
@a Harriet Lomax | District Judge
@b Fenn Ashby | a biology student who represented herself
@c Mohammed Tariq | Prosecutor
@d Tipping Point Now | -
Five climate protesters who glued themselves to the doors of an oil company's headquarters have been found guilty of aggravated trespass.
Supporters outside Kingsmere Magistrates' Court chanted "⟦s:-|No more oil, no more lies⟧" and held banners reading "⟦s:-|The jury is out, the planet is burning⟧" as the verdicts were delivered.
Fenn Ashby, 26, a biology student who represented herself, told the court: "⟦d:b|I'm not a criminal. I'm a frightened person who has read the science.⟧"
"⟦d:b|If you find me guilty today, history will find you guilty tomorrow,⟧" she added.
Prosecutor Mohammed Tariq said the protest had forced the evacuation of 200 staff. "⟦d:c|The right to protest is important. It is not a right to prevent other people from going to work,⟧" he said.
District Judge Harriet Lomax said she accepted the defendants' "⟦p:a|sincerity and passion⟧". "⟦d:a|But sincerity is not a defence in law, and I cannot treat it as one,⟧" she said.
The five were each fined £750. Tipping Point Now, which organised the protest, said: "⟦d:d|Today's verdict will not stop us. Nothing will.⟧"

### 051
@a Sefa Tuilagi | a single mother of three
@b Graham Pryor | Property investor
@c Annabel Frost | Senior Member
@d Leah Corbett | a tenancy advocate with the Tenants Union of Westhaven
A landlord who left a family without hot water for five months has been ordered to pay $7,400 in compensation and cut their rent by a third until repairs are done.
Sefa Tuilagi, 38, a single mother of three, told the Westhaven Civil and Administrative Tribunal she had boiled kettles to bathe her children through winter.
“⟦d:a|I texted him, I emailed, I rang. He'd say ‘next week’ and then nothing,⟧” she said.
Property investor Graham Pryor, who owns 11 rental properties, told the tribunal he had been let down by tradespeople. “⟦d:b|I'm not a slumlord. I had three plumbers cancel on me,⟧” Mr Pryor said.
Senior Member Annabel Frost was unimpressed. “⟦d:c|Three cancellations in five months is not an explanation for five months without hot water, Mr Pryor,⟧” she said.
In her written decision, she described his conduct as “⟦p:c|a serious and sustained breach⟧” of his obligations as a landlord.
Leah Corbett, a tenancy advocate with the Tenants Union of Westhaven, said the case was “⟦p:d|depressingly common⟧”. “⟦d:d|Most tenants wouldn't have fought it. They'd have been too scared of being evicted,⟧” she said.

### 052
@a Fraser Lennox | the coroner
@b Hugo Carrington | Major
@c Grace Okonkwo | Liam's mother
@d - | An Army spokesperson
A 19-year-old soldier who collapsed and died on a training march in 31C heat was “⟦p:a|let down⟧” by those who should have stopped the exercise, a coroner has concluded.
Private Liam Okonkwo, of the 1st Battalion, the Cordell Regiment, collapsed on Fellwick Moor in July 2022 and died in hospital the same evening.
Major Hugo Carrington, who planned the exercise, told the inquest he had not received an updated heat warning. “⟦d:b|Had I seen it, I would have postponed the march. I have no doubt about that,⟧” he said.
Liam's mother, Grace Okonkwo, said her son had phoned her the night before. “⟦d:c|He said, ‘Mum, they're going to march us till we drop.’ He was laughing. He thought it was a joke,⟧” she said.
“⟦d:c|I want to know how a boy can die of heat in this country, in the army, with all those people watching him.⟧”
Recording a narrative conclusion, the coroner, Fraser Lennox, said there had been “⟦p:a|a series of failures in the planning and supervision⟧” of the march.
“⟦d:a|Liam was let down by those who had a duty to protect him. I do not say that lightly,⟧” he said.
An Army spokesperson said: “⟦d:d|We are deeply sorry for the loss of Private Okonkwo. We have already made changes to how we manage heat illness in training.⟧”

### 053
@a Rowntree | the judge
@b Connor Fitzgerald | -
@c - | A spokesperson for the prosecution service
A jury in the trial of a man accused of murdering a teenager at a house party has been discharged after a juror was found to have researched the case online.
Mr Justice Rowntree told the remaining jurors at Ellingham Crown Court that the trial could not continue. "⟦d:a|One of your number has, in breach of my clear directions, looked up material about this case and this defendant on the internet,⟧" he said.
"⟦d:a|I have no choice. I am sorry for the distress this will cause, particularly to the family of the young man who died,⟧" the judge said. "⟦d:a|The juror in question will be dealt with separately.⟧"
Connor Fitzgerald, 27, who denies murdering Jayden Price, 17, in Ellingham in June, shouted from the dock: "⟦d:b|That's a joke! I want this over!⟧"
A retrial has been fixed for next spring. A spokesperson for the prosecution service said: "⟦d:c|We will continue to seek justice for Jayden and his family.⟧"

### 054
@a Devon Clarke | the father of four
@b Rachel Abernethy | His MP
@c Faraday | -
@d Department for Borders | -
A father of four who has lived in Britain since he was three has won his Court of Appeal fight against deportation to the island of St Marien, where he has not set foot in 43 years.
Devon Clarke, 46, was served with a deportation order in 2021 over a 2004 conviction for supplying cannabis, for which he served nine months.
Lord Justice Faraday said a lower tribunal had “⟦p:c|failed to grapple with⟧” the effect of his removal on his children, the youngest of whom is seven.
“⟦d:c|The tribunal treated an offence committed two decades ago, followed by an unblemished record, as if it had been committed yesterday,⟧” he said. “⟦d:c|That was an error of law.⟧”
Speaking outside court, the father of four said: “⟦d:a|I've paid taxes here for 25 years. I coach the under-nines on a Sunday. I don't know anyone in St Marien. I don't even know what my grandparents' house looked like.⟧”
His MP, Rachel Abernethy, who had campaigned on his behalf, said: “⟦d:b|Devon is British in every way that matters. This case should never have got this far.⟧”
The Department for Borders said it would “⟦p:d|study the judgment⟧”.

### 055
@a Terence Mulvaney | a retired bus driver
@b Nadia Farquharson | counsel to the inquiry
@c Eleanor Bright | Judge
@d Ravensby County Council | -
A man who was sent to a children's home at the age of eight told a public inquiry that he was beaten so often he “⟦p:a|stopped counting after a hundred⟧”.
Terence Mulvaney, now 64, a retired bus driver, was the first witness to give evidence in person at the Ravensby Inquiry into Residential Child Care, which is examining abuse at four homes run by Ravensby County Council between 1965 and 1992.
Nadia Farquharson, counsel to the inquiry, asked him to describe his first night at Greystone Hall.
“⟦d:a:m|I was put in a dormitory with twelve other boys. I was crying for my mam. One of the staff came in and told me to shut up, and when I didn't, he took me out into the corridor.⟧
“⟦d:a:m|I'm not going to describe what happened in the corridor. I've described it enough times to enough people.⟧
“⟦d:a|What I will say is that I learned that night not to cry where anyone could hear me. I kept that up for about fifty years.⟧”
“⟦d:b|Did you tell anyone at the time?⟧” Ms Farquharson asked.
“⟦d:a|Who would I tell? The people you'd tell were the people doing it.⟧”
Judge Eleanor Bright, who chairs the inquiry, thanked him. “⟦d:c|Mr Mulvaney, I know what it has cost you to come here today. The inquiry is grateful,⟧” she said.
Ravensby County Council has apologised to survivors. In a statement, it said it was “⟦p:d|profoundly sorry for the harm done to children in our care⟧”.

### 056
@a - | The complainant
@b Oliver Strang | -
@c Rebecca Lanyon | defending
@d Alistair Beaumont | prosecuting
A woman told a jury that a former colleague sent her more than 3,000 messages in nine months, including one that read: "⟦d:b|I know which window is your bedroom.⟧"
Oliver Strang, 35, denies stalking involving fear of violence. The complainant, 31, who cannot be identified, gave evidence from behind a screen at Pendlebury Crown Court.
Alistair Beaumont, prosecuting, read a selection of the messages to the jury. In one, Strang wrote: "⟦d:b|You can block me all you like. I'll always find a way back to you.⟧" Another, sent at 3.14am, said simply: "⟦d:b|Nice coat today.⟧"
"⟦d:a|I stopped wearing that coat. I stopped going to the gym. I moved my desk so my back wasn't to the door,⟧" the complainant said.
"⟦d:d|How did you feel when you read the message about your bedroom?⟧" Mr Beaumont asked.
"⟦d:a|Sick. Just sick. I didn't sleep in that room again.⟧"
Cross-examined by Rebecca Lanyon, defending, she agreed that she and Strang had been on "⟦p:a|a few dates⟧" in 2022.
"⟦d:c|You told him at the time that you liked getting messages from him, didn't you?⟧" Ms Lanyon asked.
"⟦d:a|At the start. Not three thousand of them.⟧"
"⟦d:c|You never told him to stop.⟧"
"⟦d:a|I told him to stop on the fourteenth of March, in writing. You've got the email.⟧"
The trial continues.

### 057
@a Pieter-Jan Claes | Judge
@b Dragan Ilić | Lorry driver
@c Border Crime Agency | -
@d Anouk de Vries | His lawyer
A lorry driver caught with 240kg of cocaine hidden in a consignment of frozen chips at the port of Hollandsmeer has been jailed for 11 years.
Lorry driver Dragan Ilić, 51, told the court in Veltrecht that he had «⟦p:b|no idea⟧» what was in the trailer.
«⟦d:b|I pick up, I drive, I deliver. Nobody lets me open the seals,⟧» he said.
Judge Pieter-Jan Claes rejected that account. «⟦d:a|You were paid 20,000 euros for a single journey that would ordinarily earn a driver a few hundred. You knew very well what you were carrying,⟧» he said.
His lawyer, Anouk de Vries, said Ilić had been «⟦p:d|used as a mule by people far more important than him⟧» and would appeal.
The Border Crime Agency said the cocaine had a street value of about 18 million euros. «⟦d:c|This was one of the largest seizures at Hollandsmeer this year. Those who organise these shipments should know we are watching,⟧» the agency said.

### 058
@a Tamsin Adjei-Moore | Sprinter
@b the panel | -
@c Northland Athletics | -
@d Devontae Price | Her coach
Sprinter Tamsin Adjei-Moore has been banned for four years after an independent anti-doping panel rejected her claim that a banned steroid entered her system through a contaminated supplement.
The 27-year-old, who won 200m silver at the Continental Games in 2022, tested positive at a training camp in March.
In its written reasons, the panel said her explanation was “⟦p:b|speculative and unsupported by any scientific evidence⟧”.
“⟦d:b|The athlete has not identified the source of the prohibited substance, and the supplement she relied on was tested and found to be clean,⟧” the panel said.
Adjei-Moore said in a post on social media: “⟦d:a|I have never knowingly taken anything. I'm heartbroken, and I'm going to keep fighting this until my name is clear.⟧”
Her coach, Devontae Price, said: “⟦d:d|I've known Tamsin since she was 12. I'd stake my life on her being clean.⟧”
Northland Athletics said it “⟦p:c|respects the decision⟧” and that anti-doping rules “⟦p:c|apply equally to every athlete⟧”.

### 059
@a Dean Whitworth | Prison officer
@b Shannon Reilly | His partner
@c Custody Ombudsman | -
@d Mairead Costello | senior coroner
A prisoner who was found hanged in his cell had been taken off suicide monitoring two days before his death, an inquest has heard.
Jordan Ames, 29, was found in his cell on D-wing at HMP Blackmoor on October 2, 2022.
Prison officer Dean Whitworth said he had checked on Mr Ames at 10.15pm. "⟦d:a|He was sat on his bed. He said he was fine and asked me what time breakfast was,⟧" he said.
"⟦d:a|I went back at 11.05 and I couldn't see him through the observation panel. I called it in straight away.⟧"
A report by the Custody Ombudsman found that the decision to end Mr Ames's monitoring had been taken "⟦p:c|without adequate consultation⟧" with mental health staff.
His partner, Shannon Reilly, told the hearing she had phoned the prison twice that week. "⟦d:b|I told them he wasn't right. I told them he'd said goodbye to our little girl on the phone like he wasn't going to see her again. Nobody rang me back,⟧" she said.
Recording a narrative conclusion, senior coroner Mairead Costello said: "⟦d:d|Mr Ames's risk of self-harm was not properly reassessed before his monitoring was stopped, and this possibly contributed to his death.⟧"

### 060
@a Sebastian Larkworthy | the former chief executive of Halcyon Water
@b Juliet Amankwah | prosecuting
@c Rupert Strickland | Judge
On the 12th day of his trial, Sebastian Larkworthy was asked the question the jury had been waiting for.
``⟦d:b|Did you know the figures were false?⟧'' Juliet Amankwah KC, prosecuting, asked the former chief executive of Halcyon Water.
``⟦d:a|No. I did not,⟧'' Larkworthy said.
Larkworthy, 52, denies conspiracy to falsify pollution monitoring records between 2016 and 2020. Two former managers have pleaded guilty.
``⟦d:b|You signed the annual returns. All four of them,⟧'' Ms Amankwah said.
``⟦d:a|I signed what I was given by people I trusted.⟧''
``⟦d:b|Including Mr Dyer, who has told this jury that you told him to ‘make the red ones go away’.⟧''
``⟦d:a|Mr Dyer is lying. He is trying to save himself.⟧''
Judge Rupert Strickland interrupted to ask the defendant to speak up. ``⟦d:c|The jury need to hear every word, Mr Larkworthy,⟧'' he said.
Outside the court, a dozen protesters held placards reading ``⟦s:-|Rivers not profits⟧''. The trial continues.

### 061
@a - | A source close to the investigation
@b Kerry Blaine | Detective Inspector
@c Hywel Tudor | Judge
@d - | One relative of a defendant
Four men have been jailed for a total of 62 years for a shooting outside a snooker hall in Garside that police say was part of a feud between two rival gangs.
The trial at Garside Crown Court was held under tight security after two witnesses withdrew their statements. A source close to the investigation said: “⟦d:a|People were frightened to death. One witness had a brick through her window the night after she was named in court.⟧”
Sentencing, Judge Hywel Tudor said it was “⟦p:c|a miracle of luck that no one died⟧” in the shooting, in which a 14-year-old passer-by was hit in the leg.
“⟦d:c|You brought a loaded firearm into a street full of families on a Saturday afternoon. The sentences I pass must deter others,⟧” he told the men.
As they were led away, there were shouts of “⟦d:-|Love you, bro⟧” from the public gallery.
Detective Inspector Kerry Blaine said outside court: “⟦d:b|These men thought they could shoot at each other in a busy street and that the community would be too scared to speak. They were wrong.⟧”
One relative of a defendant said: “⟦d:d|They're not the monsters you lot make them out to be.⟧”

### 062
@a Tobias Mwale | a GP in Hensby
@b Margaret Ochieng-Ross | The tribunal chair
@c Crispin Tully | for the General Medical Board
@d - | A patient who cannot be named
A GP who prescribed opioids to patients he had never met through an online clinic has been struck off by a medical tribunal that found he posed "⟦p:b|a real and ongoing risk⟧" to the public.
Dr Tobias Mwale, a GP in Hensby, issued more than 4,000 prescriptions for codeine and tramadol through the website MedsDirectNow between 2020 and 2022, the Medical Practitioners Tribunal heard.
Crispin Tully, for the General Medical Board, said: "⟦d:c|Some patients received repeat prescriptions every 10 days. No one was asking why.⟧"
A patient who cannot be named said in a written statement: "⟦d:d|It was easier to get tramadol off that website than it was to get a GP appointment. By the end I was taking 20 a day.⟧"
Dr Mwale, who did not attend the final day, had told the tribunal earlier that he had been "⟦p:a|naive⟧" about the clinic's business model. "⟦d:a|I believed the triage questionnaires were adequate. I was wrong,⟧" he said.
The tribunal chair, Margaret Ochieng-Ross, said: "⟦d:b|Dr Mwale abdicated his responsibility as a prescriber. He poses a real and ongoing risk to the public, and erasure is the only sanction sufficient to protect it.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh79.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh79",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
