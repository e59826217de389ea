# ruff: noqa: E501
"""Build ``quotes_fresh87.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families (including statements read to court), inquests,
public inquiry hearings with counsel to the inquiry, appeals, employment, immigration,
medical, housing and police-misconduct tribunals, a court martial and international
and foreign courts, written up as wire copy, broadsheet and local-paper court reports,
tabloid court copy, broadcaster web copy and live blogs, magazine pieces and sketches.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh87-NNN``.

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

* Questions put in court or at a hearing belong to whoever asks them (counsel, the
  judge, the coroner, a panel chair, a police interviewer whose interview is read
  out); answers belong to the witness. In a run of quote-only paragraphs each turn
  belongs to the person whose turn it is.
* A written statement read aloud by someone else (a victim personal statement read
  by the prosecutor, a statement read to a panel, a police-interview record read to
  the jury) belongs to its author, not to the reader. Text messages, emails, letters
  and notes quoted in court belong to the person who wrote them.
* Words that a witness, counsel or a document attributes to a third person, when the
  reporter quotes them in their own (outer) quotation marks, belong to that third
  person (``she said Holt had told her "…"``: Holt). Inside someone else's quote they
  stay part of the outer span, as the conventions say.
* Judicial and official role titles before a name (``Judge``, ``District Judge``,
  ``Recorder``, ``Coroner``, ``Employment Judge``, ``Tribunal judge``, ``Presiding
  Judge``, ``Chief Justice``, ``Commissioner``, ``Evidence leader``) and police and
  military ranks (``Detective Garda``, ``Corporal``, ``Private``, ``Detective Chief
  Inspector``, ``Group Commander``) are role titles: the description when the passage
  gives no appositive. ``Mr Justice``, ``Mrs Justice``, ``Lady Justice``, ``Lord
  Justice``, a bare ``Justice`` (as in Indian and Nigerian courts), ``Lord`` (a Scottish
  judge's title), ``Dame``, ``Sir``, ``Advocate`` and the post-nominals KC, SC and SAN
  are honorifics: dropped from the name and never the description, so ``Lady Justice
  Harlow`` is ``Harlow`` with a null description unless the passage gives one.
* Participial tags after a barrister's name (``prosecuting``, ``defending``, ``for the
  Crown``, ``for the defence``, ``representing Torrin Homes``) are not noun phrases and
  not descriptions; noun phrases such as ``counsel to the inquiry``, ``counsel for the
  family`` or ``her barrister`` are.
* When a speaker is introduced without an appositive or title, a definite description
  the passage uses for that person in the next sentence or at a cue (``the prisoner``,
  ``the property tycoon``, ``the businessman``) is the description.
* A person identified only by a role because of reporting restrictions (``the boy``,
  ``the complainant``) or an unnamed group speaking together (``the jury``, ``the
  family of Marcus Obeng``) has a null speaker and that phrase as the description.
  Initials or a cipher used in place of a name (``HK``, ``V31``) are the speaker's name.
* Headlines and timestamps in a live blog are paragraphs like any other; words in
  single marks in a headline are not annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh87.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh87.jsonl")

PASSAGES = """
### 001
@a Deborah Ellingham | a neighbour of the dead man
@b Simon Achterberg | -
@c Farida Qureshi | -
CARNBRIDGE (Wire) - A woman who lived next door to a retired postman found stabbed at his home told a jury on Tuesday she heard "⟦p:a|two men shouting, then one man crying⟧" through the wall on the night he died.
Deborah Ellingham, a neighbour of the dead man, was giving evidence on the second day of the trial of Lewis Penhallow, 29, who denies murdering Graham Tully, 71, in March last year.
Questioned by Farida Qureshi KC, prosecuting, Ellingham said she had been watching television when the noise began shortly after 11 p.m.
"⟦d:c|What did you do when you heard it?⟧" Qureshi asked.
"⟦d:a|I turned the sound down. I thought it was his telly at first. Graham liked his westerns loud,⟧" Ellingham replied. "⟦d:a|Then I heard a man say 'give it here' - not Graham's voice, a younger voice.⟧"
Under cross-examination by Simon Achterberg KC, for the defence, she accepted that she had not seen anyone enter or leave the house.
"⟦d:b|You could not say whose voice it was, could you?⟧" Achterberg put to her.
"⟦d:a|No. I've never claimed I could,⟧" she said.
"⟦d:b|And you'd had a glass or two of wine that evening?⟧"
"⟦d:a|One glass. With my tea.⟧"
Penhallow, of Wyvern Road, Carnbridge, sat in the dock in a grey suit and took notes throughout. The trial continues.

### 002
@a Colin Barraclough | Chair of the bench
@b Nadia Hussain | Defence solicitor
@c Terence Mabbott | a self-employed roofer from Kestrel Close
@d Alan Rix | Prosecutor
A ROOFER who was nearly four times the drink-drive limit when he ploughed into a bus shelter in Haddleton has been banned from the roads for three years.
Terence Mabbott, 52, a self-employed roofer from Kestrel Close, pleaded guilty at Haddleton Magistrates' Court to driving with excess alcohol.
Prosecutor Alan Rix told the court that a passer-by called police at about 7.40pm on February 9 after seeing a white pick-up mount the kerb on Station Parade.
"⟦d:d|Fortunately nobody was waiting for a bus at the time. The shelter was destroyed,⟧" Mr Rix said.
A breath test showed 131 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.
Defence solicitor Nadia Hussain said her client had been drinking after learning that his brother had been diagnosed with cancer.
"⟦d:b|He is deeply ashamed. He has lived in this town all his life and he has never been before a court,⟧" she said. "⟦d:b|He has already paid for the shelter to be replaced.⟧"
Mabbott, who stood with his head bowed, told magistrates: "⟦d:c|I'm sorry. It won't happen again.⟧"
Chair of the bench Colin Barraclough said: "⟦d:a|You are fortunate that this was a bus shelter and not a person. The reading was extremely high.⟧"
Mabbott was fined £1,200 and ordered to pay £85 costs and a £480 victim surcharge. The ban will be reduced by 36 weeks if he completes a drink-drive rehabilitation course.

### 003
@a Jace Kilbride | the reality TV star
@b Mercedes Vann | his ex-girlfriend
@c Oona McAteer | Prosecutor
Jace Kilbride sobbed in the dock yesterday as his ex-girlfriend told a court he "⟦p:b|flipped like a switch⟧" and hurled a phone at her head.
The reality TV star, 33 - famous for his "⟦s:-|Big Dog⟧" catchphrase on dating show "⟦s:-|Sun Trap⟧" - denies assault by beating.
His ex-girlfriend Mercedes Vann, 27, told Hallamford Magistrates' Court the row blew up at his flat in Brackley Heights last June.
"⟦d:b|One minute we were laughing about something on my phone, the next he was screaming in my face,⟧" she said, giving evidence from behind a screen.
"⟦d:b|He threw his phone and it caught me just here,⟧" she added, pointing to her left temple. "⟦d:b|I had a lump the size of an egg.⟧"
Prosecutor Oona McAteer showed the court photos of the injury taken by police the following morning.
"⟦d:c|Did you do anything to provoke him?⟧" Ms McAteer asked.
"⟦d:b|I asked him who 'Kayleigh' was. That's it. That's all I did.⟧"
Kilbride shook his head and muttered "⟦d:a|lies⟧" as she spoke, earning a warning from the bench.
Giving evidence later, the star insisted the phone had "⟦p:a|slipped out of my hand⟧" as he stood up.
"⟦d:a|I would never, ever hurt a woman. My mum brought me up better than that,⟧" he said, wiping his eyes. "⟦d:a|I've lost everything over this - the show, the sponsorships, my mates.⟧"
The case continues.

### 004
@a Helen Strachan-Obi | Area coroner
@b Marcus Dyer | Kian’s father
@c Rhiannon Pryce | a health and safety inspector
@d Voltane Services | -
A coroner has found that failures by a building contractor “⟦p:a|more than minimally contributed⟧” to the death of an 18-year-old apprentice electrician who was electrocuted in his fourth week in the job.
Kian Dyer died at a housing development in Lowfield in August 2022 after touching a cable that colleagues believed had been isolated.
Rhiannon Pryce, a health and safety inspector, told the inquest that the lock-off procedure on site had been “⟦p:c|in practice, non-existent⟧”.
“⟦d:c|There was a padlock. Nobody could tell me who had the key,⟧” she said.
Recording a narrative conclusion at Brenmouth Coroner’s Court on Thursday, Area coroner Helen Strachan-Obi said: “⟦d:a|Kian was a young man at the very start of his working life. He was entitled to expect that the people responsible for his safety would keep him safe. They did not.⟧”
Outside court, Kian’s father, Marcus Dyer, read a statement on behalf of the family. “⟦d:b|Kian went to work and he never came home. No parent should have to sit through what we have sat through this week,⟧” he said.
“⟦d:b|We hope nobody else’s son is sent up a ladder without the training he needs.⟧”
Voltane Services, which employed Kian, said in a statement that it had “⟦p:d|reviewed and strengthened⟧” its procedures and that its thoughts remained with his family.

### 005
@a Gwendolyn Asante | counsel to the inquiry
@b Rupert Hallworth | the trust's chief executive from 2012 to 2021
@c Imelda Corr | the inquiry chair
@d Bereaved Families for Saltmere | a campaign group
The former head of Saltmere Hospitals Trust has told a public inquiry that he was "⟦p:b|never once⟧" shown the mortality figures a whistleblower says she sent to his office in 2017.
Rupert Hallworth, the trust's chief executive from 2012 to 2021, gave evidence for most of Wednesday under questioning from Gwendolyn Asante, counsel to the inquiry.
Ms Asante took him to an email dated 14 June 2017 with the subject line "⟦s:-|Urgent - excess deaths ward 9⟧".
"⟦d:a|This email was sent to your personal assistant. Did she not pass it on?⟧"
"⟦d:b|I can only tell you that I have no memory of seeing it, and I have looked very hard for that memory,⟧" Mr Hallworth said.
"⟦d:a|You understand why the families find that hard to believe?⟧"
"⟦d:b|I do. I find it hard to accept myself.⟧"
Ms Asante then read from the minutes of a board meeting six weeks later, at which Mr Hallworth described concerns about ward 9 as "⟦p:b|largely a data quality issue⟧".
"⟦d:b|Those were my words, and they were wrong,⟧" he said. "⟦d:b|I was reassured by people whose job it was to reassure me, and I should have asked harder questions.⟧"
The inquiry chair, Dame Imelda Corr, intervened at one point to ask him to slow down for the stenographer. "⟦d:c|We have all day, Mr Hallworth,⟧" she said.
Outside the hearing, Bereaved Families for Saltmere, a campaign group, said his evidence had been "⟦p:d|a masterclass in forgetting⟧".

