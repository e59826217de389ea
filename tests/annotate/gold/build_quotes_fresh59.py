# ruff: noqa: E501
"""Build ``quotes_fresh59.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses and cross-examination, judges
sentencing, defendants in the dock, victims' statements read in court, families'
statements outside court, inquiry chairs and counsel questioning witnesses, coroners'
inquests, employment, housing, immigration, planning and sports tribunals, appeal
rulings and courts martial, written in the styles of wire, broadsheet, tabloid, local
paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh59-NNN``.

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
  it: the appositive is the description. A title before the name alone is the
  description; in court copy that covers judicial, coronial and tribunal titles
  (``Judge``, ``District Judge``, ``Recorder``, ``Coroner``, ``Senior coroner``,
  ``Employment Judge``, ``Upper Tribunal Judge``, ``Judge Advocate``, ``Presiding
  judge``), police and military ranks (``Detective Inspector``, ``Police Constable``,
  ``Lance Corporal``) and job labels in tabloid style (``Telly chef``, ``Waitress``,
  ``Reality TV star``, ``Prosecutor``). A judge referred to as ``Ms Justice Ashbury``
  or ``Lady Justice Farrant`` is the speaker under the surname (``Ashbury``,
  ``Farrant``), with the appositive (``the judge``, ``one of three appeal judges who
  heard the case``) as description.
* The role tag set off after an advocate's name in court reports (``prosecuting``,
  ``defending``, ``defending Fitch``, ``for the health board``, ``for Mr Munteanu``)
  is that advocate's description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 34-year-old``,
  ``the pharmacist``, ``the elder sister``, ``her sister``), that description is taken;
  ages and addresses after the name (``Kowal, 52, of …``) are not descriptions.
* A non-restrictive relative clause after a name or an appositive (``Dr Farhan
  Siddiqui, who examined her``) is not part of the description; a restrictive one is
  (``a sheep farmer whose land borders the site``).
* Judgments, sentencing remarks, tribunal decisions and written statements belong to
  their author even when read aloud by someone else: a victim's statement read by the
  prosecutor is the victim's, a defendant's letter read by his barrister is the
  defendant's, text messages quoted in court are their sender's. Words a person spoke
  in a recorded call or a police interview played or read in court are that person's.
* A court, tribunal or panel that is itself the grammatical speaker (``the tribunal
  said``) is the speaker under the name the passage gives it (``Northfield Employment
  Tribunal``, ``Sports Integrity Tribunal``). A jury or an inquest jury, which has no
  name, has a null speaker and the phrase used for it as the description, as has a
  jury foreman who is not named.
* An anonymised witness known only by a cipher (``B12``) has the cipher as speaker.
* Fragments quoted from unidentified sources (``has been described as``) are
  ``partial`` with a null speaker and description.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null.
* In a printed exchange of quote-only paragraphs (counsel and witness, chair and
  witness) each turn belongs to the person whose turn it is.
* A word mouthed or shouted by an identified person is that person's direct speech;
  a shout from the public gallery whose speaker is not identified is ``direct`` with
  speaker and description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh59.py``

"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh59.jsonl")

PASSAGES = """
### 001
@a Fenella Ashdown | prosecuting
@b Dariusz Kowal | the defendant
@c - | a neighbour
A man stabbed his former business partner 14 times and then sat down to finish his dinner, a jury at Harwick Crown Court heard on Monday.
Dariusz Kowal, 52, denies murdering Lionel Fairbrass, 58, at the flat above the printing firm the two men ran together in Queen's Parade, Harwick, on March 9.
Opening the case, Fenella Ashdown KC, prosecuting, said the pair had fallen out over money "⟦p:a|to the point where they could barely stand to be in the same room⟧".
"⟦d:a|What happened in that flat was not a scuffle that got out of hand,⟧" she told the jury. "⟦d:a|It was a sustained and deliberate attack on a man who was, by the end of it, unable to lift his arms to protect himself.⟧"
The court heard Kowal dialled 999 about 40 minutes after the last of the injuries was inflicted. In the recording, played in court, he told the call handler: "⟦d:b|I think Lionel is dead. I think it was me.⟧"
Asked by the handler whether anyone else was in the flat, he replied: "⟦d:b|No. Just me and him and the dinner.⟧"
In police interview, the defendant said he "⟦p:b|could not remember⟧" picking up the knife and claimed Fairbrass had come at him first.
Ms Ashdown said a neighbour would tell the jury she heard "⟦p:c|a terrible noise, like a wardrobe going over⟧" shortly after 7pm.
"⟦d:a|You will want to ask yourselves why, if he was the one under attack, Mr Kowal had barely a scratch on him,⟧" she said.
The trial, expected to last three weeks, continues.

### 002
@a Gwyneth Marrable | the chair of the bench
@b Owain Price | defending
@c Ricky Stannard | the 29-year-old
A Llanfair van driver who was more than three times the legal limit when he crashed into a bus shelter has been banned from the road for three years.
Ricky Stannard, of Heol Fawr, pleaded guilty at Pontgarreg Magistrates’ Court on Thursday to drink-driving and failing to stop after an accident.
The court heard the 29-year-old had been drinking at a christening before getting behind the wheel of his Ford Transit at about 11pm on June 14. Nobody was waiting at the shelter, which was destroyed.
Owain Price, defending, said his client was “⟦p:b|thoroughly ashamed⟧” and had already sold the van.
“⟦d:b|He panicked. He saw the glass come down and he drove home, which is the worst thing he could have done,⟧” Mr Price said. “⟦d:b|He went to the police station himself the next morning. That has to count for something.⟧”
Asked by the bench if he had anything to add, Stannard said quietly: “⟦d:c|Just sorry. That’s all.⟧”
Gwyneth Marrable, the chair of the bench, told him he had been “⟦p:a|extraordinarily lucky⟧”.
“⟦d:a|On a different night, at a different time, there would have been people in that shelter,⟧” she said. “⟦d:a|We have seen the photographs. You would not be standing here facing a fine, you would be facing a judge.⟧”
As well as the ban, Stannard was fined £840 and ordered to pay £1,200 towards a new shelter and £85 costs.

### 003
@a Helena Ruskin | The chair
@b Graham Thew | the trust’s former chief executive
@c Sabrina Oyelaran | counsel to the inquiry
@d - | one bereaved mother
The former chief executive of Wenlow General Hospital has told the public inquiry into deaths on its maternity unit that he did not read a consultant’s warning letter “⟦p:b|in full⟧” until after he had left the post.
Graham Thew, the trust’s former chief executive, faced a day of questioning from Sabrina Oyelaran, counsel to the inquiry, about a three-page letter sent to him in the autumn of 2019.
“⟦d:c|It says, in the second paragraph, ‘I believe babies will die if nothing changes.’ Did you read that sentence?⟧” Ms Oyelaran asked.
“⟦d:b|I read the summary I was given. I did not read the letter itself, no,⟧” Mr Thew replied.
“⟦d:c|Who gave you the summary?⟧”
“⟦d:b|My office. I can’t now say which individual.⟧”
The exchange drew audible reactions from families in the public seats. The chair, Dame Helena Ruskin, twice asked for quiet.
Later she put her own question to the witness. “⟦d:a|Mr Thew, with hindsight, do you accept that a letter with that sentence in it should have reached you in full?⟧”
“⟦d:b|With hindsight, yes. I accept that entirely,⟧” he said.
Outside, one bereaved mother said the answer had come “⟦p:d|five years and eleven babies too late⟧”.
The inquiry resumes on Tuesday.

### 004
@a Alasdair Finnie | senior coroner
@b Nadia | Mr Brennan's widow
@c Carl Ovenden | the driver
@d Castlegate County Council | -
A cyclist killed by a lorry turning left at a junction in Castlegate "⟦p:a|had no chance⟧" of avoiding the vehicle, a coroner has concluded.
Tom Brennan, 41, a secondary school teacher, died at the scene on Ferrybridge Road in November.
At Castlegate Coroner's Court on Wednesday, senior coroner Alasdair Finnie recorded a conclusion of road traffic collision.
"⟦d:a|Mr Brennan was doing nothing wrong. He was in his lane, he was lit, he was wearing a helmet,⟧" Mr Finnie said. "⟦d:a|The evidence is that the driver did not see him, and the design of that junction made it more likely that he would not see him.⟧"
The inquest heard the driver, Carl Ovenden, had checked his mirrors but did not see the bike, which was in the lorry's blind spot.
"⟦d:c|I'll never get over it. I think about him every day,⟧" Mr Ovenden told the hearing, breaking down as he gave evidence.
Mr Finnie said he would write to Castlegate County Council, which is responsible for the junction, in a report to prevent future deaths.
In a statement read outside the court, Mr Brennan's widow, Nadia, said the family felt "⟦p:b|some relief⟧" at the coroner's findings.
"⟦d:b|Tom cycled that road every day for nine years. He used to joke that the junction would get him one day,⟧" she said. "⟦d:b|We don't want another family to go through this. Fix it.⟧"
The council said it would "⟦p:d|carefully consider⟧" the coroner's report.

### 005
@a Rosalind Achebe | Employment Judge
@b Jamal Hendry | a forklift driver
@c Brackwater Logistics | -
@d - | A spokesperson for the Transport and Stores Union
A forklift driver who was sacked after complaining about broken safety barriers was unfairly dismissed, an employment tribunal has ruled.
Jamal Hendry, a forklift driver, worked at Brackwater Logistics’ distribution centre outside Kettleby for seven years before he was dismissed in February 2023 for what the company called “⟦p:c|a pattern of disruptive behaviour⟧”.
In a written judgment, Employment Judge Rosalind Achebe said the real reason for the dismissal was that Mr Hendry had “⟦p:a|made a nuisance of himself about safety, and was right to⟧”.
“⟦d:a|The respondent’s witnesses were unable to identify a single instance of the disruptive behaviour alleged, other than the claimant’s emails about the barriers,⟧” the judge wrote. “⟦d:a|Those emails were polite, specific and, as events showed, accurate.⟧”
Mr Hendry, 46, said he was “⟦p:b|relieved more than anything⟧”.
“⟦d:b|I wasn’t trying to cause trouble. I’d seen a lad nearly lose his foot. I just wanted them to fix it,⟧” he said. “⟦d:b|Seven years I gave them. They didn’t even ask me what happened.⟧”
Brackwater Logistics said it was “⟦p:c|disappointed⟧” by the ruling and was considering an appeal.
“⟦d:c|Safety is our first priority at every site we operate,⟧” the company said in a statement.
A spokesperson for the Transport and Stores Union, which supported the claim, said: “⟦d:d|This should be a warning to every employer who thinks the way to deal with a safety complaint is to get rid of the person making it.⟧”
A remedy hearing will decide compensation at a later date.

### 006
@a Danny Sorrell | Telly chef
@b Kelsey Marr | Waitress
@c Priti Dhanda | Prosecutor
TELLY chef Danny Sorrell told a court yesterday he was "⟦p:a|only trying to calm things down⟧" when he grabbed a waitress by the wrist during a row over a burnt risotto.
The 44-year-old, star of "⟦s:-|Sorrell's Kitchen Rescue⟧", denies assault by beating at his Mayfield restaurant, Sorrell & Sons, last October.
Waitress Kelsey Marr, 23, told Brindley Magistrates' Court the foul-mouthed chef screamed at her in front of diners.
"⟦d:b|He was shouting that I'd ruined his night. Then he grabbed my arm so hard it left marks,⟧" she said. "⟦d:b|I went in the walk-in fridge and cried for ten minutes.⟧"
Prosecutor Priti Dhanda showed the court photos of bruising. "⟦d:c|Those aren't the marks of someone being calmed down, are they, Mr Sorrell?⟧" she asked.
"⟦d:a|I've got big hands. I never meant to hurt anybody,⟧" the chef replied.
Sorrell, who admitted he had downed "⟦p:a|a couple of glasses of red⟧" during service, told the court: "⟦d:a|Kitchens are hot and loud. Things get said. But I have never in my life hurt a woman.⟧"
Outside court he refused to answer reporters' questions, saying only: "⟦d:a|No comment, lads.⟧"
The trial continues.

### 007
@a Imogen Strachan | Judge
@b Nathaniel Gorse | the 61-year-old
@c Kwame Asante | Detective Inspector
A financial adviser who stole £2.3m from elderly clients to fund a lifestyle of yachts and racehorses has been jailed for nine years.
Nathaniel Gorse, from Aldenham, admitted 17 counts of fraud by abuse of position at Southmere Crown Court.
Sentencing him, Judge Imogen Strachan said he had been “⟦p:a|driven by nothing but greed⟧”.
“⟦d:a:m|Many of your victims were in their eighties. Several have since died without seeing a penny of their money returned. One of them, as I have read today, had to sell her wedding ring to pay for her husband’s funeral.⟧
“⟦d:a:m|You told them you were looking after them. You sent them Christmas cards. All the while you were moving their money into accounts that paid for a boat called, of all things, Second Chance.⟧
“⟦d:a|You have shown remorse only for having been caught.⟧”
In a letter handed to the judge, the 61-year-old wrote that he was “⟦p:b|ashamed beyond words⟧”. He showed no emotion as he was led from the dock.
Detective Inspector Kwame Asante, of Southmere Police’s economic crime unit, said outside court: “⟦d:c|This was a calculated betrayal of vulnerable people who trusted him with everything they had.⟧”
“⟦d:c|We will now be pursuing every pound he has left,⟧” he added.

### 008
@a Rebecca Toomey | U.S. District Judge
@b Marcus Ellingsworth | Defense attorney
@c Gil Santangelo | former Port Ardis Mayor
@e - | One woman
@f - | another man
PORT ARDIS — Jury selection began Tuesday in the bribery trial of former Port Ardis Mayor Gil Santangelo, with the judge warning prospective jurors that the case had drawn "⟦p:a|an unusual amount of attention⟧" and that they must avoid news coverage.
"⟦d:a|If you have already made up your mind about Mr. Santangelo, I need you to tell me now, not three weeks from now,⟧" U.S. District Judge Rebecca Toomey told a pool of about 90 residents.
Santangelo, 67, is accused of steering city contracts worth $14 million to a paving company in exchange for cash, home renovations and a used boat. He has pleaded not guilty.
Several prospective jurors were excused after saying they had followed the case closely. One woman said she had "⟦p:e|a strong opinion about politicians in general⟧".
"⟦d:f|I think they're all crooks, honestly,⟧" another man said, drawing laughter from the gallery. He was dismissed.
Defense attorney Marcus Ellingsworth told reporters outside the courthouse that his client was "⟦p:b|looking forward to finally telling his side⟧".
"⟦d:b|The government has spent two years building a story. We're going to spend the next three weeks taking it apart,⟧" Ellingsworth said.
Santangelo did not speak to reporters as he entered the building, though he waved and called out "⟦d:c|Good morning, everybody⟧" to a small group of supporters.
Prosecutors declined to comment. Opening statements are expected Monday.

### 009
@a Bethan Lloyd-Rhys | Assistant coroner
@b Comfort Mensah | a senior nurse at the home
@c Lorraine Hibbert | Mrs Parfitt’s daughter
@d Rosedene Care Group | -
A care home resident who choked on a sandwich had been left without the supervision set out in her care plan, an inquest has heard.
Edna Parfitt, 88, who had dementia and difficulty swallowing, died at Morland House in Pelsworth in January after being given a ham sandwich instead of the soft diet she had been prescribed.
Comfort Mensah, a senior nurse at the home, told the inquest at Pelsworth Town Hall that staff had been “⟦p:b|stretched to breaking point⟧” that lunchtime because two carers had called in sick.
Assistant coroner Bethan Lloyd-Rhys asked her: “⟦d:a|Was anyone sitting with Mrs Parfitt while she ate?⟧”
“⟦d:b|No, madam. She was in the lounge. We were going between rooms,⟧” Ms Mensah said.
“⟦d:a|And who gave her the sandwich?⟧”
“⟦d:b|I don’t know. I have asked everyone, and nobody will say.⟧”
Mrs Parfitt’s daughter, Lorraine Hibbert, who attended each day of the hearing, shook her head.
In a statement read to the court, she described her mother as “⟦p:c|a wicked card player and a terrible cook, who would have found all this fuss embarrassing⟧”.
The coroner adjourned the hearing to allow the home’s owners, Rosedene Care Group, to provide staffing rotas. The company said it had “⟦p:d|fully co-operated⟧” with the inquest.

### 010
@a Shona McAllister | -
@b Kirsty | Her younger sister
A 19-year-old has been found guilty of the manslaughter of a father of two who died after being punched outside a nightclub in Drumlee.
Jordan Keay was cleared of murder but convicted of manslaughter by a jury at the High Court in Drumlee on Friday, following a seven-day trial. Craig McAllister, 36, hit his head on the kerb outside the Lantern Rooms on Ferry Street last August and died in hospital two days later.
On the court steps, Mr McAllister's sisters read statements. Shona McAllister, 34, said the family had "⟦p:a|sat through every minute⟧" of the evidence.
"⟦d:a|We heard how he was lying there while people filmed him on their phones. We'll carry that for the rest of our lives,⟧" she said. "⟦d:a|Craig was a daft, loving, loud big brother. His boys are six and nine. They ask every night when he's coming home.⟧"
Her younger sister, Kirsty, 29, said she did not accept the jury's decision to clear Keay of murder.
"⟦d:b|One punch, they keep saying. One punch is enough. He knew that,⟧" she said, before being comforted by her sister.
"⟦d:b:m|I want people to listen to this. If you go out on a Saturday night and you think it's a laugh to hit someone, this is what it looks like afterwards.⟧
"⟦d:b|It looks like us, standing here.⟧"
Keay, of Balgray Road, will be sentenced next month.

### 011
@a Northfield Employment Tribunal | -
@b Anjali Venkataraman | a consultant radiologist
@c Lowmoor Hospitals Trust | -
@d Peter Callow | her clinical director
A consultant radiologist was racially harassed by a senior colleague who repeatedly mocked her accent in team meetings and referred to her as “⟦s:-|the import⟧”, a tribunal has found.
Dr Anjali Venkataraman, a consultant radiologist, brought claims of race discrimination and harassment against Lowmoor Hospitals Trust after more than a decade at its main site in Northfield.
The Northfield Employment Tribunal upheld her harassment claim in a judgment published on Wednesday, finding that her clinical director, Dr Peter Callow, had made comments that were “⟦p:a|demeaning, repeated and plainly related to race⟧”.
“⟦d:a|We do not accept Dr Callow’s evidence that the remarks were affectionate banter between colleagues,⟧” the tribunal said. “⟦d:a|Nobody else in the department was spoken to in this way, and the claimant told him, more than once, that she found it hurtful.⟧”
Dr Callow told the hearing in May that he had “⟦p:d|never intended any offence⟧” and that the department had “⟦p:d|a jokey culture⟧”.
“⟦d:d|If I upset her, I regret that. I was trying to include her,⟧” he said in evidence.
The tribunal rejected her separate claim of direct discrimination over a failed promotion.
In a statement, Dr Venkataraman said: “⟦d:b|I have spent eleven years being told I was too sensitive. Today a judge has said I was not.⟧”
Lowmoor Hospitals Trust said it would “⟦p:c|reflect carefully⟧” on the judgment. Dr Callow has since retired.

### 012
@a Hugo Marchetti | counsel to the inquiry
@b Ingrid Solberg | the structural engineer who signed off the 2017 inspection
@c Desmond Achterberg | the inquiry's chairman
@d - | a maintenance supervisor
The engineer who signed off the last full inspection of the Carrow Viaduct before its collapse has told the public inquiry she was "⟦p:b|never shown⟧" photographs of corroded bearings taken by a maintenance crew months earlier.
Ingrid Solberg, the structural engineer who signed off the 2017 inspection, spent most of Thursday in the witness chair at Kelsall Civic Hall.
Hugo Marchetti, counsel to the inquiry, put the photographs on the screen. "⟦d:a|Can you see the rust staining there, at the base of pier four?⟧" he asked.
"⟦d:b|Yes. It's obvious,⟧" Ms Solberg said. "⟦d:b|If I had seen that, I would have closed the viaduct to heavy traffic that afternoon.⟧"
"⟦d:a|So why didn't you see it?⟧"
"⟦d:b|Because nobody sent it to me. I have looked for it in every email I have. It isn't there.⟧"
Mr Marchetti then showed her a message from a maintenance supervisor, sent to a shared inbox, which read: "⟦d:d|Pics of pier 4 attached. Looks bad. Someone should check.⟧"
Ms Solberg said she had never had access to that inbox.
Sir Desmond Achterberg, the inquiry's chairman, intervened. "⟦d:c|I want to be clear that I'm not in the business of finding a scapegoat,⟧" he said. "⟦d:c|I am in the business of finding out why a message that said 'looks bad' sat unread for seven months while 20,000 vehicles a day drove over that pier.⟧"
Four people died when the northern span fell into the River Carrow in March 2022.

### 013
@a Farrant | one of three appeal judges who heard the case
@b Yusuf Demir | Bexley’s solicitor
A man jailed for arson has had his conviction quashed after it emerged that a juror searched the internet for his previous convictions during the trial.
Aaron Bexley, 38, was jailed for eight years in 2022 for setting fire to a takeaway in Millbrook High Street. The Court of Appeal heard that one juror had found a newspaper report of an earlier conviction and told others about it in the jury room.
Lady Justice Farrant, one of three appeal judges who heard the case, said the juror’s conduct had been “⟦p:a|a flagrant breach of the most basic instruction a juror is given⟧”.
“⟦d:a|The jury were told, in terms, not to research the case. One of them did so, and then shared what he had found with at least two others,⟧” she said. “⟦d:a|We cannot be confident that the verdict was unaffected. The conviction must be quashed.⟧”
She added that trial judges should “⟦p:a|repeat the warning, and explain the reason for it, more than once⟧” in long trials.
A retrial was ordered. Bexley’s solicitor, Yusuf Demir, said his client was “⟦p:b|relieved but exhausted⟧”.
“⟦d:b|He has spent two years in prison on the back of a verdict that should never have been reached in the way it was,⟧” Mr Demir said. “⟦d:b|He has always said he didn’t do it. He will say so again.⟧”
The juror, who cannot be named for legal reasons, is being investigated for contempt of court.