### 006
@a Bogdan Petrescu | a former warehouse supervisor at Haulwell Logistics’ depot in Marrow Cross
@b Lorraine Fitch | the operations manager who dismissed him
@c Anwen Jarvis | Employment Judge
@d Haulwell Logistics | -
A warehouse supervisor who was sacked after complaining about forklift safety was unfairly dismissed and suffered detriment for whistleblowing, an employment tribunal has ruled.
Bogdan Petrescu, a former warehouse supervisor at Haulwell Logistics’ depot in Marrow Cross, told the tribunal in Lenbury that he raised concerns about faulty brakes three times before he was dismissed for what the company called “⟦p:d|gross misconduct⟧” in 2023.
“⟦d:a|I told them someone would be killed. I put it in writing. Two weeks later I was the one walking out of the gate with my things in a bin bag,⟧” Mr Petrescu said in his witness statement.
Lorraine Fitch, the operations manager who dismissed him, denied that his complaints had played any part. “⟦d:b|The decision was about his conduct towards a colleague, nothing else,⟧” she told the hearing.
Asked by the judge why the colleague had never been interviewed, Ms Fitch said: “⟦d:b|I took the view that the CCTV was enough.⟧”
In a written judgment, Employment Judge Anwen Jarvis said the investigation had been “⟦p:c|perfunctory at best⟧”.
“⟦d:c|The tribunal is satisfied that the principal reason for dismissal was that the claimant had made protected disclosures. The conduct allegation was, in substance, a pretext,⟧” the judge wrote.
Haulwell Logistics said it was “⟦p:d|disappointed⟧” by the ruling and was considering an appeal. A remedy hearing will be held in the summer.

### 007
@a HK | a 34-year-old former radio presenter
@b Priyanka Deshmukh | Tribunal Judge
@c Gareth Morrow | a presenting officer for the Interior Department
@d Inés Castellano | His barrister
A radio presenter who says he was beaten by security police in Velmoria after broadcasting a phone-in about food prices has won his appeal against the refusal of asylum. He can be identified only by his initials.
HK, a 34-year-old former radio presenter, told the tribunal he was held for 19 days in 2021. "⟦d:a|They wanted the names of the callers. I did not have them, and they did not believe me,⟧" he said through an interpreter.
Gareth Morrow, a presenting officer for the Interior Department, argued that HK's account had "⟦p:c|shifted materially⟧" between his screening interview and his later statement.
"⟦d:c|In the first interview it is three days. Now it is 19. That is not a detail,⟧" Mr Morrow told the tribunal.
His barrister, Inés Castellano, said the discrepancy was explained by a mistranslation that the department itself had since acknowledged. "⟦d:d|He said 'three weeks'. The interpreter wrote 'three days'. We have the recording,⟧" she said.
In her determination, Tribunal Judge Priyanka Deshmukh found HK to be a credible witness.
"⟦d:b|I accept the appellant's account in its essentials. He gave his evidence in a measured way, without embellishment, and conceded readily what he did not know,⟧" the judge wrote.
"⟦d:b|The respondent's reliance on the screening interview was, in the light of the recording, misplaced.⟧"

### 008
@a Oluwaseun Bakare | Judge
@b Philippa Grange | -
@c Edwin Sallis | chairman of Upper Hatherley Parish Council
@d Martin Ocloo | Her barrister
A former parish council clerk who stole more than £212,000 from the village fund she managed for 14 years has been jailed for four years and eight months.
Philippa Grange, 61, used the money to pay for cruises, a conservatory and her son’s wedding, Caxford Crown Court heard.
Sentencing her on Friday, Judge Oluwaseun Bakare said: “⟦d:a:m|You were trusted completely by a small community, and you abused that trust in a way that was sustained, calculated and, for a long time, successful.⟧
“⟦d:a:m|You produced false bank statements for the council’s auditors on no fewer than nine occasions. That is not a lapse. It is a course of deliberate dishonesty.⟧
“⟦d:a|I accept that you are genuinely remorseful and that you have lost your good name. But the loss to the village is real: the playground was not rebuilt, the hall roof was not mended, and people who gave their time freely were made to look like fools.⟧”
Her barrister, Martin Ocloo, told the court she had been “⟦p:d|drowning in debt she was too proud to admit⟧” after her husband’s business failed.
In a letter to the judge, Grange wrote: “⟦d:b|I cannot undo what I did. I think about the people of Upper Hatherley every day and I am ashamed.⟧”
Edwin Sallis, chairman of Upper Hatherley Parish Council, said after the hearing that the village was “⟦p:c|relieved that this is over⟧”.
“⟦d:c|We will now pursue every penny through the proceeds of crime process,⟧” he said.

### 009
@a Harlow | -
@b Desmond Akers | the former lorry driver
@c Yvette Marchbanks | His solicitor
@d - | A spokesperson for the prosecution service
CALDERBRIDGE, May 14 (Wire) - A man who spent 11 years in prison for an armed robbery at a post office had his conviction quashed by the Court of Appeal on Tuesday after new analysis showed a key fingerprint had been misidentified.
Desmond Akers, 58, was convicted in 2009 of robbing the sub-post office in Fennick Street, Calderbridge, largely on the basis of a partial print found on a discarded carrier bag.
Giving the judgment of the court, Lady Justice Harlow said the fingerprint evidence, as presented at trial, "⟦p:a|went considerably further than the science could bear⟧".
"⟦d:a|Had the jury known what we now know, we cannot be confident that they would have convicted. The conviction is unsafe and must be quashed,⟧" she said.
Outside court, Akers hugged his two daughters. "⟦d:b|I've waited 15 years to hear somebody say that out loud,⟧" the former lorry driver told reporters. "⟦d:b|I'm not bitter. I'm tired.⟧"
His solicitor, Yvette Marchbanks, said the case raised "⟦p:c|serious questions⟧" about how fingerprint comparisons were challenged at trial. "⟦d:c|Desmond was lucky that someone kept the bag. Many people won't be,⟧" she said.
A spokesperson for the prosecution service said it would "⟦p:d|carefully consider the judgment⟧" and would not seek a retrial.

### 010
@a Sunniva Halvorsen | Tobias’s mother
@b Ravi Chaudhary | prosecutor
@c Fenella Osei-Bonsu | Judge
A mother whose 17-year-old son was killed by a speeding driver on a country lane told the man responsible that he had «⟦p:a|taken the sun out of every morning⟧».
Callum Redfern, 24, was jailed for seven years at Tamsford Crown Court after admitting causing the death of Tobias Halvorsen-Reid by dangerous driving. The teenager was cycling home from a football match when Redfern’s car hit him at 78mph in a 40mph zone.
Her statement was read to the court by the prosecution because she felt unable to read it herself.
«⟦d:b|This is a statement from Tobias’s mother, who is in court today,⟧» prosecutor Ravi Chaudhary told the judge before he began.
«⟦d:a:m|Tobias was the kind of boy who would text me from the end of the road to say he’d be five minutes. On 3 October he texted me at 6.12pm. He never got home.⟧
«⟦d:a:m|I still set four places at the table. I know I shouldn’t. I can’t make my hands do anything else.⟧
«⟦d:a|I don’t want to spend my life hating you. I want you to know exactly what you took, and I want you to carry it.⟧»
Tobias’s mother, Sunniva Halvorsen, sat with her husband in the public gallery as the words were read.
Jailing Redfern, Judge Fenella Osei-Bonsu said: «⟦d:c|You chose to drive as if the road belonged to you alone. A boy who had every right to be on it paid for that choice with his life.⟧»
Redfern, who had no previous convictions, was also banned from driving for eight years and six months.

### 011
@a Lachlan Birtwhistle | the environment minister at the time of the floods
@b Adaeze Nwankwo | counsel to the inquiry
@c Idris Vaughan-Lloyd | The inquiry chairman
@d Carys Llewellyn | a retired teacher whose bungalow in Pontrhos was flooded to the ceiling
A former minister has told the Afon Tawel flood inquiry he was "⟦p:a|not told in terms⟧" that the Pontrhos barrier might fail.
Lachlan Birtwhistle, the environment minister at the time of the floods, said officials had briefed him on "⟦p:a|a range of scenarios⟧" in the days before Storm Ilse.
Nine people died when the river overtopped defences in November 2021.
Adaeze Nwankwo KC, counsel to the inquiry, asked him: "⟦d:b|Did anyone tell you that the barrier at Pontrhos had not been tested for four years?⟧"
"⟦d:a|Not that I recall. If they had, I hope I would have acted on it,⟧" Mr Birtwhistle replied.
"⟦d:b|You hope?⟧"
"⟦d:a|I believe I would have. I'm trying to be careful not to claim more than I can remember.⟧"
The inquiry chairman, Sir Idris Vaughan-Lloyd, asked whether ministers had seen a 2019 engineers' report that rated the barrier "⟦s:-|amber-red⟧".
"⟦d:c|Nobody has been able to show me that you did, and I would like to know whether anyone should have,⟧" Sir Idris said.
Among those watching was Carys Llewellyn, a retired teacher whose bungalow in Pontrhos was flooded to the ceiling. Speaking afterwards, she said: "⟦d:d|We've heard a lot of 'I don't recall' this week. We remember everything.⟧"
The inquiry continues on Monday.

### 012
@a Constance Adebayo-Whyte | a criminal defence barrister for 31 years
@b Lionel Farrant | a warehouseman accused of setting the fire that killed his landlord
@c Hugh Tennant-Crewe | a retired circuit judge who sat in several of her trials
Constance Adebayo-Whyte KC, a criminal defence barrister for 31 years, does not keep mementoes. “⟦d:a|Other people’s worst days aren’t souvenirs,⟧” she says, pouring tea in a chambers room in Aldgrave that smells faintly of radiator dust.
She has defended in more than 40 murder trials, and lost, by her own reckoning, “⟦p:a|more than I care to put in a magazine⟧”. The case she talks about most is one she won: the 1998 trial of Lionel Farrant, a warehouseman accused of setting the fire that killed his landlord.
“⟦d:a:m|Everybody in that courtroom had decided he did it before the jury was sworn. The police had, the press had, frankly I think the judge had.⟧
“⟦d:a|What saved him was a fire engineer nobody had asked to give evidence - a retired man I found through a friend of my father. He spent one afternoon in the witness box and the Crown’s case fell apart.⟧”
Farrant, now 71, remembers the moment the verdict came back. “⟦d:b|She didn’t smile. She just put her pen down very carefully, like it might break,⟧” he says. “⟦d:b|I’ve thought about that pen a lot.⟧”
Hugh Tennant-Crewe, a retired circuit judge who sat in several of her trials, calls her “⟦p:c|the most annoying advocate I ever admired⟧”.
“⟦d:c|She would object to everything, and she would be right just often enough that you couldn’t stop listening,⟧” he says.
There is an old saying at the criminal Bar: “⟦d:-|Never ask a witness a question you don’t know the answer to.⟧” Adebayo-Whyte thinks it is only half right. “⟦d:a|Sometimes the question you don’t know the answer to is the only one worth asking. You just have to be ready to sit down afterwards.⟧”
Asked whether she has ever defended someone she believed was guilty, Adebayo-Whyte sighs. “⟦d:a|That is the question everybody asks, and it’s the wrong question. My belief isn’t evidence. The jury’s job is to decide; mine is to make sure they decide on the evidence.⟧”
### 013
@a Marisela Ortega-Banks | Assistant District Attorney
@b Trent Holloway | the company's former chief financial officer
@c Benjamin Szabo | defense attorney
@d Rosalind Kwan | Superior Court Judge
BRANTLEY CITY - The former finance chief of a collapsed biotech startup testified Tuesday that its founder ordered him to "⟦p:b|make the numbers say yes⟧" before a crucial funding round.
Trent Holloway, the company's former chief financial officer, is the prosecution's star witness in the fraud trial of Garrett Lindell, who founded Vireon Diagnostics in 2016 and saw it valued at $1.4 billion before it collapsed.
"⟦d:b|He told me the investors needed to see 40,000 tests a month. We were doing maybe 3,000,⟧" Holloway testified.
"⟦d:a|And what did you do then?⟧" asked Assistant District Attorney Marisela Ortega-Banks.
"⟦d:b|I did what he asked. I'm not proud of it,⟧" he said.
On cross-examination, defense attorney Benjamin Szabo hammered Holloway over his plea agreement, under which he faces no more than three years in prison.
"⟦d:c|You're testifying today to save yourself, aren't you?⟧" Szabo asked.
"⟦d:b|I'm testifying because it's the truth,⟧" Holloway replied.
"⟦d:c|The truth that just happens to get you a deal?⟧"
Superior Court Judge Rosalind Kwan sustained an objection before Holloway could answer. "⟦d:d|Move on, counsel,⟧" she said.
Lindell, 39, has pleaded not guilty to 11 counts of wire fraud and conspiracy. He faces up to 20 years in prison if convicted.

### 014
@a Demetra Kourakis | Coroner
@b Shane Wirrpanda | a volunteer firefighter with the Mount Kellan brigade
@c Nicole Tramontana | Counsel assisting the coroner
@d - | A spokesman for the Rural Fire Authority
A volunteer firefighter has broken down while telling an inquest how a fire truck’s radio “⟦p:b|just went dead⟧” moments before flames overran a crew on the Kellan Ridge fire trail.
The Coroners Court at Warrigal is examining the deaths of Troy Maddern, 44, and Liam Pethick, 19, who were killed when their tanker was trapped on 28 December 2019.
Shane Wirrpanda, a volunteer firefighter with the Mount Kellan brigade, was driving a second truck about 200 metres behind.
“⟦d:b|I was calling them and calling them. You could see the glow coming over the ridge. Then nothing on the radio, just hiss,⟧” he said, before stopping to compose himself.
Counsel assisting the coroner, Nicole Tramontana, asked whether crews had been warned that the channel was unreliable in that valley.
“⟦d:c|Was that black spot known to the brigade?⟧”
“⟦d:b|Everyone knew. We used to joke about it. We stopped joking after that day,⟧” Mr Wirrpanda said.
Coroner Demetra Kourakis thanked him for his evidence. “⟦d:a|I know that was not easy, and I know you have told it before. It matters that you told it here,⟧” she said.
A spokesman for the Rural Fire Authority said it had since installed repeater stations along the trail and would “⟦p:d|assist the coroner in every way⟧”.
The inquest continues.

### 015
@a Aruna Venkatraman | the judge
@b Siddharth Rawal | senior advocate
@c Meenakshi Iyer | Additional Public Prosecutor
@d Balwinder Gill | The complainant's father
RAJNAGAR: The Rajnagar High Court on Monday granted bail to a 26-year-old software engineer accused of abetting the suicide of his former colleague, observing that the chargesheet did not prima facie show "⟦p:a|any direct or proximate incitement⟧".
Justice Aruna Venkatraman was hearing the bail plea of Kunal Dhawan, who has been in judicial custody since August.
"⟦d:a|Harsh words in a workplace, however regrettable, do not by themselves amount to instigation. The court cannot lose sight of the fact that the applicant has been in custody for seven months and the trial is yet to commence,⟧" the judge observed.
Appearing for Dhawan, senior advocate Siddharth Rawal argued that the WhatsApp messages relied upon by police had been "⟦p:b|selectively extracted⟧". "⟦d:b|Read the full chat and you will see two friends quarrelling about a project deadline, nothing more,⟧" he submitted.
Opposing the plea, Additional Public Prosecutor Meenakshi Iyer said the deceased had named the accused in a note. "⟦d:c|The victim's own words cannot be brushed aside at the bail stage,⟧" she argued.
The court directed Dhawan to surrender his passport and not to contact any witness.
The complainant's father, Balwinder Gill, said the family would approach the Supreme Court. "⟦d:d|We are not satisfied. Our son is gone and this man is going home,⟧" he told this newspaper.

### 016
@a Geneviève Thibodeau | commission counsel
@b Aksel Nørgaard | the ship's master on the night it sank
@c Wendell Kakegamic | a band councillor from Kesik Lake First Nation
@d Lorraine Achterhof | Commissioner
The master of a passenger ferry that sank in Rosseau Bay with the loss of 14 lives told a public commission on Wednesday that he had ``⟦p:b|no reason to doubt⟧'' a loading report that later proved to be wrong by more than 30 tonnes.
Aksel Nørgaard, the ship's master on the night it sank, was questioned for more than four hours by commission counsel Geneviève Thibodeau.
``⟦d:a|You signed the stability declaration at 6:40 p.m. Had you seen the vehicle manifest at that point?⟧'' Thibodeau asked.
``⟦d:b|I had seen a manifest. I now know it was not the final one,⟧'' Nørgaard said.
``⟦d:a|Whose job was it to make sure you had the final one?⟧''
``⟦d:b|Mine. In the end, it is always the master's.⟧''
Commissioner Lorraine Achterhof reminded the room that the inquiry would not determine civil or criminal liability. ``⟦d:d|We are here to find out what happened and why, so that it does not happen again,⟧'' she said.
Wendell Kakegamic, a band councillor from Kesik Lake First Nation, whose sister was among the dead, said outside the hearing room that he had waited three years for the captain to say those words. ``⟦d:c|He took responsibility. That is more than the company has done,⟧'' he said.

### 017
@a Seán Ó Floinn | Detective Garda
@b Orla Brennan-Tuohy | prosecution counsel
@c Dermot Keaveney | The accused
@d Cathal Rooney | -
A detective has told the Central Criminal Court sitting in Kilrossan that a man accused of murdering his cousin on a farm in Co Tullagh told gardaí he “⟦p:c|only meant to frighten him⟧”.
The accused, Dermot Keaveney (43), of Drumlin Road, Ballyfarnan, has pleaded not guilty to the murder of Pádraig Keaveney (38) on November 11th, 2022.
“⟦d:b|Can you tell the jury what the accused said when you arrived?⟧” prosecution counsel Orla Brennan-Tuohy SC asked the first garda at the scene.
“⟦d:a|He was sitting on the step of the house. He said, ‘I’m the one you want. I only meant to frighten him,’⟧” Detective Garda Seán Ó Floinn replied.
Memos of the accused’s interviews were read to the jury. Asked why he had brought a shotgun to his cousin’s yard, Mr Keaveney said: “⟦d:c|He was after taking the land from under me. I wanted him to see I was serious.⟧”
In cross-examination, Cathal Rooney SC, defending, asked the detective whether his client had been “⟦p:d|in a state of shock⟧” at the time.
“⟦d:a|He was very quiet. I would not say shocked, no,⟧” the witness said.
The trial continues before Ms Justice Gráinne Mac Aodha and a jury of seven men and five women.

### 018
@a Balcaskie | The judge
@b Morag Lennox | advocate depute
@c Ishbel McCandlish | The victim's sister
@d Ruaridh Dunn | -
A man who punched a stranger outside a Glenmorven takeaway, causing him to fall and fatally strike his head, has been found guilty of culpable homicide.
Kyle Abercrombie, 22, had been charged with murder, but the jury at the High Court in Dunlaggan returned the lesser verdict after four hours of deliberations.
During the four-day trial, advocate depute Morag Lennox told jurors that Niall McCandlish, 31, "⟦p:b|never saw the punch coming⟧".
"⟦d:b|He was standing in a queue for chips. He had not said a word to the accused,⟧" Ms Lennox said in her closing speech.
The victim's sister, Ishbel McCandlish, gave evidence on the first day. "⟦d:c|He turned to say something to me and then he was on the ground. The sound his head made, I'll hear it till I die,⟧" she told the court.
Ruaridh Dunn, defending, said his client had "⟦p:d|lashed out in panic⟧" after being jostled and had never intended serious harm.
The judge, Lord Balcaskie, deferred sentence for background reports. "⟦d:a|This is a tragedy for two families. The accused should understand that a substantial custodial sentence is inevitable,⟧" he said.
Abercrombie was remanded in custody.

### 019
@a Thandeka Mokoena | Evidence leader
@b Lwazi Mahlangu | the former municipal manager of Khanyisa Local Municipality
@c Reinette van der Merwe | The commission’s chairperson
@d - | a union official who attended the hearing
A former municipal manager told the Khanyisa water commission on Tuesday that he signed off R48-million in payments for a water treatment plant that was never built because he was “⟦p:b|under instruction⟧” from the mayor’s office.
Lwazi Mahlangu, the former municipal manager of Khanyisa Local Municipality, was testifying at the commission’s hearings in Mbalenhle.
Evidence leader Advocate Thandeka Mokoena put it to him that his signature appeared on all 17 payment certificates.
“⟦d:a|You were the accounting officer. The law says the buck stops with you. Do you accept that?⟧”
“⟦d:b|I accept that it is my signature, chair. I do not accept that I had a choice,⟧” Mahlangu said.
“⟦d:a|Who gave you the instruction?⟧”
“⟦d:b|It came through the mayor’s chief of staff. Always verbally. Never in writing,⟧” he replied.
The commission’s chairperson, Judge Reinette van der Merwe, warned him that he might be recalled. “⟦d:c|Mr Mahlangu, the commission will expect names and dates, not impressions,⟧” she said.
Outside, a union official who attended the hearing said residents of the township had been carrying water in buckets for six years. “⟦d:d|They stole our water and now they tell us they were following orders,⟧” he said.

### 020
@a Achieng Otieno | a theatre nurse
@b Mwangaza Hospital | -
@c Nyambura Gachoki | -
@d Kiprono Langat | Her lawyer
A nurse who was dismissed after she became pregnant has been awarded Sh2.4 million in compensation by the Employment and Labour Relations Court, which ruled that her sacking was discriminatory.
Achieng Otieno, a theatre nurse, had worked at Mwangaza Hospital in Kisiriri for five years when she was told in March 2022 that her contract would not be renewed, two weeks after informing her supervisor that she was expecting.
"⟦d:a|My supervisor asked me, 'Who will cover your shifts when you are busy with a baby?' Two weeks later I had a letter,⟧" she told the court.
In its response, Mwangaza Hospital argued that her contract had ended "⟦p:b|by effluxion of time⟧" and that "⟦p:b|no renewal was ever guaranteed⟧".
Justice Nyambura Gachoki rejected that argument. "⟦d:c|The timing is not a coincidence the court is prepared to accept. The respondent did not call the supervisor to explain it, and the court draws the obvious inference,⟧" she ruled.
"⟦d:c|An employer cannot hide discrimination behind the expiry of a fixed-term contract.⟧"
Her lawyer, Kiprono Langat, said the ruling sent "⟦p:d|a clear message to private hospitals⟧". "⟦d:d|Nurses are not disposable,⟧" he said.