### 014
@a Lenny Osei-Bonsu | the former Hallam City captain turned television pundit
@b Hamish Greatorex | the columnist
@c Julian Pask | Greatorex’s barrister
By the third day, the public gallery of Court 13 had the look of a wedding at which the two families were not speaking. On one side sat Lenny Osei-Bonsu, the former Hallam City captain turned television pundit, in a navy suit and the stillness of a man under instruction. On the other, Hamish Greatorex, the columnist, took notes on a legal pad and occasionally smiled at nothing.
It was Greatorex who in 2021 called Osei-Bonsu “⟦p:b|a fraud in a tracksuit⟧”. The column, headlined “⟦s:-|The Great Charity Con⟧”, claimed that his youth foundation spent more on his travel than on children. Osei-Bonsu says every word of it was false. Greatorex says it was true and that, even if it was not, he was entitled to say it.
Osei-Bonsu gave evidence for most of a day. He was good at it: short answers, eye contact with the judge.
“⟦d:a|I grew up on the Lowfield estate. That foundation is the only thing I’ve done that my mum was prouder of than the goals,⟧” he said. “⟦d:a|When that article came out, she rang me crying. She thought I’d stolen from kids.⟧”
Julian Pask, Greatorex’s barrister, is a tall, unhurried man who asks questions as if he already knows the answers, which he generally does.
“⟦d:c|Mr Osei-Bonsu, the foundation paid for you to fly business class to Dubai in 2020. Yes?⟧”
“⟦d:a|For a fundraiser. Which raised ninety grand.⟧”
“⟦d:c|That wasn’t my question.⟧”
“⟦d:a|It was the answer, though.⟧”
There was laughter, which the judge did not enjoy.
When his turn came, Greatorex was expansive where Osei-Bonsu had been clipped. He described himself as “⟦p:b|a journalist of the old school⟧” and talked about the column the way some men talk about a fish they once caught.
“⟦d:b|I stand by it. I’d write it again tomorrow,⟧” he said. “⟦d:b|If he didn’t want people asking where the money went, he shouldn’t have put his face on the leaflets.⟧”

### 015
@a Clive Arbery | District Judge
@b Maureen Pettifer | a retired headteacher
@c Trevor Gosling | her neighbour of 22 years
A bitter row between neighbours over a 30ft leylandii hedge in Upper Wickham has ended in court - with the judge urging both sides to "⟦p:a|put the kettle on and talk to each other⟧".
Maureen Pettifer, a retired headteacher, took her neighbour of 22 years, Trevor Gosling, to Brackley County Court claiming the hedge had cut off all light to her kitchen and greenhouse.
"⟦d:b|I haven't grown a tomato since 2019,⟧" Mrs Pettifer told the hearing. "⟦d:b|I used to win prizes. Now I get moss.⟧"
Mr Gosling, 74, said he had planted the trees for privacy after Mrs Pettifer's late husband "⟦p:c|kept looking over the fence⟧".
"⟦d:c|I'm not cutting them down. They were there first, before her greenhouse,⟧" he said.
District Judge Clive Arbery ruled the hedge must be reduced to two metres by the end of March, with the cost shared equally.
"⟦d:a|I have read 400 pages of correspondence about this hedge. Four hundred,⟧" he said. "⟦d:a|Neither of you is a villain. You have both simply stopped being able to hear each other.⟧"
Speaking afterwards, Mrs Pettifer said she was "⟦p:b|delighted⟧". Mr Gosling said: "⟦d:c|We'll see.⟧"

### 016
@a Étienne Mbaye-Kourouma | the former army chief of staff
@b Liesbeth van Dorp | Presiding judge
@c Tobias Lindqvist | Senior prosecutor
@d - | a survivor who testified last year
HALDOR, Feb 12 (Meridian) – The former army chief of staff of Bandaré denied on Wednesday that he ordered the killing of at least 140 civilians in the village of Koussanga in 2016, telling an international tribunal he had learned of the massacre «⟦p:a|from the radio, like everyone else⟧».
Étienne Mbaye-Kourouma, 64, the former army chief of staff, was addressing the judges for the first time since his trial opened last year. He spoke in French.
«⟦d:a|Je n’ai jamais donné cet ordre. Jamais,⟧» he said. «⟦d:a|I never gave that order. Never.⟧»
«⟦d:a|I was a soldier for 38 years. I know what soldiers do when they are not controlled, and I spent my career trying to control them,⟧» he told the court through an interpreter.
Senior prosecutor Tobias Lindqvist put to him radio logs from the morning of the killings. «⟦d:c|Your call sign appears on this log four times in the hour before the shooting began. Who was using it, if not you?⟧»
«⟦d:a|I do not know. Many people had access to that radio,⟧» Mbaye-Kourouma replied.
Presiding judge Liesbeth van Dorp twice reminded the defendant to answer «⟦p:b|the question that was put, not a different one⟧» after he began lengthy accounts of his military career.
Outside the court, a survivor who testified last year said she had come to see his face. «⟦d:d|He looks old now. My children did not get to be old,⟧» she said.
The trial is expected to end in the spring.

### 017
@a - | The teenager
@b Siobhan Garvey | The driver
@c Harriet Okonjo-Bassey | District Judge
@d - | His mother
A teenager who threw a paving slab from a footbridge on to the Marlow Road dual carriageway, smashing the windscreen of a car carrying a mother and her baby, has been given a three-year youth rehabilitation order.
The boy, now 15, cannot be named for legal reasons. He admitted endangering road users at Fenchurch Youth Court.
The driver, Siobhan Garvey, 31, was showered with glass but escaped with cuts to her face. Her six-month-old daughter, in a rear-facing seat, was unhurt.
In a statement read to the court, Ms Garvey said: “⟦d:b|I still can’t drive under a bridge without my hands shaking. I look up every time. I probably always will.⟧”
The teenager, who wept as the statement was read, told the court: “⟦d:a|I didn’t think about there being people in it. I just thought it would make a noise. I’m so sorry.⟧”
District Judge Harriet Okonjo-Bassey said she had seriously considered a custodial sentence.
“⟦d:c|You are 15, and I accept you did not mean to hurt anybody. But you could have killed a baby,⟧” she told him. “⟦d:c|I want you to think about that every single day of this order.⟧”
His mother, who sat beside him throughout, said outside court that he had been “⟦p:d|a different boy⟧” since that night.

### 018
@a Wendell Haskins | former Dunmore County Treasurer
@b Patricia Lindahl | District Attorney
@c Sam Ruggiero | Haskins' lawyer
@d - | a woman who said she had worked in the treasurer's office for 19 years
GRANVILLE (WNS) -- A jury on Friday convicted former Dunmore County Treasurer Wendell Haskins of embezzling $1.6 million in public funds, rejecting his claim that the money was ``⟦p:a|borrowed, not taken⟧''.
The jury of seven women and five men deliberated for two days before returning guilty verdicts on 11 of 12 counts. Haskins, 58, stood with his hands clasped and did not react.
``⟦d:b|This verdict tells every public official in this county that the money belongs to the people,⟧'' District Attorney Patricia Lindahl said at a news conference afterward. ``⟦d:b|It does not belong to them, and it never did.⟧''
Haskins' lawyer, Sam Ruggiero, said he would appeal.
``⟦d:c|We respect the jury's work, but we think they were asked to decide this case on half the evidence,⟧'' Ruggiero said. ``⟦d:c|The judge kept out records that would have shown exactly where that money went.⟧''
Outside the courthouse, a woman who said she had worked in the treasurer's office for 19 years shouted ``⟦d:d|Shame on you, Wendell!⟧'' as Haskins was led to a sheriff's car.
Sentencing was set for March 3. Haskins faces up to 20 years in prison.

### 019
@a Ravinder Gill | Judge
@b Nasir Qureshi | defending Fitch
@c Lydia Frome | Detective Chief Inspector
Seven members of a gang that flooded the Tarnside estate with crack cocaine and heroin have been jailed for a total of 61 years.
The group, which called itself the "⟦s:-|Tarn Boys⟧", used children as young as 14 to carry drugs between Tarnside and towns across the county, Wexmouth Crown Court heard.
Ringleader Leon Mabry, 33, was jailed for 16 years. Judge Ravinder Gill told him: "⟦d:a|You sat at the top of this operation and let other people's children take the risks. You never touched the drugs yourself if you could help it. That was the point.⟧"
To Callum Fitch, 19, who was recruited at 15 and was jailed for three years and four months, the judge said: "⟦d:a|You were a victim of this gang before you became a member of it. I have taken that into account. But you made choices too.⟧"
Nasir Qureshi, defending Fitch, had told the court his client was "⟦p:b|groomed, threatened and, on one occasion, stabbed⟧" by older members.
Detective Chief Inspector Lydia Frome, of Wexmouth Police, said: "⟦d:c|This gang treated teenagers as disposable. Today's sentences show that the people at the top cannot hide behind the children they exploit.⟧"
She added that police had received "⟦p:c|dozens⟧" of calls from grateful residents since the arrests.

### 020
@a Hannah Whitcombe | the victim
@b Ifeanyi Nwosu | prosecuting
@c Gareth Dunleavy | -
@d Esther Lavelle | Recorder
A burglar who stole a widow’s wedding ring and her late husband’s medals while she slept upstairs has been jailed for four years.
Gareth Dunleavy, 27, of Brook Lane, Harnley, broke into the 81-year-old’s bungalow in Station Road through a kitchen window in the early hours of September 3.
At Kelsford Crown Court, Ifeanyi Nwosu, prosecuting, said the medals had never been recovered and described the break-in as “⟦p:b|targeted and callous⟧”. He then read a statement from the victim, Hannah Whitcombe.
“⟦d:a:m|I have lived in this house for 52 years. Frank carried me over the step. I have never once locked the bedroom door, and now I lock it every night and lie awake listening.⟧
“⟦d:a:m|The ring doesn’t matter to anyone but me. The medals were Frank’s father’s, from Burma. My grandson was going to have them.⟧
“⟦d:a|Whoever did this, I hope he knows that he didn’t just take things. He took my house from me.⟧”
Dunleavy, who has 31 previous convictions, wrote a letter to the court in which he said he was “⟦p:c|disgusted with myself⟧”.
Recorder Esther Lavelle said: “⟦d:d|Mrs Whitcombe’s statement is one of the most moving I have heard in this building. If you have any decency left, Mr Dunleavy, you will tell the police where those medals are.⟧”