### 021
@a Adrian Kellaway | The former Olympic rower
@b Sasha Morcombe | a podcaster
@c Julian Verity | her counsel
@d Ansbach | -
The former Olympic rower Adrian Kellaway told the High Court on Monday that a podcast claiming he had doped before the 2012 Games had left him “⟦p:a|unemployable and unable to look my children in the eye⟧”.
Kellaway, 44, is suing Sasha Morcombe, a podcaster, over an episode of her show “⟦s:-|Dirty Water⟧” broadcast in 2022, which he says accused him of using a banned blood-boosting drug.
“⟦d:a|I never took anything. I was tested 61 times in my career and every single test came back clean,⟧” he said from the witness box. “⟦d:a|I lost my coaching job within a fortnight of that episode.⟧”
Ms Morcombe, who is relying on defences of truth and public interest, listened from the back of the court.
Cross-examined by her counsel, Julian Verity KC, Kellaway was asked about a conversation in a hotel bar in 2011.
“⟦d:c|Do you deny telling a teammate that everyone at the top was ‘topping up’?⟧”
“⟦d:a|I deny it absolutely. I’ve never used that phrase in my life,⟧” Kellaway said.
Ms Morcombe is expected to give evidence later in the week. In a brief statement outside court, she said: “⟦d:b|I reported what I was told by people who were there. I’ll say that under oath.⟧”
Mr Justice Ansbach told both sides he intended to give judgment “⟦p:d|as soon as is practicable⟧” after the trial ends.

### 022
@a - | the jury
@b Rowena Castellane | Senior coroner
@c Marcia Blackwood | His mother
@d Prison and Probation Directorate | -
An inquest jury has found that a 23-year-old man who died in his cell at HMP Thornleigh was failed by a "⟦p:a|series of missed opportunities⟧" to recognise that he was at risk of suicide.
Jerome Blackwood was found hanging in April 2022, eleven days after he was moved to the prison's segregation unit.
In a narrative conclusion, the jury said: "⟦d:a|Jerome's risk of self-harm was not properly assessed on his transfer to the segregation unit. Officers did not carry out the observations required by his care plan on the night he died.⟧"
Senior coroner Rowena Castellane thanked the jurors. "⟦d:b|You have listened with great care to difficult evidence over three weeks,⟧" she said. She added that she would write to the prison service to prevent future deaths.
His mother, Marcia Blackwood, said: "⟦d:c|Jerome went into that prison a young man with problems. He should have come out. The jury heard what we have been saying for two years.⟧"
The Prison and Probation Directorate said it had "⟦p:d|already made changes⟧" at Thornleigh and that "⟦p:d|every death in custody is a tragedy⟧".

### 023
@a Liam Hartigan | a response officer based at Norrow station
@b Sabine Okafor | the legally qualified chair of the panel
@c - | a 19-year-old student who cannot be identified
@d Norrowshire Police | -
A police officer who sent a string of messages to a teenage burglary victim, including one asking her to “⟦p:a|grab a drink sometime, off the record⟧”, has been dismissed without notice.
PC Liam Hartigan, a response officer based at Norrow station, met the woman when he took her statement in 2023.
The woman, a 19-year-old student who cannot be identified, said she had felt “⟦p:c|trapped⟧”.
“⟦d:c|He had my address, he had my number, he knew I lived alone. I didn’t feel I could tell him to stop,⟧” she said in a statement read to the misconduct panel.
Hartigan admitted sending the messages but denied they amounted to gross misconduct. “⟦d:a|I misread the situation. I thought we were getting on. I accept it was unprofessional,⟧” he said.
Sabine Okafor, the legally qualified chair of the panel, said his behaviour was “⟦p:b|a clear abuse of his position for a sexual purpose⟧”.
“⟦d:b|Members of the public who report crimes must be able to trust that the officer who takes their details will not use them for his own ends,⟧” she said.
Norrowshire Police said it welcomed the outcome. “⟦d:d|The overwhelming majority of our officers would be appalled by this conduct,⟧” the force said.

### 024
@a Farhan Siddiqui | a consultant anaesthetist at Hollins Royal Infirmary
@b Eleanor Whitcombe | The tribunal chair
@c Mei Ling Thoburn | The patient's daughter
@d Kasia Lewandowska | counsel for the Medical Standards Council
A consultant anaesthetist who left an operating theatre for 25 minutes to take a private phone call while a patient was under general anaesthetic has been suspended for nine months.
Dr Farhan Siddiqui, a consultant anaesthetist at Hollins Royal Infirmary, admitted leaving a trainee in sole charge during a hip replacement in 2021.
Kasia Lewandowska, counsel for the Medical Standards Council, told the tribunal: "⟦d:d|For 25 minutes, the person responsible for keeping this patient alive was in a car park.⟧"
Dr Siddiqui said he had been dealing with "⟦p:a|a family emergency⟧". "⟦d:a|I should have handed over formally to a consultant colleague. I didn't, and I have to live with that,⟧" he told the hearing.
The patient, a 78-year-old woman, suffered a cardiac arrest shortly after he returned but was resuscitated. She died of unrelated causes in 2023.
The patient's daughter, Mei Ling Thoburn, said she had "⟦p:c|mixed feelings⟧" about the outcome. "⟦d:c|I don't want him struck off. I want him never to do it again, and I want the hospital to stop pretending it was just him,⟧" she said.
The tribunal chair, Eleanor Whitcombe, said Dr Siddiqui's insight had been "⟦p:b|genuine but incomplete⟧". "⟦d:b|The tribunal was struck by how long it took the doctor to acknowledge that the trainee had been placed in an impossible position,⟧" she said.
### 025
@a Gideon Ashcombe | The planning inspector
@b Parveen Akhtar | chair of Save Lyneham Meadows
@c Torrin Homes | -
@d Rupert Vale | -
@e - | one resident at the back of the hall
The fight over 450 homes on Lyneham Meadows reached its final week on Tuesday as a planning inquiry heard from residents who say the estate would “⟦p:b|swallow the village whole⟧”.
Torrin Homes is appealing against Eastmarch District Council’s refusal of permission for the scheme on farmland north of the village.
Parveen Akhtar, chair of Save Lyneham Meadows, told the inquiry at Lyneham village hall: “⟦d:b|We are not against houses. We are against 450 of them on a flood plain with one road in and one road out.⟧”
Rupert Vale, representing Torrin Homes, said the council could not show a five-year supply of housing land. “⟦d:d|The need is acute and it is not being met. That is the beginning and, frankly, the end of this appeal,⟧” he told the inspector.
That prompted a shout of “⟦d:e|Rubbish!⟧” from one resident at the back of the hall.
The planning inspector, Gideon Ashcombe, asked for quiet. “⟦d:a|I understand feelings are strong. I will hear everyone who has registered to speak, but I will hear them one at a time,⟧” he said.
In a statement, Torrin Homes said the scheme would deliver “⟦p:c|much-needed affordable homes for local families⟧”. A decision is expected in the spring.

### 026
@a Joana Figueiredo | a cleaner who worked at the Marlow Quay Hotel in Portherrick
@b Harriet Lomax | prosecutor
@c Kwame Asamoah-Boateng | defence barrister
@d Rui Carvalhal | the hotel’s night manager
A hotel cleaner has told a jury she saw the night manager carrying a suitcase “⟦p:a|heavy like a person⟧” down the service stairs hours after a guest was last seen alive.
Joana Figueiredo, a cleaner who worked at the Marlow Quay Hotel in Portherrick, gave evidence through a Portuguese interpreter at Penvarra Crown Court.
Rui Carvalhal, 36, the hotel’s night manager, denies murdering Annika Solberg, 29, a tourist whose body was found in the estuary in June 2023.
“⟦d:a|He said to me, ‘Don’t use this lift, it is broken.’ But the lift was not broken. I used it one hour before,⟧” Ms Figueiredo told prosecutor Harriet Lomax.
“⟦d:b|What was he carrying?⟧” Ms Lomax asked.
“⟦d:a|The big blue suitcase from lost property. He was holding it with two hands, like this,⟧” she said, gesturing.
Cross-examined by defence barrister Kwame Asamoah-Boateng, she agreed she had not mentioned the suitcase to police until her third interview.
“⟦d:c|Why wait three weeks, Ms Figueiredo?⟧”
“⟦d:a|Because I was afraid of him. I am still afraid of him.⟧”
At that point Carvalhal stood up in the dock and shouted “⟦d:d|Mentirosa!⟧” - “⟦d:d|Liar!⟧” - before he was told by the judge to sit down.
The trial continues.

### 027
@a Lorcan Devereux | -
@b Gillian Thorne | Retired headteacher
@c Imogen Fairbairn | Recorder
@d Bethany | Her daughter
A SILVER-TONGUED conman who posed as a widowed airline pilot to fleece lonely women out of £340,000 has been caged for six years.
Lorcan Devereux, 47, spun a web of lies on dating apps as "⟦s:-|Captain Luke⟧", telling women he flew long-haul for a Gulf airline and needed cash to release his "⟦s:-|frozen⟧" inheritance.
Retired headteacher Gillian Thorne, 64, handed over her life savings of £118,000.
"⟦d:b|He sent me photos from cockpits. He'd ring me from 'Dubai' at two in the morning. I was completely in love with him,⟧" she told Kelsham Crown Court.
"⟦d:b|When I found out, I couldn't get out of bed for a month. I felt so stupid.⟧"
Her daughter Bethany, 35, said outside court: "⟦d:d|Mum is the cleverest person I know. He didn't con her because she was stupid - he conned her because she was kind.⟧"
Jailing him, Recorder Imogen Fairbairn said: "⟦d:c|You are a practised and heartless liar. You targeted women who were grieving or lonely and you did so for money, nothing more.⟧"
Devereux, of no fixed address, showed no emotion until he was led down, when he muttered "⟦d:a|Sorry, Gill⟧" towards the public gallery.