### 021
@a Deborah Anscombe | Area coroner
@b Leroy Pinnock | Prison officer
@c Prison and Probation Directorate | -
@d Marcia Cole | his mother
@e - | An inquest jury
@f Ashley Cole | -
An inquest jury has found that a string of failures by staff at HMP Ravensby "⟦p:e|more than minimally contributed⟧" to the death of a 24-year-old prisoner.
Ashley Cole was found hanged in his cell on the jail's D wing in April 2022, three days after he told a nurse he was "⟦p:f|thinking about ending it⟧".
Prison officer Leroy Pinnock told the inquest that the observation checks on Mr Cole were "⟦p:b|not always done when they should have been⟧".
"⟦d:b|We had 140 men on that wing and four officers. You do your best, but you can't be in four places at once,⟧" he said.
Area coroner Deborah Anscombe asked him whether the check records had sometimes been filled in afterwards.
"⟦d:b|Sometimes, yes. I'm not proud of it,⟧" he replied.
"⟦d:a|So the records this jury has been looking at for the last week may not be accurate?⟧" Ms Anscombe asked.
"⟦d:b|Some of them, no, ma'am.⟧"
After the conclusion was read, his mother, Marcia Cole, said: "⟦d:d|Ashley asked for help. He used the words. And they wrote it down and then they did nothing.⟧"
The Prison and Probation Directorate said: "⟦d:c|Our thoughts remain with Mr Cole's family. We have already made changes at HMP Ravensby and will study the jury's findings carefully.⟧"

### 022
@a Oksana Hrytsenko | a paediatric registrar
@b Marcus Lindley | for the health board
@c Eastmoor Health Board | -
@d - | a consultant
A junior doctor who raised concerns about unsafe staffing on a children’s ward was subjected to a “⟦p:a|campaign of petty hostility⟧” by senior colleagues, an employment tribunal has heard.
Dr Oksana Hrytsenko, a paediatric registrar, is suing Eastmoor Health Board for whistleblowing detriment. She says she was left off rotas, had training requests refused and was described in an email by a consultant as “⟦p:d|a problem to be managed⟧”.
Giving evidence on Tuesday, she said: “⟦d:a|I reported that there were nights when one registrar was covering 40 sick children. That is not an opinion. It is in the rota.⟧”
“⟦d:a|After that, it was as if a switch had been flicked. People stopped saying good morning.⟧”
Staff on the ward had nicknamed the overnight rota “⟦s:-|the Hunger Games⟧”, she said.
Under cross-examination by Marcus Lindley, for the health board, she denied she had been “⟦p:b|difficult to work with⟧” long before she raised any concerns.
“⟦d:b|Isn’t it the case, Dr Hrytsenko, that two colleagues complained about your manner in 2021?⟧” Mr Lindley asked.
“⟦d:a|Two colleagues who were later disciplined for bullying, yes,⟧” she replied.
Eastmoor Health Board denies the claims. In its response to the tribunal, it said her concerns had been “⟦p:c|taken seriously and acted upon⟧”.
The hearing continues.

### 023
@a Geraint Howells | The planning inspector
@b Rosemary Ankrah | chair of the Carreg Ddu Action Group
@c Windhaven Renewables | -
@d Dafydd Rees | a sheep farmer whose land borders the site
@e - | one resident
Campaigners fighting plans for 14 wind turbines on Carreg Ddu mountain packed Llanbedr Memorial Hall on Tuesday as a public inquiry into the scheme opened.
Windhaven Renewables appealed after Mynydd County Council refused planning permission last year. The company says the wind farm would power 38,000 homes and bring "⟦p:c|significant community benefits⟧".
The planning inspector, Geraint Howells, opened proceedings by telling the hall he would "⟦p:a|listen to everyone who wants to be heard, however long it takes⟧".
"⟦d:a|What I can't do is decide this on the number of people in the room,⟧" he added. "⟦d:a|I have to decide it on the evidence.⟧"
Rosemary Ankrah, chair of the Carreg Ddu Action Group, said the turbines, each 180 metres tall, would be "⟦p:b|visible from three national parks and every kitchen window in this valley⟧".
"⟦d:b|This is not about being against green energy. Half the people in this hall have solar panels,⟧" she said. "⟦d:b|It's about putting the biggest machines in Wales on the one hill we have left.⟧"
Dafydd Rees, a sheep farmer whose land borders the site, was among the few to speak in favour. "⟦d:d|My family has farmed here for five generations. The rent from two turbines would keep us here for a sixth,⟧" he said, to muttering from the back of the hall.
"⟦d:e|Sell-out,⟧" one resident called out. Mr Howells asked for calm.
The inquiry is expected to sit for 12 days.

### 024
@a Marguerite Ellory | Upper Tribunal Judge
@b Home Affairs Department | -
@c Jasmine Talwar | His solicitor
@d Rashid Noorzai | -
A man who was due to be deported to Marandi has won his appeal after a tribunal found the government had relied on a country report that was “⟦p:a|out of date in almost every material respect⟧”.
Rashid Noorzai, 26, arrived in the country alone at the age of 14 and was refused asylum in 2021.
Upper Tribunal Judge Marguerite Ellory said the department had “⟦p:a|simply failed to engage⟧” with evidence that people returned to Marandi were being detained on arrival.
“⟦d:a|The respondent’s own guidance, updated in March, acknowledges the risk. The refusal letter does not mention it,⟧” she wrote in her decision.
His solicitor, Jasmine Talwar, said: “⟦d:c|Rashid has lived here since he was a child. He has done everything that has been asked of him. He just wants to finish his apprenticeship.⟧”
Mr Noorzai, who is training as an electrician, said he had been “⟦p:d|scared to open the post⟧” for two years. “⟦d:d|Now I can sleep,⟧” he said.
The Home Affairs Department said: “⟦d:b|We are disappointed by the tribunal’s decision and are considering our next steps.⟧”

### 025
@a Rachel Ogunleye | prosecuting
@b Siddharth Menon | the pharmacist
A pharmacist accused of supplying thousands of opioid tablets using forged prescriptions has told a jury he was "⟦p:b|too trusting, not a criminal⟧".
Siddharth Menon, 45, denies 12 counts of supplying controlled drugs from his pharmacy in Cranleigh Road, Eastbridge, between 2019 and 2021.
Under cross-examination at Eastbridge Crown Court, Rachel Ogunleye KC, prosecuting, asked him how he had failed to notice that 340 prescriptions bore the signature of a GP who had retired.
"⟦d:b|They looked genuine. The stamps were right. I was dispensing 600 items a day,⟧" the pharmacist said.
"⟦d:a|Six hundred items a day, and yet you personally handled every one of these 340?⟧"
"⟦d:b|I was the only pharmacist on duty most days.⟧"
"⟦d:a|And the man who brought them in - you knew him by his first name, didn't you?⟧"
"⟦d:b|He was a regular. I knew a lot of people by their first name.⟧"
"⟦d:a|Did you know a lot of people who paid in cash for a 28-day supply of oxycodone every nine days?⟧"
Menon paused for several seconds before answering. "⟦d:b|I see now that I should have asked more questions,⟧" he said.
The trial continues.

### 026
@a Paul Ostrowski | The 34-year-old
@b Linda Gorringe | presiding magistrate
@c Jean Tattersall | manager of the shop
A man who stole a charity collection tin from a hospice shop counter - and was caught on CCTV returning to the shop the next day to try on coats - has been jailed for 18 weeks.
Paul Ostrowski, of no fixed address, admitted theft at Marlbury Magistrates' Court. The 34-year-old took the tin, containing about £60, from the St Wilfrid's Hospice shop in Hope Street on November 2.
Jean Tattersall, manager of the shop, said volunteers had recognised him "⟦p:c|straight away⟧" when he came back.
"⟦d:c|He tried on three coats. He was very polite. Then one of our ladies said, 'That's him off the telly,' meaning the CCTV, and he ran,⟧" she said.
Ostrowski told magistrates: "⟦d:a|I was desperate. I'm not making excuses. I'll pay it back.⟧"
"⟦d:b|Stealing from a hospice is about as low as it gets,⟧" presiding magistrate Linda Gorringe told him. "⟦d:b|Given your record, there is no alternative to custody.⟧"

### 027
@a B12 | The officer
@b Naomi Fairweather-Singh | counsel to the inquiry
@c Winston Adebayo | Mr Adebayo's father
@d Patrick Kinsella | Judge
The police marksman who shot dead Jermaine Adebayo in a car park in Helmsworth has told a public inquiry he "⟦p:a|genuinely believed⟧" the 23-year-old was reaching for a gun.
The officer, known only as B12, gave evidence from behind a screen on Monday. He is the first of six firearms officers expected to be questioned.
"⟦d:a|I saw his right hand go down towards the footwell. I shouted 'armed police, show me your hands' twice,⟧" he said. "⟦d:a|When the hand came back up I fired. I had a fraction of a second.⟧"
No gun was found in the car. Mr Adebayo was holding a mobile phone.
Naomi Fairweather-Singh, counsel to the inquiry, asked: "⟦d:b|Is it possible, looking back, that you saw what you had been told you would see?⟧"
"⟦d:a|I've asked myself that every day for three years. I don't believe so,⟧" B12 replied.
Mr Adebayo's father, Winston, sat in the front row throughout, holding a photograph of his son.
Speaking outside, Winston Adebayo said: "⟦d:c|He had three years to think about it. My son had a fraction of a second to live. I want the truth, not his feelings.⟧"
Judge Patrick Kinsella, who chairs the inquiry, had earlier warned that the officer must be treated "⟦p:d|fairly and without hostility⟧" by everyone in the room.

### 028
@a Violet Cruickshank | The great-gran
@b Anthony Leigh-Mallory | District Judge
@c - | A Bellamy’s spokesman
A PENSIONER dubbed the “⟦s:-|Bellamy’s Bandit⟧” has been spared jail after pinching £3,000 worth of cashmere over two years.
Violet Cruickshank, 79, hid jumpers, scarves and gloves in a tartan shopping trolley during weekly trips to the Bellamy’s store in Crossley town centre.
The great-gran told Crossley Magistrates’ Court she did it because she was “⟦p:a|lonely and a bit bored⟧”.
“⟦d:a|I never wore any of it. I gave it away to the ladies at church,⟧” she said. “⟦d:a|I don’t know what came over me, dear. I’m mortified.⟧”
District Judge Anthony Leigh-Mallory handed her a 12-month conditional discharge and ordered her to pay £500 compensation.
“⟦d:b|In 30 years I don’t think I have had a defendant apologise to me for the state of her handwriting,⟧” he said, referring to a letter she had written to the court. “⟦d:b|Please don’t come back.⟧”
“⟦d:a|I won’t, your honour,⟧” she replied.
A Bellamy’s spokesman said: “⟦d:c|We’re pleased the matter has been resolved.⟧”

### 029
@a Ellen Vosper | Judge
@b Hartwell Scaffolding | -
@c - | A spokesperson for the Workplace Safety Executive
@d Gemma Lightfoot | Mr Doyle's partner
A scaffolding firm has been fined £1.2 million after a 22-year-old worker fell 18 metres to his death from an unsecured platform in Coldharbour.
Hartwell Scaffolding Ltd was convicted of corporate manslaughter following a five-week trial at Penbury Crown Court. Ryan Doyle died in June 2021 while dismantling scaffolding at a block of flats in Severn Way.
Sentencing, Judge Ellen Vosper said the company had operated with "⟦p:a|a casual, almost contemptuous, attitude to the safety of its youngest workers⟧".
"⟦d:a|Ryan Doyle had been in the job seven weeks. He had not been trained to work at height. He was sent up anyway, because the job was behind schedule,⟧" she said.
In a statement, Hartwell Scaffolding said it "⟦p:b|deeply regrets⟧" Mr Doyle's death and had "⟦p:b|completely overhauled⟧" its training.
Mr Doyle's partner, Gemma Lightfoot, who was pregnant with their son when he died, said outside court: "⟦d:d|Ryan went to work and never came home. Our boy is two now and all he has is photos. No fine is going to change that.⟧"
A spokesperson for the Workplace Safety Executive said: "⟦d:c|Falls from height remain one of the biggest killers in construction. This case should be a wake-up call for the whole industry.⟧"