### 028
@a Nathaniel Brereton | the council's former head of housing
@b Fiona Gathercole | counsel for the bereaved families
@c Osman Keita | a fire engineer
The Ashdown Tower inquiry on Thursday heard the most uncomfortable evidence yet from the council official who received a warning about the building's cladding 18 months before the fire.
The following is an extract from the cross-examination of Nathaniel Brereton, the council's former head of housing, by Fiona Gathercole KC, counsel for the bereaved families.
Q: You received a letter from Osman Keita, a fire engineer, in May 2019?
A: I did.
Q: It said that the cladding on Ashdown Tower should be "⟦p:c|treated as a matter of urgency⟧". What did you do?
A: I forwarded it to the asset team.
Q: And then?
A: I assumed they had dealt with it.
Q: You wrote to a colleague that same week: "⟦d:a|Let's not open this can of worms before the budget.⟧" Those are your words?
A: They are.
Later in the day, Brereton told the inquiry: "⟦d:a|I have thought about that email every day since the fire. I will think about it for the rest of my life.⟧"
Ms Gathercole described the email afterwards as "⟦p:b|the single most important document this inquiry has seen⟧".

### 029
@a Kieran Ashdown | -
@b Zainab Farouk | The prosecutor
@c Tyler Brooke | -
@d Ffion Harries | Detective Constable
Messages sent between two teenagers in the hours before a 17-year-old was stabbed in a park in Colbridge were read to a jury on Wednesday.
Kieran Ashdown, 19, and Tyler Brooke, 18, both deny murdering Reuben Sackey in Queensmead Park last October.
The prosecutor, Zainab Farouk, told the jury that at 8.14pm Brooke messaged Ashdown: “⟦d:c|hes at the park rn. bring the thing⟧”.
Ashdown replied: “⟦d:a|say less⟧”.
“⟦d:b|‘The thing’, the Crown says, was a kitchen knife. ‘Say less’ means, in the language these young men used, ‘I understand, no need to explain’,⟧” Ms Farouk said.
In a police interview, a transcript of which was read to the court, Ashdown was asked by Detective Constable Ffion Harries what he had meant.
“⟦d:d|What was ‘the thing’, Kieran?⟧”
“⟦d:a|No comment.⟧”
“⟦d:d|Was it a knife?⟧”
“⟦d:a|No comment.⟧”
Brooke told police in a prepared statement that “⟦p:c|the thing⟧” was a portable speaker for music.
The trial continues.

### 030
@a - | the call handler
@b Gordon Pilkington | -
@c Naomi Silverstone | -
@d Dilip Rao | Paramedic
A jury has heard the 999 call in which a retired bus driver told an operator "⟦p:b|I think I've killed her⟧" moments after his wife fell down the stairs at their home.
Gordon Pilkington, 66, denies murdering Maureen Pilkington, 64, at their house in Ashfold in January.
The recording, played at Ravensby Crown Court on Thursday, lasts just under seven minutes.
"⟦d:a|Ambulance, is the patient breathing?⟧" the call handler asks.
"⟦d:b|I don't know. There's blood. I think I've killed her. I pushed her, I didn't mean to push her,⟧" Mr Pilkington says.
"⟦d:a|OK, I need you to stay calm for me. Is she awake?⟧"
"⟦d:b|She's not saying anything. Mo? Mo, come on.⟧"
Naomi Silverstone KC, prosecuting, told jurors the words on the tape were "⟦p:c|the clearest possible admission⟧" of an unlawful act.
Paramedic Dilip Rao, who arrived eight minutes later, said the defendant was "⟦p:d|kneeling beside her, holding her hand and rocking⟧". "⟦d:d|He kept saying sorry, over and over,⟧" Mr Rao said.
The trial continues.

### 031
@a Alistair Penrose-Quayle | Judge
@b Hamza Rashid | a delivery driver from Medford
@c - | A spokesperson for the Law Officers’ Department
@e - | One juror
A juror who searched online for a defendant’s previous convictions during a rape trial, forcing it to be abandoned, has been jailed for contempt of court.
Hamza Rashid, 41, a delivery driver from Medford, told fellow jurors on the fourth day of the trial that he had “⟦p:b|done a bit of digging⟧” and that the defendant “⟦p:b|had form⟧”.
One juror reported the remark to the court usher the next morning. “⟦d:e|I didn’t want to be the one to cause trouble, but I knew it was wrong,⟧” she said in a statement.
Jailing Rashid for four months, Judge Alistair Penrose-Quayle said: “⟦d:a|Every juror is told, in terms that could not be clearer, not to research the case. You chose to ignore that direction.⟧”
“⟦d:a|The complainant now has to give her evidence a second time. That is the real cost of what you did.⟧”
Rashid, who admitted the offence, said in a letter to the court: “⟦d:b|I thought I was helping. I see now that I was doing the opposite.⟧”
A spokesperson for the Law Officers’ Department said: “⟦d:c|Jurors who ignore the rules risk prison, as this case shows.⟧”

### 032
@a - | a man in the public gallery
@b Ewan Macready | Judge
@c Leanne Spicer | the victim's daughter
@d Kelly-Ann Doyle | the defendant's sister
Chaos erupted at Brackenford Crown Court yesterday as a moped rider who killed a pensioner in a hit-and-run was jailed for five years.
Connor Doyle, 20, mowed down grandfather-of-six Reg Hollis, 79, on a zebra crossing in Tanner Street and sped off, leaving him dying in the road.
As the sentence was read out, a man in the public gallery shouted "⟦d:a|Five years? That's a joke!⟧" and was led out by security staff.
Judge Ewan Macready said: "⟦d:b|I understand the anger. Nothing I say today can reflect the value of Mr Hollis's life. I must sentence according to the law.⟧"
As Doyle was led down to the cells, there were shouts of "⟦d:-|Rot in hell!⟧" from the back of the court.
Outside, the victim's daughter, Leanne Spicer, 44, said: "⟦d:c|Dad was walking home from the bingo. He'd done that walk every Thursday for thirty years.⟧"
"⟦d:c|Doyle drove off and left him in the road like a bag of rubbish. Five years is nothing.⟧"
Moments later the defendant's sister, Kelly-Ann Doyle, 23, came out of the court building. "⟦d:d|My brother's not a monster. He panicked. He's sorry every single day,⟧" she told reporters, before members of the two families had to be separated by police.
"⟦d:c|She's got a nerve,⟧" Ms Spicer said.

### 033
@a Naveen Prasad | the Solicitor General
@b Farraday | -
@c Aoife Delaney | The victim
Three appeal judges have more than doubled the sentence of a man who attacked his former partner with a hammer at her home in Kellingworth.
Brett Saunders, 35, was jailed for four years in March. On Wednesday the Court of Appeal increased the term to nine years.
The case was referred by the Solicitor General, Naveen Prasad, under the unduly lenient sentence scheme after the victim wrote to him.
Giving judgment, Lord Justice Farraday said the original sentence was “⟦p:b|not merely lenient but unduly so⟧”. “⟦d:b|The judge fell into error in treating the attack as spontaneous. The offender took the hammer from his van and carried it 200 yards,⟧” he said.
The victim, Aoife Delaney, said in a statement: “⟦d:c|I have scars that will never fade. Today, for the first time, I feel like the court saw them.⟧”
Mr Prasad said: “⟦d:a|This was a vicious, sustained attack on a woman in her own home. I am glad the Court of Appeal has recognised the seriousness of the offending.⟧”

### 034
@a Kofi Amankwah | a first officer with Skyvale Airways
@b Nuala Fitzgibbon | Employment Judge
@c Skyvale Airways | -
@d Douglas Rennie | a senior training captain
An airline pilot was racially harassed by a senior colleague who repeatedly called him "⟦p:d|the new boy from the bush⟧" during training flights, an employment tribunal has found.
Kofi Amankwah, a first officer with Skyvale Airways, brought claims of race discrimination and harassment after a series of simulator and line-training sessions in 2022.
In evidence, Mr Amankwah said: "⟦d:a|The first time, I laughed, because I didn't know what else to do. By the fourth time, I was dreading getting into the cockpit with him.⟧"
Captain Douglas Rennie, a senior training captain, told the tribunal the remark had been "⟦p:d|banter⟧" and was "⟦p:d|never meant unkindly⟧".
"⟦d:d|I call everyone 'the new boy'. I have done for 30 years,⟧" he said.
"⟦d:b|But not 'from the bush'?⟧" the judge asked.
"⟦d:d|No. I accept I said that to him,⟧" Capt Rennie replied.
In her judgment, Employment Judge Nuala Fitzgibbon said the phrase was "⟦p:b|plainly related to race⟧" and that Captain Rennie's explanation "⟦p:b|did not bear scrutiny⟧".
Skyvale Airways said: "⟦d:c|We accept the tribunal's findings and have apologised to First Officer Amankwah. Captain Rennie no longer works for the company.⟧"

### 035
@a Hoang Minh Duc | a 38-year-old chef
@b Gordon McAlister | His employer
@c Felicity Ambrose | Tribunal Judge
@d Aidan Cole | -
A chef who has cooked at a Kilnsea Bay restaurant for 12 years has won his fight against deportation after regulars packed a tribunal hearing to support him.
Hoang Minh Duc, a 38-year-old chef, arrived on a student visa in 2009 and stayed on after it expired.
“⟦d:a|This is my home. My son was born here. I have not been back to the country I was born in since I was 22,⟧” he told the tribunal.
His employer, Gordon McAlister, told the hearing: “⟦d:b|Without Duc there is no Harbour Lantern. I’m not exaggerating. I’d have to close.⟧”
Aidan Cole, for the Interior Department, said the public interest in removing people who had “⟦p:d|deliberately flouted immigration control⟧” was strong. “⟦d:d|Sympathy for Mr Hoang is understandable. It is not a legal test,⟧” he said.
Tribunal Judge Felicity Ambrose allowed the appeal on the basis of his son’s rights. “⟦d:c|The appellant’s son is a British citizen aged nine who has lived with his father all his life. It would be unduly harsh to expect him to leave, and unduly harsh for him to stay without his father,⟧” the judge said in her ruling.
Outside, about 30 supporters cheered and unfurled a banner reading “⟦s:-|Keep Duc Cooking⟧”.