### 030
@a Kenji Morimoto | his father
@b Hiro | His older brother
@c Patricia Ndlovu | Coroner
@d - | A fellow club member who gave evidence anonymously
@e Kelvedon University | -
A university student who died after a rowing club initiation night drank the equivalent of more than a bottle of vodka in under an hour, an inquest has heard.
Daniel Morimoto, 19, a first-year engineering student at Kelvedon University, was found unresponsive in a student house in Abbey Road the morning after the club’s “⟦s:-|freshers’ fines⟧” night in October 2023.
A fellow club member who gave evidence anonymously said drinking games were “⟦p:d|just what happened, every year⟧”.
“⟦d:d|Nobody forced anyone. But nobody really said no, either. You didn’t, in your first week,⟧” he said.
Coroner Patricia Ndlovu recorded a conclusion of misadventure and said she would write to the university.
“⟦d:c|Daniel was a bright, kind young man who wanted to fit in. That is the most ordinary wish there is. It should never cost anyone their life,⟧” she said.
Outside the court, his father, Kenji Morimoto, said the family had lost “⟦p:a|our clever, funny boy⟧”.
“⟦d:a|We sent him to university to learn. We did not send him to be made to drink until he couldn’t stand,⟧” Mr Morimoto said.
His older brother, Hiro, 24, added: “⟦d:b|Everyone keeps calling it tradition. It isn’t tradition. It’s a way of hurting people and calling it fun.⟧”
Kelvedon University said it had suspended the club and was reviewing “⟦p:e|all initiation-related activity⟧”.

### 031
@a Dwayne Pellow | the 28-year-old
@b Lucinda Maitland | The judge
@e - | the jury foreman
There were chaotic scenes at Dunford Crown Court on Wednesday as a man convicted of murdering a delivery driver swore at the victim's family and had to be restrained by security guards.
Dwayne Pellow was found guilty of the murder of Imran Chaudhry, 39, who was stabbed during a robbery in Millfield Road in January.
As the jury foreman said "⟦d:e|Guilty⟧", the 28-year-old stood up in the dock and shouted: "⟦d:a|This is a joke. You've got the wrong man.⟧"
A shout of "⟦d:-|Rot in hell!⟧" came from the public gallery, where about 20 of Mr Chaudhry's relatives were sitting.
The judge, Recorder Lucinda Maitland, cleared the court for 15 minutes.
When proceedings resumed, she told Pellow: "⟦d:b|Whatever you feel about the verdict, you will not behave like that in my court again. If you do, you will be sentenced in your absence.⟧"
"⟦d:a|Do what you want,⟧" he replied.
Sentencing was adjourned until Friday.

### 032
@a Chidubem Eze | -
@b Alison Greaves | Judge
@c Rachel Thornbury | Harry’s mother
@d Jonathan Mears | his barrister
A young driver who hit and killed a seven-year-old boy while racing a friend along a residential street has been jailed for eight years and four months.
Chidubem Eze, 23, was doing 58mph in a 20mph zone in Oakhill Avenue, Stenbury, when his Audi struck Harry Thornbury as he crossed the road to an ice cream van in July last year.
In a letter read to Stenbury Crown Court by his barrister, Jonathan Mears, Eze wrote: “⟦d:a|There are no words that can make this better. I took Harry from his family because I wanted to show off. I will think about him for the rest of my life.⟧”
Mr Mears said his client had “⟦p:d|not attempted to minimise anything⟧” and had pleaded guilty at the first opportunity.
Harry’s mother, Rachel Thornbury, told the court: “⟦d:c|Harry had a dinosaur lunchbox and a gap where his front teeth had been. He had 70p in his hand for a Mini Milk. That’s what I think about. The 70p.⟧”
Judge Alison Greaves said Eze had treated the road “⟦p:b|as a racetrack, with children on it⟧”.
“⟦d:b|This was not a momentary lapse. It was a decision, made in a street full of families on a summer evening,⟧” she said.
The friend he had been racing, Liam Cosgrove, 22, was jailed for three years for dangerous driving.

### 033
@a Bernadette Nolan | a school cook for 26 years
@b Precious Mahlangu | a cleaner at the council's head office
@d Cranmore City Council | -
@f Kofi Asamoah | Employment Judge
More than 2,000 women who worked as cooks, cleaners and carers for Cranmore City Council have won a landmark equal pay claim after a tribunal found they were paid less than men doing work of equal value.
Employment Judge Kofi Asamoah ruled that the council's bonus scheme, which paid refuse collectors and street sweepers up to 40 per cent on top of their basic wage, had "⟦p:f|no legitimate justification⟧".
"⟦d:f|The jobs that attracted the bonus were designated as men's jobs from the outset, and the bonus followed the designation, not the work,⟧" the judge wrote.
Bernadette Nolan, a school cook for 26 years, was among the claimants in the public seats for the ruling.
"⟦d:a|We always knew. Everybody knew. The binmen got a bonus for turning up and we got nothing for feeding 400 kids a day,⟧" she said. "⟦d:a|I'm 61. I've waited most of my working life to hear somebody say it out loud.⟧"
Precious Mahlangu, a cleaner at the council's head office, said she would use any back pay to visit her mother, whom she has not seen for nine years.
"⟦d:b|I clean the office where they decided what we were worth,⟧" Mrs Mahlangu said. "⟦d:b|Now they have to decide again.⟧"
Cranmore City Council said the bill, estimated at £90 million, could "⟦p:d|threaten essential services⟧".
"⟦d:d|We accept the tribunal's findings and will work with the unions on a settlement. But we have to be honest with residents about the scale of this,⟧" the council said.

### 034
@a Marian Threlfall | chair of the Contaminated Plasma Inquiry
@b Trevor Illingworth | a haemophiliac who was infected in 1984
@c Health Ministry | -
The chair of the Contaminated Plasma Inquiry has promised victims that “⟦p:a|no door will stay closed⟧” as public hearings began more than 40 years after thousands of people were infected through blood products.
Dame Marian Threlfall, chair of the Contaminated Plasma Inquiry, addressed a packed hall at the Rothley Conference Centre on Monday.
“⟦d:a:m|Many of you have waited your whole adult lives for this day. Some of you have buried husbands, wives and children while you waited. I am acutely aware that some of the people who should be in this room are not.⟧
“⟦d:a:m|I want to say this plainly. This inquiry will follow the evidence wherever it leads, including into the offices of ministers and officials who are still alive.⟧
“⟦d:a|If documents have been destroyed, I want to know who destroyed them, and why.⟧”
Trevor Illingworth, 66, a haemophiliac who was infected in 1984, said he had “⟦p:b|heard promises before⟧”.
“⟦d:b|I was 27 when they told me. They said it was probably nothing to worry about,⟧” he said. “⟦d:b|My brother had the same treatment. He died in 1992. So forgive me if I wait and see.⟧”
The Health Ministry said it would “⟦p:c|co-operate fully⟧” with the inquiry.

### 035
@a Delroy Fontaine | -
@b Callum Ashworth-Reid | His solicitor
@c Criminal Cases Review Board | -
@d - | Mr Batra's family
@e - | one reporter
A man who spent 17 years in prison for a murder he did not commit walked free from the Court of Appeal in Lanchester on Thursday, punching the air as he emerged into the sunshine.
Delroy Fontaine, now 48, was convicted in 2007 of killing shopkeeper Arjun Batra during a robbery. His conviction was quashed after DNA evidence pointed to another man, who died in 2015.
"⟦d:a|I went in at 31. I'm coming out with grey hair and no idea how to use a phone,⟧" Mr Fontaine told reporters, laughing. "⟦d:a|But I'm coming out. That's what matters today.⟧"
Asked if he was angry, he paused. "⟦d:a|Angry doesn't cover it. But I can't let it eat the rest of my life. It's had enough.⟧"
"⟦d:e|What are you going to do first?⟧" one reporter shouted.
"⟦d:a|Eat a proper curry,⟧" he said.
His solicitor, Callum Ashworth-Reid, said Mr Fontaine had been convicted on "⟦p:b|the evidence of one unreliable witness and a police force that had decided early who it wanted⟧".
"⟦d:b|Delroy wrote to us 41 times before anybody listened. Forty-one. The system should be ashamed of that,⟧" Mr Ashworth-Reid said.
The Criminal Cases Review Board, which referred the case, said it had "⟦p:c|apologised to Mr Fontaine for the time taken⟧".
Mr Batra's family said they were "⟦p:d|devastated⟧" that the man responsible would never face justice.

### 036
@a Graham Stroud | Coroner
@b Kayleigh Dawes | an off-duty lifeguard who tried to save him
@c Dean Marsh | Tyler’s stepfather
A coroner has warned young people to stay away from flooded quarries after a 16-year-old boy drowned in ice-cold water at a beauty spot known locally as “⟦s:-|the Blue Lagoon⟧”.
Tyler Hebden got into difficulty after jumping from a ledge at the disused Hallow Edge quarry near Bramcote on a hot afternoon in June. A sign at the entrance reads “⟦s:-|Danger: Deep Cold Water⟧”.
Kayleigh Dawes, an off-duty lifeguard who tried to save him, told the inquest at Bramcote Town Hall that the water was “⟦p:b|like jumping into a freezer⟧”.
“⟦d:b|I got to him, but he was already panicking and he pulled me under twice. I couldn’t hold him,⟧” she said, wiping away tears. “⟦d:b|I’m so sorry. I tried.⟧”
Coroner Graham Stroud told her: “⟦d:a|You have nothing to apologise for. You risked your own life.⟧”
Recording a conclusion of accidental death, he said: “⟦d:a|These quarries look inviting on a hot day. They are not. The water is deep, it is cold even in summer and there are ledges and old machinery below the surface. I would urge every parent to have this conversation with their children.⟧”
Tyler’s stepfather, Dean Marsh, said the family backed calls for the quarry to be fenced off. “⟦d:c|It’s been three years of signs. Signs don’t work on teenagers,⟧” he said.