### 036
@a Anjali Raghunathan | a consultant paediatric pathologist
@b Jonathan Eke | Assistant coroner
@c Bethan Llewelyn | Her mother
@d Rhys Llewelyn | Her father
@e Westbrook and Tarnley Hospitals Trust | -
A two-year-old girl who died of sepsis after being sent home from an emergency department would "⟦p:a|more likely than not⟧" have survived had she been given antibiotics four hours earlier, an inquest has heard.
Elsie Llewelyn was taken to Westbrook General Hospital with a high temperature and a rash in February 2023. She was discharged with advice to give her paracetamol and died the following morning.
Dr Anjali Raghunathan, a consultant paediatric pathologist, told the inquest in Tarnley: "⟦d:a|By the time she returned, the infection had overwhelmed her. Earlier treatment would, in my opinion, have changed the outcome.⟧"
Her mother, Bethan Llewelyn, described asking a nurse whether the rash should be checked. "⟦d:c|She pressed a glass on it and said it was fine. I said, 'Are you sure?' and she said, 'Mum, go home and get some sleep,'⟧" she said.
Her father, Rhys Llewelyn, added: "⟦d:d|We did everything we were told to do.⟧"
Assistant coroner Jonathan Eke recorded a conclusion of natural causes contributed to by neglect. "⟦d:b|There was a gross failure to provide basic medical attention to a child who was obviously unwell,⟧" he said. "⟦d:b|Elsie's parents did everything right.⟧"
The Westbrook and Tarnley Hospitals Trust said: "⟦d:e|We are deeply sorry. We failed Elsie and her family, and we have changed how children with a fever are assessed.⟧"
### 037
@a Hartley Osei | counsel for 31 of the bereaved families
@b Moira Galbraith | Counsel to the inquiry
@c Emeka Obi-Lawson | The chairman
The public inquiry into the crush at Pelham Road stadium, in which 23 supporters died, opened on Monday with a warning that it must not become “⟦p:b|another chapter in thirty years of delay⟧”.
Counsel to the inquiry, Moira Galbraith KC, said the inquiry had received more than 1.2 million pages of documents. “⟦d:b|The families have waited too long. We will not ask them to wait a day longer than is necessary to get this right,⟧” she said.
In his opening statement, Hartley Osei KC, counsel for 31 of the bereaved families, said the families had been “⟦p:a|lied to, smeared and ignored⟧”.
“⟦d:a:m|They were told their loved ones were drunk. They were not. They were told the gates were forced. They were not. They were told nobody could have foreseen what happened. That is the lie this inquiry must finally lay to rest.⟧
“⟦d:a:m|In 1993, an engineer wrote that the turnstiles at the Pelham Road end could not cope with a crowd of more than 9,000. On the day, 14,000 people came through them.⟧
“⟦d:a|The families do not ask for sympathy. They ask for the truth, and for the truth to have consequences.⟧”
The chairman, Sir Emeka Obi-Lawson, said he expected to sit for at least 18 months. “⟦d:c|I have read every one of the pen portraits submitted by the families, and I will read them again before I write a word of my report,⟧” he said.

### 038
@a Helena Vasquez-Mora | a forensic scientist
@b Priti Banerjee | -
@c Joanna Hetherington | -
A forensic scientist has told a murder trial that DNA found under a victim's fingernails was "⟦p:a|a billion times more likely⟧" to have come from the defendant than from an unknown person.
Dr Helena Vasquez-Mora, a forensic scientist, was giving evidence at Holmwood Crown Court in the trial of Adrian Colley, 37, who is accused of killing his former partner, Jasmine Reid.
"⟦d:b|How confident can the jury be in that figure?⟧" asked Priti Banerjee KC, for the Crown.
"⟦d:a|Very. The profile was clear and complete,⟧" Dr Vasquez-Mora said.
But under cross-examination by Joanna Hetherington KC, for the defence, she agreed that DNA could be transferred indirectly.
"⟦d:c|If Mr Colley and Ms Reid had shared a towel that morning, could his DNA have ended up under her nails?⟧" Ms Hetherington asked.
"⟦d:a|It is possible. I would not expect that quantity, but I can't exclude it,⟧" the scientist replied.
"⟦d:c|So you can tell the jury whose DNA it is, but not how it got there?⟧"
"⟦d:a|That is correct. That is always correct.⟧"
Ms Banerjee rose to re-examine. "⟦d:b|Is there anything in the evidence you have seen that suggests a shared towel?⟧" she asked.
"⟦d:a|Not that I'm aware of.⟧"
Colley denies murder. The trial continues.

### 039
@a Ryan Maddox | Corporal
@b Alan Greaves-Wilmot | the judge advocate
@c Jade Whitfield | Private
@d Kathleen O’Hare | Major
A corporal who forced junior soldiers to crawl through a freezing pond as a “⟦s:-|punishment drill⟧” has been demoted and jailed for 90 days by a court martial.
Corporal Ryan Maddox, 29, of the 3rd Battalion, Fenland Rifles, was found guilty of ill-treating subordinates at Harwood Camp during the winter of 2022.
Private Jade Whitfield told the court: “⟦d:c|He said, ‘If you want to cry, do it in the water where I can’t see it.’ I couldn’t feel my legs by the end.⟧”
Major Kathleen O’Hare, prosecuting, said the incidents had taken place “⟦p:d|in plain sight of other NCOs⟧”.
Maddox told the court he had been “⟦p:a|trying to toughen them up⟧” before a deployment. “⟦d:a|It’s how I was trained. I didn’t see it as bullying at the time. I do now,⟧” he said.
Sentencing him, the judge advocate, Alan Greaves-Wilmot, said: “⟦d:b|The chain of command depends on trust. Young soldiers must be able to believe that the people set over them will not abuse the power they hold.⟧”

### 040
@a Tendai Musarurwa | Chief Justice
@b Leopold Brandauer | one of two dissenting judges
@c Marisa Quenneville | Lawyer
@d - | A government spokesman
VARDONIA CITY, March 3 (Wire) - Vardonia's Supreme Court ruled on Friday that the government acted unlawfully when it licensed offshore drilling in the Selk Strait without consulting fishing communities, in a 5-2 decision that could halt three projects.
``⟦d:a|The duty to consult is not a courtesy to be extended when convenient. It is a condition of lawful decision-making,⟧'' Chief Justice Tendai Musarurwa wrote for the majority.
Justice Leopold Brandauer, one of two dissenting judges, said the majority had ``⟦p:b|strayed into policy⟧''. ``⟦d:b|Courts are poorly placed to weigh the national interest in energy security,⟧'' he wrote.
Lawyer Marisa Quenneville, who represented the fishing communities, called the ruling ``⟦p:c|a victory for everyone who has been told to wait outside while decisions about their lives were made⟧''.
A government spokesman said ministers would ``⟦p:d|study the judgment carefully⟧'' and had not decided whether to restart consultations.

### 041
@a Tariq Mahmood | District Judge
@b Northvale Water | -
@c - | A Rivers Agency spokesperson
@d Colin Fairweather | secretary of Ashby Angling Club
A water company has been fined £1.8 million after thousands of fish died when untreated sewage poured into the River Lenn for more than 30 hours.
Northvale Water admitted breaching its environmental permit at Stallbridge Magistrates' Court.
District Judge Tariq Mahmood said the company's monitoring had been "⟦p:a|woefully inadequate⟧". "⟦d:a|An alarm sounded eleven times. On eleven occasions, nobody went to look,⟧" he said. "⟦d:a|That is not bad luck. It is a failure of management.⟧"
A Rivers Agency spokesperson said: "⟦d:c|This was one of the worst pollution incidents we have investigated in the region. The fine should send a message to the whole industry.⟧"
Northvale Water said in a statement that it was "⟦p:b|truly sorry⟧" and had invested £4 million in new alarms and telemetry at the site.
Colin Fairweather, secretary of Ashby Angling Club, said members had pulled dead fish from the river "⟦p:d|by the barrow-load⟧". "⟦d:d|It'll take ten years for that stretch to come back, if it ever does,⟧" he said.

### 042
@a Ursula Brändli | presiding judge
@b Laurent Vaucher | a former private banker at Banque Rohrbach
@c Kathrin Imhof | Public prosecutor
A former private banker was sentenced on Wednesday to three and a half years in prison for embezzling 11 million francs from elderly clients, after a trial in which he insisted he had merely «⟦p:b|borrowed against future returns⟧».
Laurent Vaucher, a former private banker at Banque Rohrbach, was convicted by the regional criminal court in Altdorfen of aggravated embezzlement and forgery.
Public prosecutor Kathrin Imhof told the court: «⟦d:c|He did not borrow. He took. His victims did not know, and could not have known, because he wrote their statements himself.⟧»
Vaucher, 58, addressed the court before the verdict. «⟦d:b|I have lost my family, my profession and my name. I ask only that the court believe I always meant to pay it back,⟧» he said.
Delivering the verdict, presiding judge Ursula Brändli addressed him directly in German. «⟦d:a|Das Gericht glaubt Ihnen nicht,⟧» she said - «⟦d:a|The court does not believe you.⟧»
«⟦d:a|You had every advantage and every opportunity to stop. You chose, month after month, not to,⟧» she added.

### 043
@a Neville Ashworth | the prisoner
@b Rosemary Kettleby | The panel chair
@c Philip Garside | The victim’s brother
@d - | His probation officer
A man who murdered a petrol station cashier in 1993 told the country’s first public parole hearing that he had been “⟦p:a|a coward then⟧” and was asking only for the chance to prove he had changed.
Neville Ashworth, 67, was jailed for life for the murder of Wendy Garside, 22, during a robbery at a filling station in Brenholt.
“⟦d:a|I was a coward then and I hid behind drink. I’m not asking anyone to forgive me. I’m asking to be allowed to prove I’m not the same man,⟧” the prisoner told the panel by video link from HMP Durnford.
The panel chair, Judge Rosemary Kettleby, asked him whether he had ever written to Ms Garside’s family. “⟦d:b|Have you ever tried to put into words what you took from them?⟧”
“⟦d:a|I’ve written the letter a hundred times. I’ve never sent it. I didn’t think I had the right,⟧” Ashworth said.
His probation officer, who was not named, told the panel that he had completed every course available to him. “⟦d:d|On paper, his risk is manageable. Off paper, he has never lived independently as an adult,⟧” she said.
The victim’s brother, Philip Garside, read a statement opposing release. “⟦d:c|Wendy was 22. He has now been alive in prison for longer than she was alive at all. I don’t want him out. I don’t think I ever will,⟧” he said.
A decision is expected within 14 days.

### 044
@a Cressida Vane | Judge
@b Maya Okoro-Lind | -
@c Fergus Aldred | a retired vicar
Five climate protesters who glued themselves to a runway at Hexford Airport have been cleared of causing a public nuisance, after a trial in which they were barred from mentioning climate change to the jury.
Supporters outside Hexford Crown Court chanted "⟦s:-|Whose future? Our future!⟧" as the verdicts were announced, and held up placards reading "⟦s:-|Tell the truth⟧".
Judge Cressida Vane had warned the defendants before their closing speeches: "⟦d:a|You may tell the jury what you did and why you say it was lawful. You may not give a lecture on the climate.⟧"
Maya Okoro-Lind, 26, who represented herself, told jurors: "⟦d:b|I'm not allowed to tell you why I was on that runway. So I'll tell you that I was frightened, and that I was not frightened of prison.⟧"
Fergus Aldred, a retired vicar, was stopped by the judge when he began to describe flooding in his former parish. "⟦d:c|I'm sorry, your honour. Old habits,⟧" he said, to laughter from the public gallery.
Speaking outside court, Ms Okoro-Lind said: "⟦d:b|Twelve ordinary people listened to us. That's all we ever asked for.⟧"