### 037
@a Fergus Lennon | Judge
@b - | A court official
@c Harriet Lowe | for Mr Munteanu
The jury in the trial of three men accused of a £4m robbery at a Belgrave Street jewellers has been discharged after one juror was taken ill and another was found to know a prosecution witness.
Judge Fergus Lennon told Ravenscourt Crown Court the trial could not continue with ten jurors “⟦p:a|in fairness to everyone⟧”.
“⟦d:a|This is deeply frustrating, I know, for the defendants, for the witnesses and for the complainants, who have all been waiting a long time,⟧” he said. “⟦d:a|But the integrity of the process has to come first.⟧”
Addressing the jurors, he thanked them for their service and added: “⟦d:a|You have done nothing wrong. Please do not discuss this case with anyone, now or in the future.⟧”
The defendants, Stelian Munteanu, 36, Marius Olteanu, 41, and Jake Reddish, 29, deny conspiracy to commit robbery.
Harriet Lowe, for Mr Munteanu, said her client had been in custody for 19 months and would apply for bail, describing the delay as “⟦p:c|intolerable⟧”.
A court official said a retrial was unlikely to be listed before the spring.
“⟦d:b|It’s the third trial at this court to collapse this year because of jury problems. The lists are already full,⟧” the official said.

### 038
@a Annika Strand | a 24-year-old philosophy student
@b Oscar Delahaye-Frome | a retired vicar
@c Harjit Sandhu | District Judge
@d - | one driver who was stuck in the queue for 90 minutes
Two climate protesters who glued themselves to the road at the Ferrier Bridge roundabout during the morning rush hour have each been fined £350.
Annika Strand, a 24-year-old philosophy student, and Oscar Delahaye-Frome, a retired vicar, were convicted at Hollin Magistrates' Court of wilful obstruction of the highway.
Photographs shown to the court showed them sitting beneath a banner reading "⟦s:-|No Future On A Dead Planet⟧".
In a statement read to the court, one driver who was stuck in the queue for 90 minutes said she had missed her father's hospital appointment. "⟦d:d|I agree with them about the climate. I don't agree with them about my dad,⟧" she said.
Giving evidence, Ms Strand said: "⟦d:a|I'm not proud of making people late. I'm terrified. That's the difference between us and the people in those cars - we've read the science and we can't unread it.⟧"
Mr Delahaye-Frome, 71, told the court he had "⟦p:b|preached about stewardship for 40 years⟧" and felt he finally had to act on it.
Fining them, District Judge Harjit Sandhu said: "⟦d:c|Your sincerity is not in question. Your right to protest is not in question. What you do not have is a right to decide which of your neighbours gets to their hospital appointment.⟧"
As they left the court, supporters chanted "⟦s:-|Climate justice now⟧".

### 039
@a Rhys Tallon | Lance Corporal
@b Emily Prescott | Judge Advocate
@c Hamza Qadir | His commanding officer
@e Amarjit Bhullar | a Sikh soldier in the same platoon
A soldier who posted videos of himself mocking a colleague’s religion on social media has been demoted and dismissed from the Army after a court martial.
Lance Corporal Rhys Tallon, 27, of the 2nd Battalion, the Westmark Rifles, admitted two charges of disgraceful conduct at Aldermoor Military Court Centre. The videos targeted Private Amarjit Bhullar, a Sikh soldier in the same platoon.
Judge Advocate Emily Prescott told him his behaviour had been “⟦p:b|wholly incompatible with service⟧”.
“⟦d:b|Soldiers must be able to trust the person next to them with their lives. Private Bhullar could not trust you with his turban,⟧” she said.
Tallon told the court: “⟦d:a|I thought it was banter. I know now it wasn’t. I’ve apologised to him in person.⟧”
His commanding officer, Lieutenant Colonel Hamza Qadir, said in a written statement that the battalion had “⟦p:c|zero tolerance⟧” of such conduct.
“⟦d:c|What Lance Corporal Tallon did was not banter. It was bullying, and it was aimed at a man who had done nothing but his job,⟧” he wrote.
Private Bhullar, who has since been promoted, said: “⟦d:e|I just want to get on with my career.⟧”

### 040
@a Bernard Akintola | Watch Manager
@b Catriona Hale-Menzies | the inquiry's lead counsel
@c Ahmed Yusuf | -
A firefighter who led the first crew into Kestrel House has told the inquiry into the fire that he knew "⟦p:a|within about five minutes⟧" that the building's stay-put advice was failing.
Watch Manager Bernard Akintola said he had radioed control three times asking for more appliances before the fire reached the upper floors.
"⟦d:a:m|When we arrived, it was one flat, one window. By the time I'd got my crew up to the fourth floor, you could see it climbing the outside of the building like it was on a wick.⟧
"⟦d:a:m|I've been in the job 23 years. I had never seen cladding behave like that. None of us had. There was nothing in our training that said a building could do that.⟧
"⟦d:a|I told control, 'We need to get people out.' I said it more than once.⟧"
"⟦d:b|Why, then, were residents still being told to stay in their flats 50 minutes later?⟧" asked the inquiry's lead counsel, Catriona Hale-Menzies.
"⟦d:a|That's a question for the people who made that decision. I was on the fourth floor with a hose,⟧" he said.
Seven people died in the fire on the Pennick estate in February 2021.
Ahmed Yusuf, who lived on the 14th floor and escaped with his two daughters, said outside: "⟦d:c|He's a good man. He's telling the truth. Now we need the people in the offices to tell the truth.⟧"

### 041
@a Marisa Delgado-Reyes | Sprinter
@b Sports Integrity Tribunal | -
@c Elliot Hargreaves | Her coach
Sprinter Marisa Delgado-Reyes has been banned for four years after a tribunal rejected her claim that a banned steroid entered her system through contaminated beef.
The 27-year-old, who won 200m bronze at the Pan-Continental Games last summer, tested positive for trenbolone at an out-of-competition test in February.
The Sports Integrity Tribunal said her explanation was “⟦p:b|scientifically possible but, on the evidence, highly improbable⟧”.
“⟦d:b|The athlete was unable to identify where or when the meat was eaten, and the concentration found was many times higher than in any contamination case the panel has been shown,⟧” the tribunal said in its written decision.
Delgado-Reyes, who has 21 days to appeal, posted on social media in Spanish: “⟦d:a|Soy inocente y lo voy a demostrar.⟧” (“⟦d:a|I am innocent and I am going to prove it.⟧”)
Her coach, Elliot Hargreaves, said: “⟦d:c|Marisa has never failed a test in ten years. I’ve known her since she was 15. She would not do this.⟧”

### 042
@a Ashbury | the judge
@b - | The mother
@c - | the father
A High Court judge has criticised a father for using the couple's two children as "⟦p:a|messengers, spies and, latterly, weapons⟧" in a five-year custody battle.
In a judgment published on Tuesday, the judge, Ms Justice Ashbury, ordered that the children, aged 11 and eight, should live with their mother and see their father only at supervised visits. The family cannot be identified.
"⟦d:a|These children have been asked, repeatedly, to choose between their parents. No child should be asked that even once,⟧" the judge wrote.
She quoted from messages the father had sent to the older child, in one of which he wrote: "⟦d:c|Tell your mum the judge will believe you, not her.⟧"
The mother told the court in evidence that she had "⟦p:b|stopped recognising⟧" her son during the worst period of the dispute.
"⟦d:b|He would come back from weekends and repeat things word for word. Adult things. Things about money and lawyers,⟧" she said.
The father, who represented himself, told the court he had "⟦p:c|only ever wanted the truth to come out⟧".
Ms Justice Ashbury said she did not doubt that he loved his children, but that he had "⟦p:a|no insight whatsoever⟧" into the harm he had caused.

### 043
@a Neville Okoro | a driving instructor from Dunsby
@b Philippa Strange | Adjudicator
@c - | a spokesman
@d Dunsby Borough Council | -
A driving instructor who was given a parking ticket while showing a pupil how to parallel park has won his appeal — after the adjudicator ruled that he was “⟦p:b|plainly not parked, but teaching⟧”.
Neville Okoro, a driving instructor from Dunsby, was issued with the £70 penalty notice on Market Street in March by a civil enforcement officer who, he says, “⟦p:a|watched the whole lesson and then slapped it on the windscreen⟧”.
“⟦d:a|My pupil had just done the best reverse park of her life. She was thrilled. Then this fella walks up with his little machine,⟧” Mr Okoro said. “⟦d:a|She nearly gave up driving altogether.⟧”
Adjudicator Philippa Strange, of the Parking Appeals Service, allowed the appeal.
“⟦d:b|The council’s own photographs show the learner plates, the instructor in the passenger seat and the engine running. A vehicle being used for a driving lesson is not parked merely because it has stopped moving,⟧” she wrote.
Dunsby Borough Council said it would “⟦p:d|accept the decision⟧”.
“⟦d:c|Our officers make hundreds of decisions a day and occasionally we will get one wrong,⟧” a spokesman said.

### 044
@a Ingeborg Halvorsen | a forensic pathologist
@b Conrad Mbatha | defending
@c Lucy Granger | prosecuting
A pathologist has told a murder trial that injuries to a woman found dead at the bottom of her stairs were “⟦p:a|not consistent with a simple fall⟧”.
Professor Ingeborg Halvorsen, a forensic pathologist, was giving evidence at the trial of Gavin Pryor, 50, who denies murdering his wife, Claire, 47, at their home in Linden Close, Amberley, in 2022.
Questioned by Lucy Granger KC, prosecuting, she said Mrs Pryor had bruising to both sides of her head and to both upper arms.
“⟦d:c|What does bruising on both upper arms suggest to you?⟧” Ms Granger asked.
“⟦d:a|Gripping. Firm pressure from hands, applied some time before death,⟧” Prof Halvorsen said.
Cross-examining, Conrad Mbatha, defending, suggested the bruises could have been caused by Mrs Pryor “⟦p:b|tumbling down 14 stairs and hitting everything on the way⟧”.
“⟦d:a|I have seen a great many falls. I have not seen one that produces fingertip bruising on both arms,⟧” she replied.
“⟦d:b|But you cannot exclude it?⟧”
“⟦d:a|I cannot exclude it. I would regard it as very unlikely.⟧”
The trial continues.

### 045
@a Amara Delacroix-Ndiaye | Chief Justice
@b - | A government spokesman
@c Ruben Castellanos | Opposition leader
@d Ines Vilar | a constitutional lawyer at the University of Port Solvane
PORT SOLVANE (Meridian) – Solvane’s Supreme Court on Friday struck down a law that would have allowed President Teodor Marić to serve a third term, ruling it «⟦p:a|incompatible with the plain words of the constitution⟧».
The 5-2 decision was read by Chief Justice Amara Delacroix-Ndiaye to a packed courtroom.
«⟦d:a|The constitution says two terms. It does not say two terms unless Parliament would prefer three,⟧» she said. «⟦d:a|It is not for this court to improve on the constitution, and it is not for Parliament to amend it by ordinary statute.⟧»
A government spokesman said the president «⟦p:b|respects the court⟧» but «⟦p:b|profoundly disagrees⟧» with its reasoning.
Opposition leader Ruben Castellanos, speaking to supporters outside the court, called the ruling «⟦p:c|a victory for every Solvanian who has ever voted⟧».
«⟦d:c|Today the judges reminded the president that he is a tenant in that palace, not the owner,⟧» he said, to cheers.
Ines Vilar, a constitutional lawyer at the University of Port Solvane, said the ruling was «⟦p:d|brave but not surprising⟧».
«⟦d:d|The real test is what happens next week. Will the government comply, or will it look for another way around?⟧» she asked.