### 045
@a Catriona Swale | Our home affairs correspondent
@b Marek Zielinski | a former care home manager
@c Richard Anstey-Bell | the prosecutor
10:02 Former manager takes the stand
Marek Zielinski, a former care home manager accused of manslaughter by gross negligence over the deaths of four residents at Fernlea House during last summer's heatwave, has begun giving evidence in his own defence.
10:15 'I begged for fans'
“⟦d:b|I emailed head office four times asking for portable air conditioning. I begged for fans. I was told the budget was frozen,⟧” Mr Zielinski tells the jury.
He says he bought two fans with his own money because he “⟦p:b|could not sit and watch them struggle to breathe⟧”.
10:41 Cross-examination begins
“⟦d:c|You were the registered manager. You had the authority to buy a fan from a supermarket and put it on expenses, didn't you?⟧” the prosecutor, Richard Anstey-Bell KC, asks.
“⟦d:b|In theory. In practice, I would have been disciplined,⟧” Mr Zielinski replies.
“⟦d:c|Disciplined for keeping residents alive?⟧”
“⟦d:b|That is how it felt, yes.⟧”
11:05 Analysis
Our home affairs correspondent Catriona Swale says: “⟦d:a|This is the heart of the defence - that Marek Zielinski was a cog in a machine that put profit before residents. The jury will have to decide whether that shifts responsibility or merely shares it.⟧”

### 046
@a - | The boy
@b Harriet Mwale | District Judge
@c Graham Toller | Bus driver
@d - | The boy's mother
A 15-year-old boy who threw a brick through the windscreen of a moving double-decker bus in Hollinsgate has been given a 12-month referral order.
The boy, who cannot be named for legal reasons, admitted criminal damage and endangering road users at Hollinsgate Youth Court.
Bus driver Graham Toller, 58, said in a statement read to the court: ``⟦d:c|Glass went everywhere, in my eyes, in my mouth. I had 40 passengers on board. I still see that brick coming every time I drive under that bridge.⟧''
The boy's mother, who sat beside him, told the court he had fallen in with ``⟦p:d|an older crowd⟧'' since his father left home.
District Judge Harriet Mwale told the teenager: ``⟦d:b|You could have killed somebody. I want you to understand that. Not hurt - killed.⟧''
The boy, speaking quietly, said: ``⟦d:a|I know. I'm sorry. I want to say sorry to the driver.⟧''

### 047
@a Folasade Oyelaran | a nurse who has rented the flat since 2015
@b Crispin Moorcroft | The landlord
@c Dafydd Prosser | Tribunal judge
A landlord has been ordered to repay £14,600 in rent after a property tribunal found he let a flat with black mould “⟦p:c|so extensive that it had penetrated the plaster⟧”.
Folasade Oyelaran, a nurse who has rented the flat since 2015, told the Residential Property Tribunal in Eastgate that her daughter had been admitted to hospital twice with asthma.
“⟦d:a|I sent him photographs every winter. Every winter he sent someone to paint over it,⟧” she said.
The landlord, Crispin Moorcroft, said the mould was caused by “⟦p:b|lifestyle factors⟧”, including drying washing indoors.
“⟦d:b|I’ve provided a dehumidifier. I can’t force tenants to open a window,⟧” he told the tribunal.
Tribunal judge Dafydd Prosser said that explanation was “⟦p:c|wholly unconvincing⟧”. “⟦d:c|The expert evidence is clear that the cause is a defective gutter and a failed damp-proof course, both of which are the landlord’s responsibility,⟧” he said.

### 048
@a Ifan Roberts | a volunteer with the Porth Dinas coastguard rescue team
@b Gethin Pugh | lifeboat helm
@c Kate Robins-Adair | senior coroner
@d Jacob Ellery | His friend
A 21-year-old student drowned after being caught in a rip current at a beach where the only warning sign had been “⟦p:a|bleached almost blank⟧” by the sun, an inquest heard.
Tomasz Wilk, a second-year engineering student, got into difficulty off Traeth Melyn in July last year.
His friend Jacob Ellery, who was swimming with him, said: “⟦d:d|One second we were standing up, the next the sand just went. I got back in. Tomasz didn’t.⟧”
Ifan Roberts, a volunteer with the Porth Dinas coastguard rescue team, said he had photographed the sign the next day. “⟦d:a|You could make out the word ‘danger’ if you already knew it was there,⟧” he said.
Lifeboat helm Gethin Pugh said the crew reached Tomasz within 11 minutes of the 999 call. “⟦d:b|We did everything we could. He’d been under too long,⟧” he told the inquest.
Recording a conclusion of accidental death, senior coroner Kate Robins-Adair said she would write to the county council about beach signage. “⟦d:c|A sign nobody can read is not a sign,⟧” she said.

### 049
@a Adeyinka | the trial judge
@b Callum Fraser | -
@c Anita Rowe | Detective Chief Inspector
@d - | the family of Marcus Obeng
A jury has convicted a man of murdering a delivery driver in a road-rage attack, a day after the judge told them she would accept a majority verdict.
Callum Fraser, 31, was found guilty by a majority of 10 to 2 at Wexbury Crown Court after more than 14 hours of deliberations.
On Wednesday afternoon the trial judge, Mrs Justice Adeyinka, called the jurors back into court. "⟦d:a|I can now accept a verdict on which at least ten of you are agreed. But please continue to try to reach a unanimous verdict if you can,⟧" she told them.
As the verdict was read on Thursday, Fraser shouted "⟦d:b|I didn't do it!⟧" from the dock.
Detective Chief Inspector Anita Rowe said outside court: "⟦d:c|Marcus Obeng was doing his job, delivering parcels, when he was attacked for no reason other than the defendant's temper.⟧"
In a statement, the family of Marcus Obeng said: "⟦d:d|Marcus was a devoted father of three. Justice has been done today, but it cannot bring him back.⟧"
Fraser will be sentenced on Friday.
### 050
@a - | A spokesperson for the Public Prosecution Service
@b Abigail Fernsby | His solicitor
@c Peregrine Mould | Judge
@d Ravinder Sahota | the businessman
The retrial of a businessman accused of defrauding a pension scheme collapsed on Monday after prosecutors admitted they had failed to disclose thousands of documents to the defence.
Ravinder Sahota, 52, had been on trial at Wickham Crown Court for six weeks.
Judge Peregrine Mould formally recorded not guilty verdicts. ``⟦d:c|This is the second time this case has failed for the same reason. I expect a full explanation to be provided to the court in writing,⟧'' he said.
A spokesperson for the Public Prosecution Service said: ``⟦d:a|We accept that our disclosure failings were serious, and we apologise to the court and to Mr Sahota.⟧''
His solicitor, Abigail Fernsby, said her client had lived under ``⟦p:b|a cloud of suspicion⟧'' for eight years.
``⟦d:d|I want my life back. I want my name back,⟧'' the businessman said outside court.

### 051
@a Winifred Osborne | a retired dinner lady from Crossthwaite
@b Jenna Kowalczyk | counsel to the inquiry
@c Laurence Mbeki-Ross | The inquiry chair
Hearings of the Contaminated Plasma Inquiry resumed in Leamore on Tuesday with evidence from the widow of a man infected through treatment with blood products in the 1980s.
Winifred Osborne, a retired dinner lady from Crossthwaite, told the inquiry her husband Stanley, who had haemophilia, was diagnosed with hepatitis C and HIV in 1986.
“⟦d:a:m|Stan came home from the clinic and sat in his car on the drive for an hour. I watched him from the kitchen window. When he came in, he said, ‘They think I’ve got something from the factor.’ That’s all he said.⟧
“⟦d:a:m|Nobody from the hospital ever came to explain it to me. I found out what HIV was from a leaflet in the doctor’s waiting room.⟧
“⟦d:a|We lost our friends. People crossed the road. Our son was beaten up at school. Stan died in 1994 and I was told not to tell the undertakers what he had died of.⟧”
Jenna Kowalczyk, counsel to the inquiry, asked her what she wanted the inquiry to do.
“⟦d:b|Mrs Osborne, if the inquiry could do one thing for you, what would it be?⟧”
“⟦d:a|Say his name. Say it was wrong. Say it in a way that nobody can ever take back.⟧”
The inquiry chair, Sir Laurence Mbeki-Ross, thanked her. “⟦d:c|Stanley Osborne. I have heard you, Mrs Osborne,⟧” he said.

### 052
@a Holly Brennan | a former captain of Ashvale United Women
@b Neil Courtenay | the club's chief executive
@c Sunita Rao | Employment Judge
@d Chloe Mensah | Her former teammate
Ashvale United discriminated against players in its women's team by paying them less than male academy players for equal work, an employment tribunal has ruled.
Holly Brennan, a former captain of Ashvale United Women, and seven other players brought equal pay claims covering the 2019 to 2022 seasons.
"⟦d:a|We trained at the same ground, on the same days, with the same coaches. The boys got paid for it and we got a tracksuit,⟧" Ms Brennan said in evidence.
Her former teammate Chloe Mensah told the tribunal: "⟦d:d|I worked nights in a warehouse so I could play. Some of those boys had agents at 17.⟧"
Neil Courtenay, the club's chief executive, said the payments reflected "⟦p:b|commercial realities⟧". "⟦d:b|The men's academy produces players we can sell. That is how the club survives,⟧" he said.
In her judgment, Employment Judge Sunita Rao wrote: "⟦d:c|The comparison is not between the commercial value of two teams but between the work the claimants did and the work their comparators did. On that comparison, the work was equal.⟧"
The club said it was considering an appeal.

### 053
@a Pauline Ackroyd | Presiding magistrate
@b Stacey Maitland | -
@c Barry Lunt | -
@d Dev Chauhan | Postman
@e Ruth Oyelowo | cabinet member for environment
COURT ROUND-UP
SERIAL SHOPLIFTER: A woman who stole £640 worth of razor blades and baby formula from three Fellbridge supermarkets in a fortnight has been jailed for 16 weeks. Stacey Maitland, 34, of Corn Street, admitted three thefts. "⟦d:b|I'm trying to get clean. I'm on the list for a rehab place,⟧" she told magistrates. Presiding magistrate Pauline Ackroyd said: "⟦d:a|You have been given chance after chance by this court and you have not taken a single one of them.⟧"
DOG ATTACK: The owner of a Staffordshire bull terrier that bit a postman on the arm in Meadow Rise has been fined £600 and the dog made subject to a control order. Barry Lunt, 61, said: "⟦d:c|He's never done anything like it before. He's soft as butter with my grandkids.⟧" Postman Dev Chauhan said in a statement: "⟦d:d|I still have nightmares about that dog. I've asked to be moved off the round.⟧"
FLY-TIPPER: A man who dumped 30 bags of builders' rubble in a lay-by on the Fellbridge bypass was ordered to pay £2,300. Councillor Ruth Oyelowo, cabinet member for environment, said afterwards: "⟦d:e|We will find you and we will prosecute, every single time.⟧"

### 054
@a Ingrid Solheim | senior trial attorney
@b Bartos Keleti | former general
@c Lejla Somogyi | a former schoolteacher from Varhely
@d Fatou Ndiaye-Sarr | Presiding Judge
VALMONT, Nov 12 (Wire) - A former schoolteacher told the International Tribunal for Ostravia on Tuesday that soldiers under the command of former general Bartos Keleti separated the men of her village from the women and children and «⟦p:c|walked them into the forest⟧».
Lejla Somogyi, a former schoolteacher from Varhely, testified through an interpreter. «⟦d:c|My husband turned around once and lifted his hand. I did not wave back because I was holding my daughter. I have thought about that every day for 26 years,⟧» she said.
«⟦d:a|Did you see who gave the order to separate the men?⟧» senior trial attorney Ingrid Solheim asked.
«⟦d:c|There was one who gave the orders. The others called him ‘the major’,⟧» she replied.
Keleti, 71, who denies charges of genocide and crimes against humanity, listened through headphones and took notes. At the opening of his trial he called the proceedings «⟦p:b|a political theatre⟧».
When his lawyer objected to a question about the major's identity, Presiding Judge Fatou Ndiaye-Sarr overruled him. «⟦d:d|The witness may answer. She has come a long way to do so,⟧» she said.

### 055
@a Lucinda Farquharson | the coroner for North Wealdshire
@b VoltRide | -
@c Hassan Farah | Group Commander
@d Joel Fairclough | Her partner
A coroner has warned that more people will die unless the sale of cheap e-bike conversion kits is regulated, after a fire that killed a 29-year-old woman in her flat.
In a prevention of future deaths report, Lucinda Farquharson, the coroner for North Wealdshire, wrote: "⟦d:a|In my opinion there is a risk that future deaths will occur unless action is taken.⟧"
She said the battery that started the fire had been bought online for £89 and had "⟦p:a|no meaningful safety certification⟧".
Group Commander Hassan Farah, of Wealdshire Fire and Rescue Service, said: "⟦d:c|These fires are fast, they are toxic, and they often start at night while people are asleep. We are attending one almost every week.⟧"
VoltRide, which sold the kit, said it had removed the product from sale and was "⟦p:b|cooperating fully⟧" with the coroner.
Her partner, Joel Fairclough, who escaped by jumping from a first-floor window, said: "⟦d:d|Chloe went back for the cat. That's who she was. She shouldn't have had to make that choice because of a battery.⟧"

### 056
@a - | The complainant
@b Hector Lavelle | defence counsel
@c Sophia Adeleke-Marsh | Judge
@d Aubrey Pennington | a former choirmaster at St Aldhelm’s Church in Wyverley
A man has told a jury that a choirmaster abused him in a church vestry in the 1980s and warned him that nobody would believe “⟦p:d|a boy who can’t even hold a note⟧”.
Aubrey Pennington, 78, a former choirmaster at St Aldhelm’s Church in Wyverley, denies 11 counts of indecent assault against four boys.
The complainant, now 46, gave evidence by video link. “⟦d:a|I was eleven. I didn’t have the words for it then. I’m not sure I have them now,⟧” he said.
Under cross-examination, defence counsel Hector Lavelle KC suggested that he had “⟦p:b|borrowed⟧” details from a newspaper article published in 2019.
“⟦d:b|You read that article before you went to the police, didn’t you?⟧”
“⟦d:a|I read it. That’s why I went to the police. Because it was the first time I knew it wasn’t just me,⟧” the complainant replied.
Judge Sophia Adeleke-Marsh intervened when Mr Lavelle put the same question a third time. “⟦d:c|I think the jury has the point, Mr Lavelle,⟧” she said.
Pennington is expected to give evidence next week. In his police interview, read to the jury, he said: “⟦d:d|I have never laid a finger on any child in my care.⟧”

### 057
@a Darren Hollins | Dad-of-two
@b Ollie Fenwick | an accountant
@c Rachel Otway | Prosecutor
@d Ian Stobbart | District Judge
A "⟦s:-|white van man⟧" who rammed a cyclist off his bike and then punched him as he lay in the road claimed HE was the real victim.
Dad-of-two Darren Hollins, 39, told Dunmere Magistrates' Court the cyclist had "⟦p:a|come at me like a lunatic⟧" after banging on the side of his van.
"⟦d:a|He was screaming, he had his helmet in his hand like a weapon. I was scared,⟧" Hollins said.
But helmet-camera footage played in court showed Hollins swerving into the rider at a roundabout before getting out and punching him twice.
Prosecutor Rachel Otway asked him: "⟦d:c|Where in that video is the cyclist attacking you?⟧"
"⟦d:a|It's before the video starts,⟧" Hollins replied, prompting gasps from the public gallery.
Ollie Fenwick, 28, an accountant, told the court: "⟦d:b|I thought I was going to die under his wheels. Then he got out and I thought, no, this is worse.⟧"
Convicting him of assault and dangerous driving, District Judge Ian Stobbart described his evidence as "⟦p:d|fanciful⟧" and his actions as "⟦p:d|cowardly and disgraceful⟧".
Hollins will be sentenced next month.

### 058
@a V31 | the firearms officer who fired the fatal shot
@b Oyinkansola Bello | Counsel for the family
@c Martin Ashe | The coroner
@d Patricia Wray | His mother
A police marksman who shot dead a man holding a replica gun in a Kelham supermarket car park told the inquest into his death he had "⟦p:a|less than a second⟧" to decide whether to fire.
V31, the firearms officer who fired the fatal shot, gave evidence from behind a screen and was identified only by a cipher.
"⟦d:a|I saw him turn towards my colleague with what I believed was a handgun. I believed my colleague was about to be shot. I fired,⟧" he said.
Counsel for the family, Oyinkansola Bello KC, asked why he had not waited for the man to raise the weapon.
"⟦d:a|If I had waited, and I'd been wrong, my colleague would be dead,⟧" the officer replied.
"⟦d:b|And if you'd waited, and you'd been right, Jermaine would be alive,⟧" Ms Bello said.
The coroner, Judge Martin Ashe, told the jury to disregard the remark. "⟦d:c|That is a comment, not a question, Ms Bello,⟧" he said.
Jermaine Wray, 24, had been carrying a replica pistol he had bought online a week earlier.
His mother, Patricia Wray, left the courtroom in tears. Outside, she said: "⟦d:d|They keep saying 'less than a second'. My son had 24 years.⟧"

### 059
@a Magnus Threlfall | The property tycoon
@b Ollerenshaw | -
@c Sebastian Quill | -
For a man who built a fortune on knowing exactly what things are worth, Sir Magnus Threlfall was remarkably vague on Tuesday about the value of his own paintings.
The property tycoon, whose divorce from Lady Annabel Threlfall reached the Family Division this week, was asked by Sebastian Quill KC, for Lady Threlfall, whether he knew that a seascape hanging in his Harcourt Square house had been valued at £4.2 million.
Sir Magnus frowned. "⟦d:a|Is that a lot?⟧" he asked.
"⟦d:c|It is rather more than the £40,000 in your disclosure, Sir Magnus.⟧"
"⟦d:a|Then somebody has made a mistake, and it wasn't me.⟧"
He went on to describe his financial affairs as "⟦p:a|complicated, but honest⟧", and his former accountant, who has given evidence against him, as "⟦p:a|a man with a grudge and a calculator⟧".
Mrs Justice Ollerenshaw, who has the patient air of someone who has heard "⟦s:-|it's complicated⟧" before, asked him to answer the questions he was actually asked. "⟦d:b|Not the ones you would prefer to have been asked, Sir Magnus,⟧" she said.
He nodded gravely. "⟦d:a|Of course, my lady.⟧"
It was, by some distance, the shortest answer he gave all day.

### 060
@a - | A source close to the inquiry
@b Olwen Price-Jenkins | The justice minister
@c - | One former undercover officer
@d Police Spies Truth Network | -
@e - | people familiar with the draft report
The judge leading the inquiry into undercover policing of protest groups is preparing to criticise senior officers “⟦p:e|in the strongest terms⟧”, according to people familiar with the draft report.
A source close to the inquiry said: “⟦d:a|It is not going to be a comfortable read for anyone who ran the unit in the nineties.⟧”
The report, due next month, is expected to find that managers knew officers had formed long-term relationships with women in the groups they infiltrated.
One former undercover officer, who gave evidence anonymously last year, told the inquiry the unit had been “⟦p:c|a law unto itself⟧”. “⟦d:c|We were told that as long as we didn’t get caught, nobody upstairs wanted to know,⟧” he said.
The justice minister, Olwen Price-Jenkins, said she would not comment on a report she had not seen. “⟦d:b|The inquiry is independent and it must be allowed to finish its work,⟧” she said.
The Police Spies Truth Network said it would “⟦p:d|believe it when we read it⟧”.

### 061
@a Chinedu Okonkwo | The prosecution counsel
@b Folake Adesanya | counsel to the defendant
@c Yusuf Garba | a bank compliance officer
@d Adebisi Olatunji | -
A compliance officer with Crestline Bank on Tuesday told the Oluwaro State High Court that a former commissioner for works moved N1.2 billion through 121 transfers in six weeks.
The second prosecution witness, Mr Yusuf Garba, a bank compliance officer, said the transactions were flagged because they were "⟦p:c|structured to avoid reporting thresholds⟧".
Led in evidence by the prosecution counsel, Mr Chinedu Okonkwo, the witness said: "⟦d:c|Each transfer was N9.9 million. There were 121 of them in six weeks. That pattern is a red flag in any bank.⟧"
"⟦d:a|What did you do when you saw that pattern?⟧" Okonkwo asked.
"⟦d:c|We filed a suspicious transaction report with the regulator the same week,⟧" Garba replied.
Under cross-examination, counsel to the defendant, Mrs Folake Adesanya (SAN), asked: "⟦d:b|Did you at any time speak with the defendant about these transactions?⟧"
"⟦d:c|No, my lord. My role was to file the report,⟧" the witness answered.
Justice Adebisi Olatunji adjourned the matter to March 14 for continuation of trial. "⟦d:d|Both parties should ensure their witnesses are in court. This court will not grant further adjournments,⟧" he said.

### 062
@a Isabelle Gagnon-Roy | Coroner
@b Martin Lévesque | a snowplough operator with a municipal contractor
@c Sophie Tremblay-Ouellet | The victim’s daughter
A snowplough operator told a coroner’s inquiry in Rivière-aux-Saules on Thursday that he never saw the 81-year-old pedestrian he struck at a crosswalk in January because his mirrors were «⟦p:b|caked with ice⟧».
Martin Lévesque, a snowplough operator with a municipal contractor, testified in French. «⟦d:b|Je ne l’ai jamais vue,⟧» he said. «⟦d:b|I never saw her.⟧»
Coroner Isabelle Gagnon-Roy asked him how often the mirrors were cleared during a night shift. «⟦d:a|Was there a rule, written or unwritten, about stopping to clean them?⟧»
«⟦d:b|Written, no. Unwritten - you stop when you can’t see anything. That night I thought I could see,⟧» Lévesque said.
The victim’s daughter, Sophie Tremblay-Ouellet, said outside the courthouse that her mother, Gisèle, had crossed at that corner every morning for 40 years to buy a newspaper. «⟦d:c|She did everything right. She waited for the light. I want the coroner to tell the city that the machines have to change, not the old ladies,⟧» she said.
The coroner will publish her recommendations in the spring.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh87.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh87",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