### 046
@a Malcolm Hebberd | -
@b Rosalind Pegg | a retired librarian
@c Abiola Akinyemi | a widow from Thornleigh
@d Yasmin Chowdhury | Judge
A conman who posed online as a widowed army surgeon to persuade lonely women to send him more than £400,000 has been jailed for seven years.
Malcolm Hebberd, 55, created profiles on dating sites under the name “⟦s:-|Dr James Carraway⟧”, using photographs taken from a real doctor’s social media accounts.
Two of his victims read their statements in court.
Rosalind Pegg, a retired librarian, said she had sent him £96,000, her entire savings.
“⟦d:b|He used to say goodnight to me every night for 14 months. I bought a dress for the day he was coming home,⟧” she said. “⟦d:b|I still have it. I can’t throw it away and I can’t look at it.⟧”
Abiola Akinyemi, a widow from Thornleigh, said she had been too ashamed to tell her children for more than a year.
“⟦d:c|My son found the bank statements. He was the one who cried, not me. I had done my crying already,⟧” Mrs Akinyemi said.
Sentencing Hebberd at Thornleigh Crown Court, Judge Yasmin Chowdhury said he had “⟦p:d|industrialised heartbreak⟧”.
“⟦d:d|You did not so much steal money as steal years of these women’s lives, and then take their money as well,⟧” she said.
Hebberd, who wept in the dock, mouthed “⟦d:a|sorry⟧” towards the public gallery as he was taken down.

### 047
@a Farhan Siddiqui | -
@b Alexandra Voss | Coroner
@c Lauren Pickering | Mia's mother
@d Wenham Hospitals Trust | -
A junior doctor has apologised at an inquest to the family of a four-year-old girl who died of sepsis hours after being sent home from hospital.
Mia Pickering was taken to the children's emergency department at Hollybank Hospital in Wenham with a high temperature and a rash in December 2022. She was discharged with advice to take paracetamol and died at home early the next morning.
Dr Farhan Siddiqui, who examined her, told the inquest: "⟦d:a|I got it wrong. I have gone over that consultation hundreds of times. I am so sorry.⟧"
Turning to Mia's parents, he added: "⟦d:a|I don't expect you to forgive me.⟧"
Coroner Alexandra Voss found that Mia's death was contributed to by "⟦p:b|a missed opportunity to recognise and treat sepsis⟧".
"⟦d:b:m|Dr Siddiqui was working alone, at the end of a 13-hour shift, in a department that was, on his evidence and that of others, dangerously busy.⟧
"⟦d:b|That does not excuse the failure, but it helps to explain it.⟧"
Mia's mother, Lauren Pickering, said: "⟦d:c|We asked them three times if it could be sepsis. Three times. We were told we were worrying too much. I will never stop asking why nobody listened to us.⟧"
Wenham Hospitals Trust said it had introduced a policy, known as "⟦s:-|Mia's Rule⟧", allowing parents to request an urgent second opinion, and was "⟦p:d|deeply sorry⟧" for the failings in her care.

### 048
@a Priyanka Desai-Holm | the inquiry’s chair
@b Stuart Renwick | Veritrak’s chief executive
@c - | His lawyer
@e - | a source close to the inquiry
The head of Veritrak, the software company whose systems exposed the medical records of 3.1 million people, was told by the chair of a public inquiry on Thursday that his answers were “⟦p:a|not good enough⟧”.
Stuart Renwick, Veritrak’s chief executive, was asked why a security warning raised by one of his own engineers in 2021 had not been acted on for 18 months.
“⟦d:b|It was logged as a medium-priority issue. In hindsight, that was the wrong classification,⟧” he said.
“⟦d:a|In hindsight? Mr Renwick, the engineer wrote, in capital letters, ‘THIS IS BAD.’ What more did he need to do?⟧” asked the inquiry’s chair, Priyanka Desai-Holm.
“⟦d:b|I accept that the process failed.⟧”
“⟦d:a|I didn’t ask about the process. I asked about you. Did you read it?⟧”
After a long pause, Mr Renwick said: “⟦d:b|I did not read it at the time, no.⟧”
“⟦d:e|The chair has been frustrated for weeks. Today it showed,⟧” said a source close to the inquiry.
The engineer, Tobias Wren, who has since left the company, is due to give evidence next week. His lawyer said he was “⟦p:c|looking forward to being heard⟧”.

### 049
@a Brandon Tully | -
@b Joyce Ainscough | a retired postwoman
@c Hamish Ogilvie | Recorder
@d Femi Adeyemo | Tully's barrister
A dog owner whose mastiff-type dog mauled a pensioner as she walked to the shops has been given a suspended prison sentence and banned from keeping dogs for ten years.
Brandon Tully, 31, admitted being the owner of a dog dangerously out of control causing injury at Stonegate Crown Court.
Joyce Ainscough, a retired postwoman, needed 40 stitches to her arms and legs after the dog, called Tyson, escaped through a broken gate in Pell Lane, Stonegate, in May.
``⟦d:b|It had me on the floor in seconds. I remember thinking, this is how I'm going to die, on Pell Lane, in my slippers,⟧'' Mrs Ainscough, 67, said in a statement read to the court.
Tully told police the gate had been broken for ``⟦p:a|a couple of weeks⟧'' and that he had ``⟦p:a|meant to fix it⟧''.
Recorder Hamish Ogilvie said: ``⟦d:c|A couple of weeks. That is the whole of this case in four words. You knew, and you did nothing.⟧''
Tully's barrister, Femi Adeyemo, said his client had ``⟦p:d|voluntarily surrendered⟧'' the dog, which has since been destroyed.
Tully was given 12 months, suspended for two years, and ordered to do 200 hours of unpaid work.
Mrs Ainscough said afterwards: ``⟦d:b|I'm glad it's over. I still won't walk down that lane.⟧''

### 050
@a Thierry Lavoie | -
@b Roch Bélanger | Administrative Judge
@c Sandra Kowalczyk | -
SAINT-ARMAND — A landlord who tried to evict a 78-year-old tenant by claiming he needed the flat for his daughter has been ordered to pay $18,000 in damages, after the housing tribunal found the daughter had never intended to live there.
Thierry Lavoie had lived in the third-floor apartment on Rue des Tanneurs for 31 years when he received the repossession notice in 2022. Three months after he left, the unit was advertised online at more than double his rent.
Administrative Judge Roch Bélanger wrote that the eviction had been «⟦p:b|a pretext, pure and simple⟧».
«⟦d:b|The tribunal does not doubt that the landlord loves his daughter. It simply does not believe she was ever going to move into a third-floor walk-up with a shared boiler,⟧» he wrote.
Mr Lavoie, who now lives with his niece in Beaupré, said he had «⟦p:a|cried for a week⟧» after he moved out.
«⟦d:a|Thirty-one years. My wife died in that apartment. I knew every crack in the ceiling,⟧» he said by telephone. «⟦d:a|The money is nice. I would rather have the apartment.⟧»
Sandra Kowalczyk, who manages the building on behalf of the owner, said the decision would be appealed. «⟦d:c|We disagree with the tribunal’s reading of the facts,⟧» she said.

### 051
@a Tanisha Greer | Jalen’s mother
@b Darnell Hughes | Civil rights attorney
@d Gretchen Vollmer | Brandt’s attorney
RIDGEFIELD — Supporters erupted in cheers on the courthouse steps Thursday after a jury convicted a former Ridgefield police officer of manslaughter in the shooting death of 17-year-old Jalen Greer during a traffic stop.
Former officer Kyle Brandt, 34, was acquitted of second-degree murder. He faces up to 15 years in prison.
“⟦d:a|My baby can’t come home. But today twelve people said his life mattered,⟧” Jalen’s mother, Tanisha Greer, told the crowd, her voice breaking. “⟦d:a|Twelve people. I’ll take that.⟧”
The crowd, many wearing T-shirts printed with “⟦s:-|Justice for Jalen⟧”, chanted his name.
Civil rights attorney Darnell Hughes, who represents the family, called the verdict “⟦p:b|a start, not a finish⟧”.
“⟦d:b|Let’s be clear about what happened in there. A jury looked at that video and did not believe the officer’s story,⟧” Hughes said. “⟦d:b|Manslaughter is not what we asked for. But it is a conviction of a police officer in this county, and that has not happened in my lifetime.⟧”
Brandt’s attorney, Gretchen Vollmer, said her client was “⟦p:d|devastated⟧” and would appeal.
Sentencing is scheduled for May.

### 052
@a Euan Gillespie | leader of the Glen Corran Mountain Rescue Team
@b Oliver Sandberg | -
The following is an edited extract from the evidence given on Tuesday by Euan Gillespie, leader of the Glen Corran Mountain Rescue Team, at the inquest into the death of Oliver Sandberg, 29, who died on Ben Corran in January. He was questioned by the coroner, Moira Baillie.
Q: What time did you first hear from Mr Sandberg?
A: At 4.52pm, by text, to the emergency number. It said: "⟦d:b|Lost. Very cold. Near a cairn I think. Phone on 9%.⟧"
Q: What did you do?
A: I called the team out immediately. I texted him back: "⟦d:a|Stay where you are, put on every layer you have, we are coming.⟧"
Q: Did he reply?
A: One more message. Just "⟦d:b|ok thank you⟧". Nothing after that.
Q: The weather that night has been described as "⟦p:-|the worst of the winter⟧". Would you agree?
A: I would. Winds over 70 miles an hour on the tops. We had team members blown off their feet.
Q: Is there anything you would like to say to his family?
A: Only that we did everything we could, and that I'm sorry we didn't reach him in time.

### 053
@a Jodie-Leigh Pascoe | Reality TV star
@b Gerald Fawcett | The chairman of the bench
@c - | A fan outside
REALITY TV star Jodie-Leigh Pascoe turned up to court in a pink fur coat and sunglasses - and told magistrates she "⟦p:a|didn't even know⟧" she had 11 unpaid parking fines.
The 26-year-old, who found fame on "⟦s:-|Villa Love⟧", owes Carnmouth Council more than £1,400 for tickets racked up outside a tanning salon.
"⟦d:a|My management deals with all my post, babe,⟧" she told Carnmouth Magistrates' Court. Then, realising her mistake: "⟦d:a|Sorry. Your worship.⟧"
The chairman of the bench, Gerald Fawcett, said: "⟦d:b|Miss Pascoe, I am afraid that having management is not a defence known to the law.⟧"
She was ordered to pay in full within 28 days, plus £300 costs.
Leaving court, she told waiting photographers: "⟦d:a|Lesson learned, guys. Always open your post!⟧"
A fan outside shouted "⟦d:c|We love you Jodie!⟧" as she climbed into a waiting Range Rover.

### 054
@b Lionel | the usher
@c - | a young man in a borrowed suit
@d - | The chair of the bench
Notebook: a morning in Court 2
By nine, the queue for the security arch at Eastleigh Magistrates’ Court reaches the car park. Most of the people in it are not defendants. They are mothers, girlfriends, a man holding a toddler, a woman in a care-home tabard on her break.
Lionel, the usher, has worked here for 19 years. I asked him what had changed. “⟦d:b|Fewer solicitors. More people on their own, reading the charge sheet for the first time in the corridor,⟧” he said. “⟦d:b|Some of them think I’m their lawyer. I’m not allowed to tell them anything, so I tell them where the toilets are.⟧”
In Court 2, a young man in a borrowed suit pleads guilty to stealing meat from a supermarket. He has no lawyer. The chair of the bench asks him whether he wants to say anything.
“⟦d:c|I had a job till March. I was hungry. That’s it,⟧” he says.
“⟦d:d|Thank you. That’s very honest,⟧” she says. He is given a conditional discharge.
“⟦d:-|Did anyone tell you about the duty solicitor?⟧” I asked him outside.
“⟦d:c|The what?⟧”
Lionel, when I told him, just shrugged. “⟦d:b|That’s most mornings,⟧” he said.

### 055
@a Daniel Kerrigan | a 46-year-old paramedic who has waived his right to anonymity
@c Oluwatoyin Banjo | Judge
A former church choirmaster has been jailed for 14 years for sexually abusing boys in his care during the 1980s and 1990s.
Roger Ellwood, 79, was convicted of 19 offences against six boys at St Aidan's Church in Fallowmere following a trial at Carlow Street Crown Court.
Daniel Kerrigan, a 46-year-old paramedic who has waived his right to anonymity, read his statement to the court himself, standing a few feet from the dock.
"⟦d:a:m|I was ten. I sang like an angel, everyone said. You made sure I never wanted to sing again.⟧
"⟦d:a:m|For 35 years I thought it was my fault. I've been married twice. I've been sober for six years. I've sat in ambulances holding the hands of children and thought, I'm doing this for the boy I was.⟧
"⟦d:a|I'm not frightened of you any more. Look at you. You're just an old man.⟧"
Ellwood did not look up.
Judge Oluwatoyin Banjo told him: "⟦d:c|You used the trust of families and the authority of the church to abuse children, and you then let them carry your guilt for decades.⟧"
She praised the victims' "⟦p:c|remarkable courage⟧" in coming forward.
Outside court, Mr Kerrigan said he felt "⟦p:a|lighter⟧". "⟦d:a|I said it to his face. That's what I needed,⟧" he said.

### 056
@a Satnam Singh Grewal | president of the gurdwara
@b Margaret Ferris | Judge
@c Kieran Dobbs | the 38-year-old
@d Joanne Reece | Detective Superintendent
A man who set fire to the doors of a gurdwara in Bellfield while more than 30 worshippers were inside has been jailed for 11 years.
Kieran Dobbs poured petrol over the entrance of the Sri Guru Nanak Gurdwara in Rowan Street in the early hours of a Sunday in April and set it alight. Worshippers preparing the morning langar escaped through a rear kitchen door.
In police interview, the 38-year-old said he had wanted to “⟦p:c|send a message⟧” after watching videos online.
Satnam Singh Grewal, president of the gurdwara, told the court the building had been “⟦p:a|a second home⟧” to the community for 50 years.
“⟦d:a|That morning there were grandmothers making chapatis and children asleep in the library. He did not know that, and he did not care,⟧” he said.
Sentencing, Judge Margaret Ferris said the attack was “⟦p:b|motivated by religious hostility of the ugliest kind⟧”.
“⟦d:b|It is only by good fortune, and the quick thinking of those in the kitchen, that this court is not dealing with a case of multiple murder,⟧” she said.
Speaking after the hearing, Mr Grewal said: “⟦d:a|Our doors will stay open. Including to him, if he ever wants to come and eat with us.⟧”
Detective Superintendent Joanne Reece said: “⟦d:d|Hate crime has no place in Bellfield. I hope today’s sentence gives some reassurance to the Sikh community, who have shown extraordinary dignity throughout.⟧”

### 057
@a Police Conduct Authority | -
@b Shauna Birchall | Connor's sister
@c Nikhil Rao | Police Constable
@d Ruth Mayhew-Clarke | Coroner
@e - | The jury
A teenager who died when his moped crashed during a police pursuit was not wearing a helmet and was travelling at more than 60mph in a 30mph zone, an inquest has heard.
Connor Birchall, 17, hit a lamp post in Quarry Hill Road, Ashbury, in September 2023, about 90 seconds after officers began following him.
Police Constable Nikhil Rao, who was driving the police car, said he had ended the pursuit "⟦p:c|the moment I lost sight of him⟧".
"⟦d:c|I was told to keep back and I did keep back. When he went round the bend I called it off,⟧" he said. "⟦d:c|About ten seconds later I came round the corner and saw him.⟧"
Coroner Ruth Mayhew-Clarke asked: "⟦d:d|Was there any point, before that bend, when you thought about stopping?⟧"
"⟦d:c|Yes. About halfway along. I was told by the control room to continue,⟧" he said.
The jury returned a narrative conclusion, finding the pursuit had been "⟦p:e|authorised and conducted in line with policy⟧".
The Police Conduct Authority, which investigated, said: "⟦d:a|Our investigation found no indication that any officer behaved in a manner that would justify disciplinary proceedings.⟧"
Connor's sister, Shauna Birchall, said the family would "⟦p:b|keep asking questions⟧".
"⟦d:b|He was a stupid 17-year-old boy on a moped. He wasn't a gangster. He didn't deserve to die because of a chase,⟧" she said.

### 058
@a Bartholomew Quaye | the resident judge for 14 years
@b Adebola Fashanu | leader of the Carnford Bar
@c Joan Pilkington | the court's longest-serving usher
There were tears, laughter and one standing ovation in Court 1 at Carnford Crown Court on Friday as Judge Bartholomew Quaye, the resident judge for 14 years, sat for the last time.
More than 200 barristers, solicitors, court staff and police officers crammed into the courtroom and the corridor outside for his valedictory ceremony.
Adebola Fashanu KC, leader of the Carnford Bar, said Judge Quaye had been ``⟦p:b|firm, fair and very occasionally funny⟧''.
``⟦d:b|Generations of young barristers have learned their trade in front of him. Most of us learned it by getting something wrong and being corrected so kindly that we barely noticed,⟧'' she said.
Joan Pilkington, the court's longest-serving usher, presented him with a framed copy of his first court list from 2004. ``⟦d:c|He still owes me a tenner from the Christmas raffle,⟧'' she told the room.
Replying, Judge Quaye said he had ``⟦p:a|loved almost every minute⟧'' of his time on the bench.
``⟦d:a:m|I've sentenced people I liked and acquitted people I didn't. That's the job. The law doesn't care whether the judge is in a good mood, and it shouldn't.⟧
``⟦d:a|What I'll miss is this building, and the people in it, who keep the whole thing going for very little thanks.⟧''
He plans to spend his retirement ``⟦p:a|sailing badly and gardening worse⟧''.

### 059
@a Gwilym Pritchard | a tenant farmer
@b Plas Tegid Estate | -
@c Elin Morgan-Ashe | The tribunal’s chair
A tenant farmer whose family has worked the same hillside for four generations has lost his fight to stay on the land after an agricultural tribunal ruled in favour of the estate that owns it.
Gwilym Pritchard, 63, a tenant farmer at Tyddyn Uchaf near Cwmhalen, had challenged the Plas Tegid Estate’s notice to quit, served after the estate said it wanted to plant the land with trees.
The tribunal’s chair, Elin Morgan-Ashe, said the panel had “⟦p:c|enormous sympathy⟧” for Mr Pritchard, but that the law was “⟦p:c|clear and, in this case, unforgiving⟧”.
“⟦d:c|The estate has complied with every requirement of the notice. Our task is to apply the law as it stands, not as we might wish it to be,⟧” she said.
Speaking in Welsh outside the hearing in Cwmhalen, Mr Pritchard said: “⟦d:a|Dw i wedi colli popeth.⟧” — “⟦d:a|I have lost everything.⟧”
Switching to English, he added: “⟦d:a|My great-grandfather built those walls. I’ve got 400 ewes and nowhere to put them. They can plant trees anywhere.⟧”
The Plas Tegid Estate said in a statement that it had offered Mr Pritchard “⟦p:b|generous compensation and help to find alternative land⟧”.
“⟦d:b|Tree planting on this scale is part of the estate’s long-term commitment to tackling climate change,⟧” it said.

### 060
@a Sasha Okwuosa | a software tester who is non-binary
@b Lindiwe Dube | Employment Judge
@c Pinewood Digital | -
@d Craig Holloway | their manager
A software tester who was mocked in a workplace group chat by their line manager has won a harassment claim against a Harbourside technology firm.
Sasha Okwuosa, a software tester who is non-binary, worked for Pinewood Digital for two years. The tribunal heard that their manager, Craig Holloway, wrote in a team chat that Okwuosa was "⟦p:d|confused and needs to pick one⟧" and joked about which toilet they would use.
"⟦d:a|I read it on my phone on the bus to work,⟧" Okwuosa told the hearing. "⟦d:a|Then I had to walk into the office and sit next to everyone who'd laughed at it.⟧"
Employment Judge Lindiwe Dube found the messages "⟦p:b|degrading and hostile⟧" and said the company had taken "⟦p:b|no meaningful action⟧" after Okwuosa complained.
"⟦d:b|The respondent's HR department treated the complaint as a clash of personalities. It was not. It was harassment, and it was obvious,⟧" the judge wrote.
Holloway told the tribunal he had been "⟦p:d|trying to be funny⟧" and accepted the messages were "⟦p:d|out of order⟧".
Pinewood Digital said it had "⟦p:c|updated its policies⟧" and that Holloway no longer worked for the company.
Speaking after the judgment, Okwuosa said they felt "⟦p:a|vindicated⟧". "⟦d:a|I just wanted someone to say it wasn't OK. Now someone has,⟧" they said.

### 061
@a Colette Dufresne | the elder sister
@b Marguerite Dufresne | her sister
@c Grace Mahadevan | -
Two sisters accused of taking £380,000 in deposits from couples for weddings that never happened have each blamed the other, a jury has heard.
Colette Dufresne, 44, and Marguerite Dufresne, 41, deny fraud by false representation over the collapse of Forever Ivory Weddings, which they ran from a converted barn near Ashcombe.
Giving evidence on Monday, the elder sister said she had been “⟦p:a|the creative one⟧” and had never looked at the accounts.
“⟦d:a|Marguerite did the money. I did the flowers and the dresses and the crying brides,⟧” Colette Dufresne told Ashcombe Crown Court. “⟦d:a|If she says otherwise, she’s lying, and she knows it.⟧”
On Tuesday, her sister told the jury the opposite.
“⟦d:b|Colette signed every cheque. Every single one,⟧” Marguerite Dufresne said, without looking towards her sister in the dock. “⟦d:b|I was the one who told her we had to stop taking bookings. She said, ‘One more summer and we’ll be fine.’⟧”
One couple, Anil and Grace Mahadevan, lost £14,000 when they arrived to find the barn locked on the morning of their wedding in June 2023.
“⟦d:c|We had 120 guests in a car park and a cake in the boot of my dad’s car,⟧” Grace Mahadevan told the court earlier in the trial.
The trial continues.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh59.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh59",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
