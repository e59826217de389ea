# ruff: noqa: E501
"""Build ``quotes_fresh111.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests and a fatal
accident inquiry, public inquiry hearings with counsel to the inquiry, appeals,
employment, immigration, property, sports and disciplinary tribunals and a court
martial, written up as wire copy, broadsheet and local-paper court reports, tabloid
stories, magazine pieces, a printed transcript and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh111-NNN``.

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
  it (``Juror Bethany Strand, a 34-year-old dental hygienist``): the appositive is the
  description. A title before the name alone (``District Judge …``, ``Employment
  Judge …``, ``Recorder …``, ``Sheriff …``, ``Crown prosecutor …``, ``Detective
  Constable …``, ``PC …``, ``Cabbie …``) is the description. The bare ``Justice``
  before a full name (New Zealand style) is such a title.
* The post-nominal KC/SC and the judicial styles ``Mr Justice``, ``Mrs Justice``,
  ``Lord Justice``, and ``Lord``/``Lady`` before a Supreme Court justice's surname are
  honorifics: neither part of the name nor a description. Such a judge has a
  description only where the passage gives one (``The judge, Mr Justice Tremlett``).
* Counsel's role given after the name in court-report style (``Harriet Lindqvist KC,
  prosecuting``; ``defending``; ``mitigating``; ``for the family``; ``representing the
  family``; ``for the Crown``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the widow said``, ``the judge wrote``, ``the
  company said``), that description is taken.
* A non-restrictive relative clause after an appositive or a relational phrase (``The
  boy, who cannot be named for legal reasons``) is not part of the description; a
  restrictive one is (``a mother whose daughter died hours after birth in 2019``).
* Statements read to the court or to reporters by someone else (victim personal
  statements read by counsel, a statement read by a solicitor in the client's first
  person) belong to their author. Text messages, emails, letters and written
  submissions read out in evidence belong to their author when the passage identifies
  the author.
* Words that a witness, counsel or the reporter attributes to someone else and quotes
  in their own quotation marks outside any other quote (``she said he told her:
  "…"``, a 999 call or body-worn footage played to the jury, a remark the claimant
  says a manager made) belong to the person who originally said them, even where that
  person denies saying them. Inside another quote they stay part of the outer span.
* Counsel's questions and a witness's answers printed as alternating quote-only
  paragraphs: each turn belongs to the person whose turn it is.
* Anonymised witnesses known by a cipher or initials (``HM``, ``W7``, ``Soldier B``,
  ``Officer C``, ``Patient A``) have that cipher as the speaker; witnesses described
  but not named (``the first complainant``, ``The boy``) have a null speaker and that
  description. A jury, a family or a body of prosecutors speaking collectively without
  a proper name (``the jury``, ``the family of …``, ``Prosecutors``) has a null
  speaker and that description.
* Fragments quoted from an unidentified document or an unidentified person (``court
  papers``, ``a cultural report``, ``she had been told``) are ``partial`` with a null
  speaker and description.
* Charge names and statutory words discussed as words (``publishing false news``,
  ``serious disruption``), stamps, banners and chanted slogans are ``scare``.
* A question by a first-person writer (``I ask``) is ``direct`` with speaker and
  description null. A shout whose author the passage does not identify at all
  (``cries of "Liar!" from the public gallery``) is ``direct`` with speaker and
  description null; a shout or remark by an unnamed but described person (``A woman
  shouted back``, ``Someone in the gallery muttered``) has that description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh111.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh111.jsonl")

PASSAGES = """
### 001
@a Harriet Lindqvist | -
@b Conor Gilhooly | -
@c Mehrotra | The judge
A haulage contractor stabbed his business partner eleven times after a row over a missing fuel card and then drove to a car wash to clean his van, a jury at Ellesmere Crown Court heard on Monday.
Conor Gilhooly, 52, denies murdering Padraig Nolan, 47, at the depot they shared on the Tanners Reach industrial estate in March last year.
Opening the case for the prosecution, Harriet Lindqvist KC said the two men had run Gilhooly & Nolan Freight together for almost two decades but had "⟦p:a|fallen out badly⟧" over money in the months before Mr Nolan's death.
"⟦d:a|This was not a moment of madness,⟧" she told the jury of seven women and five men. "⟦d:a|The prosecution say it was the culmination of weeks of resentment, and that the defendant went to that depot intending to do Mr Nolan really serious harm.⟧"
The court heard Gilhooly was arrested two days later at his sister's home in Rushford. In interview he told detectives: "⟦d:b|I never touched him. We argued, yes, but I walked away and he was fine when I left.⟧"
Ms Lindqvist said forensic scientists had found traces of Mr Nolan's blood in the footwell of the van "⟦p:a|despite what appears to have been a determined effort to clean it⟧".
The judge, Mr Justice Mehrotra, warned jurors not to research the case online or discuss it with their families. "⟦d:c|You must decide this case on the evidence you hear in this courtroom, and nowhere else,⟧" he said.
The trial continues.

### 002
@a Bronwen Pritchard | District Judge
@b Iestyn Howells | defending
@c Gareth Llewellyn-Moss | a county councillor for the Penrhos ward
A county councillor who was caught driving at almost twice the legal alcohol limit after a charity quiz night has been banned from the roads for 20 months.
Gareth Llewellyn-Moss, 61, a county councillor for the Penrhos ward, pleaded guilty at Aberhenwy Magistrates’ Court to drink-driving on the A4087 in the early hours of 9 November.
The court heard police stopped his silver Volvo after it was seen drifting across the centre line near the Glanrafon roundabout. A breath test showed 63 micrograms of alcohol in 100 millilitres of breath; the legal limit is 35.
Iestyn Howells, defending, said his client was “⟦p:b|deeply ashamed⟧” and had already stepped down from the council’s licensing committee.
“⟦d:b|He had intended to get a taxi. The taxi did not come, and he made a decision that he will regret for the rest of his life,⟧” Mr Howells said. “⟦d:b|He does not seek to minimise it.⟧”
Sentencing, District Judge Bronwen Pritchard told him: “⟦d:a|You of all people should know better. You sit on the committee that licenses the very premises you had been drinking in.⟧”
She added: “⟦d:a|You are fortunate that nobody was hurt.⟧”
He was also fined £1,400 and ordered to pay £85 costs and a £560 victim surcharge.
Speaking outside court, Cllr Llewellyn-Moss said: “⟦d:c|I made a serious mistake and I accept the punishment in full. I apologise to the people of Penrhos.⟧”
He declined to say whether he would stand for re-election in May.

### 003
@a Jade Kettering | his mother
@b Shaun Ashdown | Bricklayer
@c Marcus Oyelaran | Judge
@d Kayleigh Fenn | Tyler’s sister
@e - | His barrister
@f - | A woman
A THUG who killed a dad-of-two with a single punch outside a kebab shop was jailed for four years yesterday — as the victim’s heartbroken mum told him: “⟦d:a|You took my boy for nothing.⟧”
Bricklayer Shaun Ashdown, 23, floored Tyler Fenn, 27, after a row over a spilt drink on Caxton Street, Wexmoor, in the early hours of New Year’s Day.
Tyler hit his head on the kerb and never regained consciousness. He died in hospital three days later.
In a statement read to Wexmoor Crown Court, his mother, Jade Kettering, 44, said: “⟦d:a:m|I sat by his bed for three days and talked to him. I told him about his girls, about the fireworks he missed, about anything I could think of.⟧
“⟦d:a|When they turned the machines off I held his hand until it went cold. No mother should ever have to do that.⟧”
Tyler’s sister Kayleigh Fenn, 19, sobbed in the public gallery as her own statement was read. “⟦d:d|He was my best mate,⟧” she wrote. “⟦d:d|Now I walk past that shop every day on the way to work and I can’t breathe.⟧”
Ashdown, who admitted manslaughter, sat with his head bowed. His barrister said he was “⟦p:e|genuinely and profoundly remorseful⟧”.
Jailing him, Judge Marcus Oyelaran said: “⟦d:c|One punch can kill. That message has been repeated in these courts again and again, and still young men do not listen.⟧”
As he was led down, Ashdown turned to the gallery and said: “⟦d:b|I’m sorry. I’m so sorry.⟧”
A woman shouted back: “⟦d:f|Not sorry enough!⟧”

### 004
@a Adaeze Nwachukwu | the senior coroner for North Fellshire
@b Rhiannon Cole | a staff nurse on Willow ward
@c Lorna Beckwith | Ellie’s mother
@d Fellshire and Ribble Health Trust | the trust
@e Paul Stanier | for the family
An inquest has found that neglect contributed to the death of a 16-year-old girl who was left unobserved for almost an hour on a mental health ward despite being assessed as being at high risk.
Ellie Beckwith was found unresponsive in her room on Willow ward at Harrowgate Lodge in Kirkby Fell on 14 February last year. She died in hospital two days later.
Recording a narrative conclusion at Kirkby Fell Coroner’s Court on Thursday, the senior coroner for North Fellshire, Adaeze Nwachukwu, said there had been “⟦p:a|a gross failure to provide basic care⟧” to a child who was “⟦p:a|known to be in danger⟧”.
“⟦d:a|Ellie should have been checked every fifteen minutes. The records show she was not checked for 52 minutes, and that two entries were completed retrospectively,⟧” she said. “⟦d:a|Had the observations been carried out as prescribed, it is probable that she would have survived.⟧”
During the five-day hearing, Rhiannon Cole, a staff nurse on Willow ward, admitted she had filled in observation records for checks she had not carried out.
Asked by Paul Stanier, for the family, why she had done so, she replied: “⟦d:b|Because we were three staff down and I was frightened of getting into trouble. I know that’s not an excuse.⟧”
“⟦d:e|Do you accept that what you wrote was false?⟧” Mr Stanier asked.
“⟦d:b|Yes. I do.⟧”
Speaking after the hearing, Ellie’s mother, Lorna Beckwith, said the family had waited “⟦p:c|fourteen months for someone to tell the truth⟧”.
“⟦d:c|Ellie was funny and clever and she loved horses. She was not a set of tick boxes,⟧” she said. “⟦d:c|We trusted them with our daughter and they lied about her last hour.⟧”
Fellshire and Ribble Health Trust said it “⟦p:d|accepted the coroner’s findings in full⟧” and had introduced electronic observation records on all of its inpatient wards. “⟦d:d|We are deeply sorry for the failings in Ellie’s care,⟧” the trust said.
The coroner said she would issue a report to prevent future deaths.

### 005
@a Imogen Thackeray | counsel to the inquiry
@b Desmond Afolabi | the former housing minister
@c Malcolm Reid-Haddow | the inquiry's chairman
@d - | a spokesperson for Calder Quay Families United
@e - | a senior civil servant
A former housing minister told the Calder Quay fire inquiry on Tuesday that he had "⟦p:b|no recollection⟧" of reading a memo warning that combustible panels were being fitted to high-rise blocks across the country.
Desmond Afolabi, the former housing minister, was questioned for more than four hours by Imogen Thackeray KC, counsel to the inquiry, about what his department knew in the three years before the fire, which killed 19 people.
Ms Thackeray showed him the memo, written in 2016 by a senior civil servant and stamped "⟦s:-|URGENT⟧", which described the building regulations as "⟦p:e|not fit for purpose in respect of external cladding⟧".
"⟦d:a|Did you read this document, Mr Afolabi?⟧" she asked.
"⟦d:b|I have no recollection of reading it. I'm not saying I didn't. I saw hundreds of documents a week,⟧" he replied.
"⟦d:a|It was in your red box on the 14th of June. It has your initials on the front.⟧"
"⟦d:b|Then I must have seen it. But I cannot tell this inquiry that I read every word.⟧"
Later, the inquiry's chairman, Sir Malcolm Reid-Haddow, intervened to ask why the department had not commissioned further tests. "⟦d:c|It seems to me that the alarm was sounded clearly. What I am struggling to understand is why nobody heard it,⟧" he said.
Mr Afolabi said he accepted that "⟦p:b|mistakes were made at every level of government⟧", including by him. "⟦d:b|I think about those 19 people every day,⟧" he said. "⟦d:b|I wish I had done more. I cannot change that.⟧"
Outside the inquiry's offices in Brantwell, a spokesperson for Calder Quay Families United said: "⟦d:d|Four hours of 'I can't recall' is an insult to the people we lost.⟧"

### 006
@a Marta Kowalczyk | a former sous chef at the Bellhaven Hotel
@b Saoirse Delahunt | Employment Judge
@c Giles Fairweather | the hotel’s general manager
@d Bellhaven Leisure Ltd | -
A sous chef who was told by her manager that she was “⟦p:c|too emotional⟧” to run a kitchen has been awarded £38,000 after an employment tribunal found she had been discriminated against because of her sex.
Marta Kowalczyk, a former sous chef at the Bellhaven Hotel in Saltcombe Regis, was passed over for promotion to head chef in 2022 in favour of a male colleague with less experience, the tribunal in Exbridge heard.
She told the hearing that the hotel’s general manager, Giles Fairweather, had said to her during a review meeting: “⟦d:c|Let’s be honest, you’d crack under the pressure. You’re too emotional for it.⟧”
“⟦d:a|I had run that kitchen on my own for two summers when the head chef was off sick,⟧” Ms Kowalczyk told the tribunal. “⟦d:a|Nobody said I was too emotional then.⟧”
Mr Fairweather denied making the remark. Giving evidence, he said: “⟦d:c|I would never say that to anyone. I may have said the role was demanding, which it is.⟧”
In a reserved judgment, Employment Judge Saoirse Delahunt said the tribunal preferred Ms Kowalczyk’s account, which was “⟦p:b|detailed, consistent and supported by a contemporaneous note⟧”.
“⟦d:b|We find that Mr Fairweather did make the remark, and that he would not have made it to a male chef,⟧” the judgment said.
Bellhaven Leisure Ltd, which owns the hotel, said it was “⟦p:d|disappointed⟧” with the outcome and was considering an appeal.
Ms Kowalczyk, who now runs her own catering business, said: “⟦d:a|I hope other women in kitchens read this and know they don’t have to just take it.⟧”

### 007
@a HM | The appellant
@b Celestine Baptiste-Rowe | Upper Tribunal Judge
@c Oliver Penhaligon | the presenting officer for the Border and Migration Agency
@d Farah Idowu | His barrister
The man at the centre of the appeal had not seen his wife in six years. When he was asked, through an interpreter, what he feared would happen to him if he were sent back to Marevia, he was silent for a long time.
“⟦d:a|Ana khayef,⟧” he said at last, and the interpreter repeated it in English: “⟦d:a|I am afraid.⟧”
The appellant, who can be identified only as HM, is a 38-year-old former schoolteacher from the port city of Sallaq. He is appealing against the refusal of his asylum claim by the Border and Migration Agency, which does not accept that he was detained and tortured after taking part in a teachers’ strike in 2017.
Giving evidence at the Upper Tribunal in Castleford Row last week, HM described being held for 41 days in a converted warehouse near the harbour.
“⟦d:a|They asked me the same question every day: who paid you? Nobody paid me. We wanted our salaries,⟧” he said through the interpreter.
Oliver Penhaligon, the presenting officer for the Border and Migration Agency, put it to him that his account had changed between his screening interview and his substantive interview.
“⟦d:c|In your first interview you said you were held for about a month. Today you say 41 days. Which is it?⟧”
“⟦d:a|A month, 41 days — when you are in that place you do not have a calendar. I counted afterwards, from the date on my release paper.⟧”
His barrister, Farah Idowu, told the tribunal the discrepancy was “⟦p:d|precisely the kind of minor inconsistency that decision-makers are told to expect from traumatised witnesses⟧”.
Upper Tribunal Judge Celestine Baptiste-Rowe reserved her decision. “⟦d:b|I will give my determination in writing. I am grateful to both representatives, and to the appellant, who I know has found today very difficult,⟧” she said.

### 008
@a Harlan Voss | Superior Court Judge
@b Brett Kinnaman | a former financial adviser from Millbrook
@c Dolores Ybarra | a retired school bus driver
@d Nkechi Obi | Assistant District Attorney
@e Leonard Sachs | Kinnaman's attorney
@f Ray Castellanos | a retired machinist
@g - | Someone in the gallery
MILLBROOK (Coastwire) — A former financial adviser who stole $14 million from more than 200 clients, many of them retirees, was sentenced Friday to 22 years in prison by a judge who called the scheme "⟦p:a|cruel in its precision.⟧"
Brett Kinnaman, 46, a former financial adviser from Millbrook, pleaded guilty in March to 31 counts of theft and securities fraud.
"⟦d:a|You didn't target the wealthy. You targeted people who trusted you with everything they had,⟧" Superior Court Judge Harlan Voss told him during a three-hour hearing in Tallow County. "⟦d:a|Some of them will now die poorer than they were born.⟧"
More than a dozen victims addressed the court. Dolores Ybarra, a retired school bus driver, said she had given Kinnaman the proceeds of her late husband's life insurance policy.
"⟦d:c|He came to the funeral. He hugged my daughter,⟧" Ybarra said, her voice breaking. "⟦d:c|Two weeks later he had my signature on the paperwork.⟧"
Ray Castellanos, 81, a retired machinist, said he had gone back to work stocking shelves at a hardware store. "⟦d:f|I'm 81 years old and I'm on my feet eight hours a day because of that man,⟧" he said, pointing at the defense table.
Assistant District Attorney Nkechi Obi had asked for 25 years. "⟦d:d|He ran this for nine years. It only stopped because he ran out of new victims,⟧" she said.
Kinnaman's attorney, Leonard Sachs, argued for 12, citing his client's cooperation with investigators and a gambling addiction that he said had "⟦p:e|spiraled beyond his control.⟧"
Kinnaman, wearing an orange jumpsuit, turned to face the gallery before the sentence was announced.
"⟦d:b|I am so sorry. I know that's worth nothing to you,⟧" he said. "⟦d:b|I will spend whatever years I have left trying to pay back what I can.⟧"
Someone in the gallery muttered, "⟦d:g|Start now.⟧"

### 009
@a Morag Dalgleish | advocate depute
@b Ishbel Crerar | a 29-year-old bar manager
@c Fraser Lennox-Boyd | defending
@d Niamh Sorley | a friend of the complainer
A woman told a jury she “⟦p:b|honestly thought I was going to die⟧” when her former partner pinned her against a fridge and held a knife to her throat in the kitchen of their flat in Dunmarnock.
Ishbel Crerar, a 29-year-old bar manager, was giving evidence on the second day of the trial of Kyle Baird, 31, at the High Court in Dunmarnock. Baird denies attempted murder and a charge of engaging in an abusive course of behaviour between 2019 and 2023.
Questioned by advocate depute Morag Dalgleish, Ms Crerar said the attack began after she told Baird she was leaving him.
“⟦d:a|What did he say when you told him?⟧” Ms Dalgleish asked.
“⟦d:b|He laughed. He said, ‘You’ll never leave, you haven’t got the bottle.’ Then he went quiet, and that was worse,⟧” Ms Crerar replied.
Under cross-examination, Fraser Lennox-Boyd, defending, suggested that she had picked up the knife first.
“⟦d:c|I’m going to suggest to you that it was you who took the knife from the block, and that Mr Baird was trying to get it off you.⟧”
“⟦d:b|That is a lie. That is exactly what he said he would say.⟧”
“⟦d:c|You were angry that night, weren’t you?⟧”
“⟦d:b|I was terrified.⟧”
The jury also heard from Niamh Sorley, a friend of the complainer, who said Ms Crerar had arrived at her door at 2am “⟦p:d|with blood on her neck and no shoes on⟧”.
“⟦d:d|She kept saying sorry for waking me up. That’s what I remember — she was apologising to me,⟧” Ms Sorley said.
The trial, before Lord Ardgay, continues.

### 010
@a Meredith Ostrowski | Deputy State Coroner
@b Priyanka Desai | counsel assisting the coroner
@c Glen Harcourt | The president of the Wirrabee Surf Life Saving Club
@d Anh Tran | Minh's father
@e - | A spokesperson for Wirrabee Shire Council
A coroner has recommended permanent lifeguard patrols at a remote beach on the state's south coast where a 14-year-old boy drowned during a school holiday trip.
Minh Tran was swept off a sandbar at Cutter's Gap in January 2023 while swimming with two friends. His body was found the following morning.
Handing down her findings in Port Wallis today, Deputy State Coroner Meredith Ostrowski said the beach had "⟦p:a|a long and well-documented history of rips⟧" but no permanent signage until after Minh's death.
"⟦d:a|It is difficult to understand how a beach with this record could be left without so much as a warning sign at its main access track,⟧" she said.
"⟦d:a|That has now changed. It should not have taken the death of a child.⟧"
During the inquest in August, counsel assisting the coroner, Priyanka Desai, told the court that at least six people had been rescued at Cutter's Gap in the preceding five summers.
"⟦d:b|These were not freak events. The rip at the northern end is there almost every day the swell is from the south-east,⟧" Ms Desai said.
The president of the Wirrabee Surf Life Saving Club, Glen Harcourt, gave evidence that the club had asked the council for signs in 2019 and again in 2021.
"⟦d:c|We wrote twice. We got one reply saying it would be considered in the next budget,⟧" he said.
Outside court, Minh's father, Anh Tran, said the family was grateful for the findings but would not feel relief.
"⟦d:d|Minh was a good swimmer. He was a good boy. He thought the water looked calm,⟧" Mr Tran said.
"⟦d:d|If one sign tells one kid to stay out of the water, that is something.⟧"
A spokesperson for Wirrabee Shire Council said it would "⟦p:e|carefully consider⟧" the recommendations.

### 011
@a Chantelle Okoro-Briggs | reality TV star
@b Amjad Rafiq | Cabbie
@c Susannah Everly | Her lawyer
@d Peter Haldane | chair of the bench
REALITY TV star Chantelle Okoro-Briggs burst into tears as she was cleared of slapping a cabbie — then told waiting photographers: "⟦d:a|I just want to go home and see my dog.⟧"
The Love Villa finalist, 26, had been accused of assault by beating after a row over a £34 fare in Fenwick Cross in the early hours of July 3.
Cabbie Amjad Rafiq, 58, told Fenwick Cross Magistrates' Court she had slapped him "⟦p:b|hard across the face⟧" when he refused to take her on to a second address.
"⟦d:b|She was screaming at me, calling me all sorts. Then bang,⟧" he said. "⟦d:b|Twenty-two years I've been driving and nobody has ever hit me.⟧"
But Chantelle, who appeared in the dock in a cream trouser suit, insisted she had only pushed his hand away from her phone.
"⟦d:a|He grabbed at my phone because he said I was filming him. I moved his hand. That's it,⟧" she told the court. "⟦d:a|I've never hit anyone in my life.⟧"
Her lawyer, Susannah Everly, said dashcam footage from the cab was "⟦p:c|at best inconclusive⟧" and told the bench: "⟦d:c|This is a case that should never have been brought.⟧"
Clearing her, chair of the bench Peter Haldane said: "⟦d:d|We are not satisfied so that we are sure that the defendant struck Mr Rafiq. She is free to go.⟧"
Outside, the star added: "⟦d:a|It's been the worst eight months of my life. Thank you to all my fans who believed me.⟧"

### 012
@a Ferreira-Doyle | -
@b Samuel Mensah-Bonsu | -
@c Fiona Quigley | His solicitor
@d Criminal Cases Review Board | -
@e - | One reporter
A man who spent 17 years in prison for a robbery he has always said he did not commit had his conviction quashed by the Court of Appeal on Wednesday after fresh analysis of DNA on a balaclava pointed to another man.
Samuel Mensah-Bonsu, now 44, was jailed in 2007 for the armed robbery of a post office in Kingsferry in which the sub-postmaster was pistol-whipped.
Giving the judgment of the court, Lord Justice Ferreira-Doyle said the new evidence “⟦p:a|fundamentally undermines⟧” the identification on which the prosecution’s case rested.
“⟦d:a|The jury were told that the balaclava recovered from the getaway car was the appellant’s. We now know that the only full DNA profile obtained from it belongs to someone else,⟧” he said. “⟦d:a|In those circumstances this conviction cannot be regarded as safe.⟧”
Mr Mensah-Bonsu, who was released on licence in 2024, sat in the well of the court beside his sister and wept as the decision was announced.
Outside, he told reporters: “⟦d:b|I went in at 27. I’m coming out at 44 with a grey beard and no pension. But today I am not a robber any more.⟧”
One reporter called out: “⟦d:e|Samuel, how does it feel?⟧”
“⟦d:b|Like breathing,⟧” he said. “⟦d:b|Angry doesn’t cover the rest of it. But I promised my mum I wouldn’t waste whatever time I’ve got left being bitter.⟧”
His solicitor, Fiona Quigley, said the case raised “⟦p:c|serious questions⟧” about the way forensic exhibits had been stored. “⟦d:c|This balaclava sat in a police store for fifteen years. Nobody thought to test it again until we asked,⟧” she said.
The Criminal Cases Review Board, which referred the case to the appeal court last year, said in a statement: “⟦d:d|We are pleased that Mr Mensah-Bonsu’s conviction has been overturned, and we will be reflecting on whether this case could have reached us sooner.⟧”

### 013
@a Lucinda Hartwell | area coroner
@b Stuart Mabey | The lorry driver
@c Ahmed Qureshi | a forensic collision investigator with Wakeburn Police
@d Elspeth Rowntree | His widow
A retired teacher who was killed when a lorry turned left across his path in Hebden Moor town centre died as a result of a road traffic collision, an inquest has concluded.
Martin Rowntree, 63, was cycling along Bridge Street on the morning of 2 October when the 32-tonne tipper lorry turned into Mill Lane, Wakeburn Coroner's Court heard.
The lorry driver, Stuart Mabey, 49, told the inquest he had checked his mirrors before turning and had not seen the cyclist.
"⟦d:b|I looked. I always look. I have done this job for twenty years,⟧" he said. "⟦d:b|I have gone over it every night since and I still don't know where he came from.⟧"
Asked by the coroner whether he had used his indicator, he said: "⟦d:b|Yes, from the lights. I'm certain of that.⟧"
PC Ahmed Qureshi, a forensic collision investigator with Wakeburn Police, said CCTV showed Mr Rowntree had been alongside the lorry's cab for about four seconds before it began to turn.
"⟦d:c|In my opinion he would have been visible in the nearside mirror for at least part of that time,⟧" PC Qureshi said. "⟦d:c|Whether he would have been noticed is a different question.⟧"
His widow, Elspeth Rowntree, said in a statement read to the inquest: "⟦d:d:m|Martin cycled that road every day for thirty years. He was careful to the point of being annoying. He wore more hi-vis than a motorway crew.⟧
"⟦d:d|He was the kindest man I have ever known, and I would like people to remember him for that, not for how he died.⟧"
Recording her conclusion, area coroner Dr Lucinda Hartwell said she would write to the highways authority about the layout of the junction. "⟦d:a|This is a junction where the cycle lane delivers cyclists directly into the blind spot of turning vehicles. That must be looked at,⟧" she said.

### 014
@a W7 | a specialist firearms officer
@b Tobias Lanyon-Smith | counsel to the inquiry
@c Adwoa Sarpong | for the family
@d Philippa Orme | the inquiry’s chair
@e Patience Akinyemi | Jerome’s mother
Behind a blue curtain that hid him from the public gallery, the officer who fired the shots that killed Jerome Akinyemi-Bell spoke in a low, even voice.
W7, a specialist firearms officer, told the Harrowdene Shooting Inquiry that he had believed the object in Mr Akinyemi-Bell’s hand was a gun.
“⟦d:a|I saw his right hand come up from his waistband with something dark in it. I believed he was about to fire at my colleague,⟧” he said.
It was a phone.
Tobias Lanyon-Smith KC, counsel to the inquiry, took him through the footage frame by frame.
“⟦d:b|At this point — 14:02 and 11 seconds — can you see anything in his hand?⟧”
“⟦d:a|On the screen now, in this room, no. I couldn’t see it then either. I saw movement.⟧”
“⟦d:b|So you fired at movement?⟧”
“⟦d:a|I fired at what I believed was a threat to life. That is what I’m trained to do.⟧”
Adwoa Sarpong KC, for the family, asked him whether he had given a warning. He said he had shouted “⟦p:a|armed police⟧” twice.
“⟦d:c|None of the other officers heard a warning. The body-worn footage doesn’t record one. Are you sure?⟧” Ms Sarpong asked.
“⟦d:a|I am sure I shouted. I can’t tell you why it isn’t on the footage.⟧”
At the end of his evidence, the inquiry’s chair, Dame Philippa Orme, thanked him and then turned to the family.
“⟦d:d:m|I know that some of what you have heard today has been very hard to sit through. I want you to know that the inquiry will test every part of this evidence against the footage and against the other accounts we have received.⟧
“⟦d:d|Nothing will be taken on trust.⟧”
Jerome’s mother, Patience Akinyemi, had already left the room. “⟦d:e|He’s still lying,⟧” she said quietly in the corridor outside.

### 015
@a Lucien Marchetti-Favre | a three-term mayor of the lakeside town
@b Hélène Dubosc | the presiding judge
@c Baptiste Okemba | His lawyer
@d Inès Ferhat | Prosecutor
VALMONT — The former mayor of Saint-Aurel lost his final appeal on Tuesday against a conviction for taking bribes from a waste-management contractor, ending a legal battle that has lasted almost nine years.
Lucien Marchetti-Favre, 67, a three-term mayor of the lakeside town, had been sentenced to three years in prison, two of them suspended, and barred from public office for five years.
Reading the court's decision, the presiding judge, Hélène Dubosc, said the appeal court below had been «⟦p:b|entitled to find⟧» that payments routed through a consultancy in his brother-in-law's name were bribes.
«⟦d:b|The appellant's explanation that these sums were fees for genuine advice was considered and rejected on the evidence. There is no error of law in that,⟧» she said.
Marchetti-Favre, standing at the back of the courtroom, shook his head. «⟦d:a|Je suis innocent,⟧» he said as he left. «⟦d:a|I am innocent. I will say it until I die.⟧»
His lawyer, Baptiste Okemba, said his client would take the case to the Continental Court of Human Rights. «⟦d:c|This is not the end. There are serious questions about the fairness of the first trial which no court in this country has been willing to answer,⟧» Mr Okemba said.
Prosecutor Inès Ferhat told reporters the ruling sent «⟦p:d|a clear message to every elected official in the region⟧».
«⟦d:d|Public money is not a private bank account. That is all this case was ever about,⟧» she said.
In Saint-Aurel, where the former mayor was known to supporters and opponents alike as «⟦s:-|le Patron⟧», the reaction in the cafés around the town hall was muted.

### 016
@a Lorraine Bickerstaff | Dog owner
@b Precious Nyathi | Postwoman
@c Anthony Gellibrand | Recorder
@d - | A spokesperson for the Postal Workers' Alliance
A DOG owner whose "⟦s:-|dangerously out of control⟧" Cane Corso mauled a postwoman on her doorstep has been given a suspended jail sentence and banned from keeping dogs for ten years.
Postwoman Precious Nyathi, 34, needed 40 stitches to her arm and leg after the attack in Hazelmere Close, Stockbridge Fold, last April.
In a statement read to Stockbridge Fold Crown Court, she said: "⟦d:b|I still deliver post on that estate. Every time I hear a dog bark I freeze. I used to love my job. Now I count the hours.⟧"
Dog owner Lorraine Bickerstaff, 52, admitted being the owner of a dog dangerously out of control causing injury. The court heard the animal, called Tyson, had escaped twice before.
Giving evidence in mitigation, Bickerstaff said: "⟦d:a|He's soft as anything with us. I don't know what got into him. I'm so sorry for what happened to that lady.⟧"
Recorder Anthony Gellibrand told her: "⟦d:c|You were warned. A neighbour had complained, the council had written to you, and you did nothing to repair that gate.⟧"
"⟦d:c|Ms Nyathi is lucky the dog let go when it did.⟧"
Tyson has since been destroyed.
A spokesperson for the Postal Workers' Alliance said: "⟦d:d|Our members deal with dog attacks every single week. This sentence should remind owners that their dog is their responsibility.⟧"

### 017
@a Kwabena Asante-Darko | a senior staff nurse with 11 years’ service at Northvale Community Healthcare
@b Deborah Whitcombe | The unit’s matron
@c Alistair Munro-Keys | Employment Judge
@d Northvale Community Healthcare | the organisation
@e Rachel Eastwood | a regional officer for the Nursing Professionals’ Union
A nurse who raised concerns about understaffing on a dementia ward was unfairly dismissed for whistleblowing, an employment tribunal has ruled.
Kwabena Asante-Darko, a senior staff nurse with 11 years’ service at Northvale Community Healthcare, was sacked in 2023 for what the organisation called “⟦p:d|a breakdown in working relationships⟧”.
The tribunal in Marston Lacey heard he had sent a series of emails to senior managers warning that night shifts on Rowan ward were “⟦p:a|routinely unsafe⟧”, with one registered nurse responsible for 24 patients.
“⟦d:a|I wasn’t trying to cause trouble. I was trying to stop someone dying on my shift,⟧” he told the hearing.
The unit’s matron, Deborah Whitcombe, said in her evidence that Mr Asante-Darko had become “⟦p:b|fixated⟧” on staffing and was “⟦p:b|undermining⟧” colleagues.
“⟦d:b|Every nurse on that ward knew we were short. Kwabena was the only one who made it about himself,⟧” she said.
The tribunal rejected her account. In his written reasons, Employment Judge Alistair Munro-Keys said: “⟦d:c|We are satisfied that the principal reason for the claimant’s dismissal was that he made protected disclosures. The ‘breakdown in relationships’ relied upon by the respondent was, in truth, a breakdown caused by managers’ irritation at being told things they did not want to hear.⟧”
Rachel Eastwood, a regional officer for the Nursing Professionals’ Union, which supported the claim, said: “⟦d:e|This judgment should be pinned to the wall of every ward manager’s office.⟧”
Northvale Community Healthcare said it was “⟦p:d|reviewing the judgment carefully⟧”.

### 018
@a Dwayne Castellino | -
@b - | The boy
@c Gwendolyn Asher | prosecuting
@d Joel Whitlam | Detective Constable
A drug dealer sent a 15-year-old boy to sell crack cocaine in a seaside town more than 200 miles from his home and texted him "⟦p:a|work or you're in debt⟧" when he begged to come back, a jury has heard.
Dwayne Castellino, 24, is accused of trafficking the boy to Saltmarsh Bay, where police found him living in a flat with no electricity in February 2024.
Gwendolyn Asher, prosecuting, told Harbrook Crown Court the boy had been "⟦p:c|groomed, exploited and then threatened⟧" by the defendant.
She read out a series of messages recovered from the boy's phone.
"⟦d:b|Im cold and I havent eaten since yesterday. Can I come home,⟧" the boy wrote at 11.42pm on February 3.
Castellino replied: "⟦d:a|Work or you're in debt. You know what happens to people in debt.⟧"
The boy, who cannot be named for legal reasons, gave evidence by video link.
"⟦d:b|He said if I came back without the money he would do my mum's house. I believed him,⟧" he told the jury.
Detective Constable Joel Whitlam said officers found 43 wraps of crack cocaine and heroin hidden inside a hollowed-out Bible in the flat.
"⟦d:d|It's a method we see a lot. Somebody thinks police won't look inside a Bible,⟧" he said.
Castellino denies conspiracy to supply class A drugs and human trafficking. The trial continues.

### 019
@a Ocampo-Leigh | the trial judge
@b Ruairí Madden | a former firefighter
@c - | the family of Aoife and Cian Delaney
A former firefighter who set fire to his ex-partner’s home, killing her and their six-year-old son, has been jailed for life with a minimum term of 38 years.
Ruairí Madden, 37, a former firefighter, poured petrol through the letterbox of the terraced house in Corrigan Street, Dunhallow, in the early hours of 19 May last year. Aoife Delaney, 34, and Cian, six, died from smoke inhalation.
Madden was convicted of two counts of murder after a five-week trial at Dunhallow Crown Court. He had claimed he went to the house only to “⟦p:b|talk things through⟧” and that the fire was started by someone else.
Sentencing him on Friday, the trial judge, Mrs Justice Ocampo-Leigh, said:
“⟦d:a:m|You knew better than anyone in that courtroom what fire does to a house and to the people in it. You had spent eleven years rescuing strangers from exactly that. You used that knowledge to kill the woman who had left you and the little boy who loved you.⟧
“⟦d:a:m|You have shown no remorse. Even now you blame others.⟧
“⟦d:a|Cian was six. He had a school project on volcanoes on the kitchen table. His mother had gone downstairs, it seems, to try to reach him. Neither of them had any chance.⟧”
Madden showed no reaction as the sentence was passed. As he was taken down he said: “⟦d:b|I didn’t do it.⟧”
In a statement, the family of Aoife and Cian Delaney said: “⟦d:c|Today a dangerous man has been locked away. It does not bring back our sister or our beautiful boy. Nothing will.⟧”

### 020
@a Fergus Achterberg | the television gardener
@b Rosamund Kealy | for the newspaper
@c Daily Clarion | -
@d Tremlett | The judge
A television gardener accused by a newspaper of passing off a junior employee's designs as his own told the High Court on Tuesday that the allegations had ``⟦p:a|destroyed everything I built⟧''.
Fergus Achterberg, the television gardener, is suing the Daily Clarion over a 2023 article which alleged that three of his award-winning show gardens had in fact been designed by a 24-year-old assistant. The paper is defending the claim on the basis of truth.
Under cross-examination by Rosamund Kealy KC, for the newspaper, Mr Achterberg agreed that the assistant, Lina Oduya, had produced the drawings for all three gardens.
``⟦d:a|Drawings, yes. Lina was a brilliant draughtswoman. But the ideas were mine,⟧'' he said.
``⟦d:b|Is there a single document in this case that shows that?⟧'' Ms Kealy asked.
``⟦d:a|The ideas were in my head. I don't write my ideas down. I never have.⟧''
``⟦d:b|How very convenient,⟧'' said Ms Kealy.
The judge, Mr Justice Tremlett, intervened: ``⟦d:d|Let's keep to questions, please, Ms Kealy.⟧''
Mr Achterberg became emotional when asked about the effect of the article. ``⟦d:a|My sponsors went within a fortnight. My mother stopped going to her garden club because she couldn't face them. That's what it did,⟧'' he said.
The Daily Clarion has said it ``⟦p:c|stands by every word⟧'' of the article. The trial is expected to last two weeks.

### 021
@a Everton Campbell-Hayes | a 52-year-old bus mechanic from Lowfield
@b Shanice | His daughter
@c Gordon McIlwraith | His employer
@d Nasreen Haq | Immigration Judge
@e Amelia Pryor | for the Border Agency
A bus mechanic who arrived in the country from St Aubin at the age of four and has lived here for 48 years has won his appeal against deportation.
Everton Campbell-Hayes, a 52-year-old bus mechanic from Lowfield, was served with a deportation order in 2023 after a conviction for handling stolen goods, for which he received a 14-month sentence.
At a hearing at Ravensholme immigration tribunal in June, he said: "⟦d:a|I don't know anyone on St Aubin. I've been there once, for my grandmother's funeral, when I was twelve. Everything I have is here.⟧"
His daughter Shanice, 19, told the tribunal she would have to abandon her nursing degree to look after her younger brother if her father were removed.
"⟦d:b|Dad does the school run, he does the tea, he does everything since Mum got ill,⟧" she said. "⟦d:b|If you send him away you're not just punishing him.⟧"
Amelia Pryor, for the Border Agency, said the offence was "⟦p:e|serious⟧" and that Mr Campbell-Hayes had "⟦p:e|chosen to offend⟧" despite knowing that his immigration status was insecure.
His employer, Gordon McIlwraith, said he would keep the job open. "⟦d:c|Best mechanic I've had in thirty years. I'd trust him with the keys to my house,⟧" he told the hearing.
In her decision, published this week, Immigration Judge Nasreen Haq found that deportation would be "⟦p:d|unduly harsh⟧" on his children.
"⟦d:d|The appellant made a serious mistake, for which he has been punished. He has not offended before or since,⟧" she wrote. "⟦d:d|His removal would separate a father from children who depend on him in every practical sense.⟧"

### 022
@a Bethan Morgan-Rees | counsel to the inquiry
@b Gail Thornbury | the former head of midwifery at Ashcombe General Hospital
@c Sunita Raval | a mother whose daughter died hours after birth in 2019
The former head of midwifery at a hospital where at least 40 babies may have died avoidably has told an inquiry she was “⟦p:b|never made aware⟧” of a pattern of deaths.
Gail Thornbury, the former head of midwifery at Ashcombe General Hospital, was giving evidence on the 23rd day of the Ashcombe Maternity Inquiry in Lydgate.
Bethan Morgan-Rees, counsel to the inquiry, showed her the minutes of a 2018 meeting at which three stillbirths in a single month had been discussed.
“⟦d:a|Your name is on the attendance list. Do you remember this meeting?⟧” she asked.
“⟦d:b|I don’t, I’m afraid. I attended a great many meetings,⟧” Mrs Thornbury replied.
“⟦d:a|Three stillbirths in one month, on a unit that delivers around 300 babies a month. Was that not something that would stay with you?⟧”
“⟦d:b|With hindsight, yes. At the time we were told each one had been reviewed.⟧”
In the public gallery, Sunita Raval, a mother whose daughter died hours after birth in 2019, shook her head.
Speaking to Tidewater News afterwards, she said: “⟦d:c|‘I don’t remember’ — that is all we have heard for four years. I remember every second of that night.⟧”
“⟦d:c|We were told Asha’s death was a tragedy that couldn’t have been predicted. Now we learn there were meetings about babies like her a year before she was born.⟧”
Mrs Thornbury told the inquiry she was “⟦p:b|profoundly sorry⟧” to every family. The inquiry continues.

### 023
@a Tomasz Wiśniewski | -
@b Janet Oduya | Presiding magistrate
@c Kieran Doughty | -
@d Hamish Tait | defending
@e Lydia Farnsworth | -
BRAMWICK MAGISTRATES' COURT
Tomasz Wiśniewski, 33, of Church Lane, Bramwick, admitted driving without insurance on the B1190 on August 14. He told magistrates: "⟦d:a|I thought my brother had renewed it. That's no excuse, I know.⟧" He was fined £320 and had six points put on his licence.
Kieran Doughty, 19, of Elm Grove, Bramwick, admitted criminal damage to a bus shelter on Station Road. Hamish Tait, defending, said the teenager had been "⟦p:d|very drunk and very stupid⟧" and had offered to pay for the damage. "⟦d:d|He has learned a hard lesson. His mother has made sure of that,⟧" Mr Tait said. Asked if he had anything to add, Doughty said: "⟦d:c|Sorry.⟧" Presiding magistrate Janet Oduya told him: "⟦d:b|Bus shelters are there for people who need them, very often elderly people. Think about that next time.⟧" He was given a 12-month conditional discharge and ordered to pay £240 compensation.
Lydia Farnsworth, 71, of Quarry Row, Bramwick, admitted failing to pay for goods worth £18.40 at a supermarket in the town centre. "⟦d:e|I've never been in trouble in my life. I was confused that day,⟧" she said. Magistrates imposed no separate penalty.

### 024
@a Ingrid Halvorsen-Mbeki | Presiding Judge
@b Radomir Vukašin | a former militia commander
@c Senada Hrustić | head of the Korvat Mothers' Association
@d Marc-Antoine Lefèvre | Vukašin's lawyer
@e Office of the Prosecutor | -
ARLENBURG, March 12 (Nordwire) - A former militia commander was sentenced to life imprisonment on Wednesday by an international tribunal that found him guilty of ordering the killing of 212 men and boys in the village of Korvat in 1995.
Radomir Vukašin, 71, a former militia commander, stood expressionless as Presiding Judge Ingrid Halvorsen-Mbeki read out the verdict at the International Tribunal for the Selvar Conflict.
«⟦d:a|The chamber is satisfied beyond reasonable doubt that the accused gave the order, that he was present when it was carried out, and that he took steps afterwards to conceal the bodies,⟧» the judge said.
She described the killings as «⟦p:a|an act of calculated cruelty that has few parallels in this tribunal's history⟧».
As the judge finished, Vukašin called out «⟦d:b|This is victors' justice!⟧» before guards led him from the courtroom.
Outside, Senada Hrustić, head of the Korvat Mothers' Association, embraced other women who had travelled to Arlenburg by bus. «⟦d:c|We waited 30 years for this day. My husband and my two sons are among the 212,⟧» she said. «⟦d:c|Today the world wrote their names down.⟧»
Vukašin's lawyer, Marc-Antoine Lefèvre, said he would appeal. «⟦d:d|The judgment relies on witnesses who gave contradictory accounts over many years. We will show that on appeal,⟧» he told Nordwire.
The Office of the Prosecutor said in a statement that the verdict showed «⟦p:e|there is no expiry date on accountability⟧».

### 025
@a Margaret Oyelowo-Finch | Retired headteacher
@b Debra Sallis | her neighbour
@c Howard Pennock | District Judge
@d - | one neighbour who asked not to be named
A bitter six-year feud between neighbours over a leylandii hedge, a security camera and a garden gnome has ended with a judge ordering both women to stay away from each other.
Retired headteacher Margaret Oyelowo-Finch, 74, and her neighbour Debra Sallis, 58, live next door to each other on Plover Way, Thornwick.
At Thornwick County Court, Mrs Oyelowo-Finch said Ms Sallis had pointed a camera directly into her kitchen window. “⟦d:a|I can’t make a cup of tea without being filmed. I feel like I’m living in a zoo,⟧” she said.
Ms Sallis said the camera had been installed only after her car was scratched. “⟦d:b|I’ve got nothing to hide. She’s the one who put a gnome on the fence making a rude gesture at my front room,⟧” she told the court.
The gnome — described in court papers as “⟦p:-|the offending ornament⟧” — was produced in a carrier bag as an exhibit.
Mrs Oyelowo-Finch denied any rude intent. “⟦d:a|It’s a fishing gnome. He’s holding a rod,⟧” she said.
“⟦d:b|He is not holding a rod,⟧” Ms Sallis replied from the other side of the courtroom.
District Judge Howard Pennock accepted undertakings from both women not to film, photograph or approach each other. “⟦d:c|I have now spent a day and a half on a hedge and a gnome. I would urge you both, with the greatest respect, to find something better to do with your time,⟧” he said.
Outside, one neighbour who asked not to be named said: “⟦d:d|The whole street is exhausted. We just want it to be quiet.⟧”

### 026
@a - | the jury
@b Carlos Mendes-Ribeiro | the governor of HMP Greystone
@c Paweł Zieliński | His brother
@d Gillian Ashworth-Pike | Senior coroner
A prisoner who died after taking a synthetic drug in his cell was let down by "⟦p:a|a series of missed opportunities⟧", an inquest jury has found.
Dariusz Zieliński, 29, was found unresponsive in his cell at HMP Greystone on the night of 8 January 2023 and died in hospital the next day.
The jury's narrative conclusion, read out by its foreperson at Greystone Coroner's Court on Friday, stated: "⟦d:a|Mr Zieliński had told staff on at least two occasions that he was being forced to test drugs for other prisoners. Those warnings were not acted upon.⟧"
Carlos Mendes-Ribeiro, the governor of HMP Greystone, told the inquest earlier in the week that the prison had been "⟦p:b|operating at the very edge⟧" because of staff shortages.
"⟦d:b|I'm not going to sit here and say we got it right. We didn't,⟧" he said. "⟦d:b|But I had 40 per cent of my officers with less than a year's experience.⟧"
His brother, Paweł Zieliński, said after the hearing: "⟦d:c|Dariusz made mistakes and he was paying for them. He was not sentenced to die.⟧"
Senior coroner Gillian Ashworth-Pike said she would send the findings to the Custody Standards Ombudsman. "⟦d:d|There is a need for urgent action and I will be making that very clear,⟧" she said.

### 027
@a Lysander Crane | the founder of the collapsed lender Brightwater Credit
@b Helena Murgatroyd | for the Crown
@c Wilfred Ng | Judge
There is a particular kind of pause in Court 4 at Sheringham Crown Court when Lysander Crane is asked a question he does not like. He leans back, smiles warmly at the jury and says, as he did eleven times on Tuesday: ``⟦d:a|That's a very good question.⟧''
Crane, the founder of the collapsed lender Brightwater Credit, denies four counts of fraud by false representation. On his fourth day in the witness box, Helena Murgatroyd KC, for the Crown, wanted to know why £2.3 million of investors' money had paid for a vineyard in the hills above Saint-Véran.
``⟦d:b|Was the vineyard a Brightwater asset, Mr Crane?⟧''
``⟦d:a|It was a diversification opportunity.⟧''
``⟦d:b|That isn't what I asked.⟧''
``⟦d:a|That's a very good question,⟧'' said Crane. ``⟦d:a|It was held by a subsidiary, which was, in a sense, a Brightwater asset.⟧''
``⟦d:b|In what sense?⟧''
``⟦d:a|In the sense that I owned it.⟧''
Somebody at the back of the public gallery laughed out loud, and Judge Wilfred Ng looked up from his notes. ``⟦d:c|I'd be grateful for silence,⟧'' he said mildly.
Ms Murgatroyd let the answer hang in the air for a moment. ``⟦d:b|Thank you, Mr Crane. That's very clear,⟧'' she said.
The trial continues.

### 028
@a Aroha Tamihana | Justice
@b Hemi Parata | -
@c Mereana Walker | Isaiah's mother
@d Grant Elphick | Crown prosecutor
@e Sione Fifita | Defence lawyer
A young man who stabbed his best friend during a drunken argument at a party in Te Awaroa has been jailed for five years and four months for manslaughter.
Hemi Parata, 22, appeared for sentence in the High Court at Te Awaroa today, where Justice Aroha Tamihana said the death of Isaiah Walker, 21, had "⟦p:a|torn apart two families who were once one⟧".
The court heard the pair had grown up on the same street and played in the same rugby team.
Isaiah's mother, Mereana Walker, read her victim impact statement aloud, pausing several times.
"⟦d:c|I have known you since you were five, Hemi. You ate at my table. You called me Aunty,⟧" she said, looking at the dock. "⟦d:c|I don't know how to hate you and I don't know how to forgive you. So I just sit with it.⟧"
In a letter to the judge, Parata wrote: "⟦d:b|There is not a day I don't wish it was me. I took my brother from his mum and I can't give him back.⟧"
Crown prosecutor Grant Elphick said Parata had gone to his car to fetch the knife, which was "⟦p:d|a deliberate step that changes this case⟧".
Defence lawyer Sione Fifita said his client had no previous convictions and had handed himself in within the hour. "⟦d:e|He rang the police himself. He stayed with Isaiah and tried to stop the bleeding until the ambulance came,⟧" Mr Fifita said.
Justice Tamihana said she had taken into account a cultural report which described Parata's upbringing and his "⟦p:-|deep connection to his whānau⟧".
"⟦d:a|None of that changes the fact that a young man is dead, and that you brought a knife into an argument,⟧" she said. "⟦d:a|But it does tell me that you can be the person your family knows you to be.⟧"

### 029
@a Glenys Mwangi-Hart | the former breakfast show host on Harbour FM
@b Tara Lindholm | the station’s head of content
@c Oluwaseun Adeyemi | for the station
@d Petra Kovács | Employment Judge
A veteran radio presenter who was replaced by a host 30 years her junior has told an employment tribunal she was dropped because her bosses thought she sounded “⟦p:b|too much like their mum⟧”.
Glenys Mwangi-Hart, the former breakfast show host on Harbour FM, presented the programme for 17 years before being moved to a Sunday evening slot in 2023.
She told the tribunal in Kestle Sands that Tara Lindholm, the station’s head of content, had said to her at a meeting: “⟦d:b|The audience research says you sound too much like their mum. We need someone they’d want to go to the pub with.⟧”
“⟦d:a|I was 59. I asked her whether she meant I sounded old, and she didn’t answer,⟧” Ms Mwangi-Hart said.
Cross-examined by Oluwaseun Adeyemi, for the station, she accepted that listening figures for the breakfast show had fallen by 14 per cent in two years.
“⟦d:c|Isn’t it the case that the station simply wanted to arrest that decline?⟧” Mr Adeyemi asked.
“⟦d:a|Every station’s figures fell in those two years. They didn’t replace every presenter over 55. Only me.⟧”
Ms Lindholm, giving evidence later, said she did not recall using the word “⟦s:-|mum⟧”.
“⟦d:b|I may have talked about the research, which used the phrase ‘relatable to younger listeners’. I would never make a comment about a colleague’s age,⟧” she said.
“⟦d:d|We are conscious that this has been a difficult few days for everyone involved,⟧” Employment Judge Petra Kovács said, adding that the tribunal would give its judgment in writing.

### 030
@a Lorcan Devlin-Shaw | the company's former chief executive
@b Maeve Tolan | a former finance director of Kestrel Ports Ltd
@c Aminata Sesay | Judge
What follows is an edited extract from the cross-examination of Maeve Tolan, a former finance director of Kestrel Ports Ltd, by Jonas Varga KC at Portholm Crown Court on Thursday. Mr Varga represents the company's former chief executive, Lorcan Devlin-Shaw, who denies false accounting.
Q: Ms Tolan, you have told the jury that Mr Devlin-Shaw instructed you to backdate the invoices. When did he do that?
A: In the car park, in March 2021. He said, "⟦d:a|Just make the dates work, Maeve, nobody's going to check.⟧"
Q: There is no note of that conversation anywhere.
A: No. You don't take notes of conversations like that.
Q: But you did send an email to your husband that evening, didn't you?
A: I did.
Q: And it said — I'll read it to the jury — "⟦d:b|Long day, all fine, see you at 7.⟧" Nothing about backdating.
A: I wasn't going to put it in an email, was I?
Q: I suggest that the conversation in the car park never happened.
A: It happened. I've lost my career because it happened.
Shortly afterwards Judge Aminata Sesay told the jury: "⟦d:c|We'll stop there for today. Please don't discuss the case with anyone, including each other, until tomorrow morning.⟧"

### 031
@a Iona MacAskill | Sheriff
@b Calum Beaton | the ferry’s chief officer
@c Hebra Ferries Ltd | -
@d Morven Sinclair | Angus’s partner
A sheriff has ruled that the death of a deckhand who was crushed by a car ramp on a ferry could have been avoided if a safety interlock had been working.
Angus Macrae, 26, died on board the MV Eilean Dorcha at Port Ardmhor in November 2021.
In her determination following a fatal accident inquiry at Stornhaven Sheriff Court, Sheriff Iona MacAskill found that the interlock had been “⟦p:a|disabled for convenience⟧” for several months and that crew had been “⟦p:a|habitually⟧” operating the ramp without it.
“⟦d:a|It is clear from the evidence that this was not a secret. It was known to officers on board and, I find, tolerated,⟧” she wrote.
The inquiry heard evidence in February from the ferry’s chief officer, Calum Beaton, who said the interlock “⟦p:b|kept tripping in wet weather⟧”.
“⟦d:b|We reported it to the shore. Nothing came back, so we got on with it. That was the culture then,⟧” he said. “⟦d:b|I’ll carry that for the rest of my life.⟧”
Hebra Ferries Ltd said it had “⟦p:c|fully implemented⟧” the sheriff’s recommendations and introduced a new system for reporting defects.
Angus’s partner, Morven Sinclair, said: “⟦d:d|Angus loved that boat. He would have been the first to tell you something was wrong with it, and he did. Nobody listened to him either.⟧”

### 032
@a Graham Pettifer | a double-glazing salesman from Colnebridge
@b Lesley Pettifer | First wife
@c Anjali Dholakia | Bride number two
@d Hugh Farrant-Oakes | Judge
@e Niall Corrigan | mitigating
A LOVE rat juggled two wives 40 miles apart for SIX years by telling each of them he worked night shifts on an oil rig — and was only rumbled when both turned up at his hospital bedside.
Graham Pettifer, 48, a double-glazing salesman from Colnebridge, was jailed for 18 months yesterday after admitting bigamy.
First wife Lesley Pettifer, 46, told Colnebridge Crown Court: "⟦d:b|I ironed his shirts for the rig. There was no rig. There was her.⟧"
Bride number two, Anjali Dholakia, 39, who married him in a lavish ceremony in 2019, said in a statement: "⟦d:c|I spent £22,000 of my savings on a wedding to a man who was already married. I feel stupid every single day, and I am not a stupid woman.⟧"
The two women met for the first time when Pettifer was admitted to Colnebridge General with chest pains and both were called as his next of kin.
Niall Corrigan, mitigating, said Pettifer had been "⟦p:e|living in a fantasy he could not find a way out of⟧".
But Judge Hugh Farrant-Oakes told him: "⟦d:d|You lied to two women every single day for six years. This was not a fantasy. It was a plan.⟧"
As he was taken down, Pettifer shouted towards the public gallery: "⟦d:a|I loved you both!⟧"
Outside court, Lesley said: "⟦d:b|We've become friends, me and Anjali. That's the only good thing to come out of any of it.⟧"

### 033
@a Rupert Galloway-Price | the former chief executive of Calderwick Water
@b Nadia El-Amin | counsel to the inquiry
@c Robert Vandermeer | The chair
@d - | A source close to Mr Galloway-Price
@e Hannah Frobisher | -
The former chief executive of Calderwick Water has told the Lydmouth contamination inquiry that he "⟦p:a|did not accept⟧" that the company put profits before safety, as he faced repeated questions about a bonus paid in the year of the outbreak.
More than 1,400 people fell ill and two died after sewage entered the drinking water supply in Lydmouth in August 2022.
Rupert Galloway-Price, the former chief executive of Calderwick Water, received a £640,000 bonus in the same financial year.
"⟦d:b|Did it occur to you, when you accepted that bonus, how it would look to the families of the two people who died?⟧" asked Nadia El-Amin, counsel to the inquiry.
"⟦d:a|The bonus was set by the remuneration committee against targets that were agreed long before the incident,⟧" Mr Galloway-Price said. "⟦d:a|I've since given a substantial part of it to charity.⟧"
"⟦d:b|How much?⟧"
"⟦d:a|I'd rather not say in a public forum.⟧"
The chair, Sir Robert Vandermeer, interjected: "⟦d:c|Mr Galloway-Price, this is a public forum. That is rather the point of it.⟧"
Mr Galloway-Price then said he had donated "⟦p:a|around a quarter⟧" of the payment.
A source close to Mr Galloway-Price later said he had been "⟦p:d|ambushed⟧" by a line of questioning that was "⟦p:d|more about headlines than about pipes⟧".
Hannah Frobisher, of the campaign group Clean Water for Lydmouth, who attended the hearing, said: "⟦d:e|He still doesn't get it. People were in intensive care while he was being paid for hitting his targets.⟧"

### 034
@a Corinne Hallström | Labour Court President
@b Émile Nakamura-Roy | one of the dismissed pilots
@c AirVale | the airline
@d Sabine Keita | leader of the Pilots' Syndicate
The Labour Court has ordered AirVale to reinstate 14 pilots who were dismissed after refusing to fly during a safety dispute last winter, in a ruling the airline described as «⟦p:c|incomprehensible⟧».
Labour Court President Corinne Hallström said the pilots had been exercising a legal right to refuse work they believed was dangerous. «⟦d:a|A pilot who declines to fly an aircraft he or she considers unsafe is not on strike. He or she is doing the job,⟧» she said in the ruling, which was read out in Courtroom 2 of the Palais de Justice in Vellmar.
The pilots had refused to operate flights on AirVale's fleet of ageing turboprops after two engine failures in a fortnight.
Émile Nakamura-Roy, one of the dismissed pilots, wept as he left the building. «⟦d:b|Eleven months without a salary. My daughter asked me if I had done something bad. Today I can tell her no,⟧» he said.
AirVale said in a statement that it would appeal. «⟦d:c|The court has substituted its own view for that of the company's engineers and of the aviation authority, which declared the aircraft airworthy,⟧» the airline said.
Sabine Keita, leader of the Pilots' Syndicate, called the decision «⟦p:d|a victory for every passenger in this country⟧».
«⟦d:d|The airline wanted to make an example of these pilots. Instead the court has made an example of the airline,⟧» she said.

### 035
@a - | the first complainant
@b - | A second man
@c Mark Thewlis | a former choirmaster at St Oswin’s Church in Helmsby
@d Priscilla Anand | prosecuting
@e Dominic Carrow | defending
A man told a jury that a choirmaster abused him in a vestry cupboard in the 1980s and warned him that nobody would believe “⟦p:c|a little liar from the estate⟧”.
Mark Thewlis, 78, a former choirmaster at St Oswin’s Church in Helmsby, denies 11 counts of indecent assault against three boys between 1981 and 1989.
Priscilla Anand, prosecuting, had told jurors in her opening that the case was about “⟦p:d|a man who hid in plain sight⟧”.
Giving evidence from behind a screen at Helmsby Crown Court, the first complainant, now in his fifties, said he had been 11 when the abuse began.
“⟦d:a|He said, ‘Who are they going to believe, the choirmaster or a little liar from the estate?’ And he was right. Nobody would have,⟧” he said.
Asked by Ms Anand why he had not reported it sooner, he replied: “⟦d:a|I tried once, when I was 14. I told my dad. He hit me for saying it.⟧”
Dominic Carrow, defending, suggested he had invented the allegations after reading about another case in a newspaper.
“⟦d:e|You came forward in 2021, two weeks after a story about a different choir was in the local paper. That’s right, isn’t it?⟧”
“⟦d:a|That story is why I came forward. It’s not why it happened.⟧”
A second man told the jury Thewlis had given him “⟦p:b|special lessons⟧” on Saturday mornings. “⟦d:b|I didn’t have a word for it then. I just knew I was frightened of Saturdays,⟧” he said.
Thewlis has told police the allegations are “⟦p:c|wicked lies⟧”. The trial continues.

### 036
@a Rosa Villalobos-Kent | the widow
@b Curtis Boudreaux | the family's attorney
@c Redline Freight Systems | the company
@d Bethany Strand | a 34-year-old dental hygienist
HOLLIS COUNTY (Coastwire) — A jury on Thursday ordered Redline Freight Systems to pay $48 million to the family of a man killed when one of its tractor-trailers crossed the median of Interstate 61 and struck his pickup head-on.
The driver had been on duty for 19 hours, according to evidence presented during the two-week trial.
"⟦d:b|They knew. They had the logs. They just didn't care as long as the load got there,⟧" the family's attorney, Curtis Boudreaux, told jurors in closing arguments on Tuesday.
Rosa Villalobos-Kent, whose husband, Daniel, was killed in the 2021 crash, hugged her two teenage sons as the verdict was read.
"⟦d:a|It's not about the money. It was never about the money,⟧" the widow said outside the courthouse. "⟦d:a|It's about making sure some other family doesn't get that phone call.⟧"
Juror Bethany Strand, a 34-year-old dental hygienist, said the panel had been swayed by the driver's own text messages.
"⟦d:d|When he texted his dispatcher 'can barely keep my eyes open' and they told him to keep going, that was it for most of us,⟧" Strand said.
Redline Freight Systems said in a statement that it "⟦p:c|respectfully disagrees⟧" with the verdict and would appeal. "⟦d:c|Safety is and always has been our highest priority,⟧" the company said.

### 037
@a Adebowale-Finch | the judge
@b Eastmere County Council | the council
@c - | The mother
@d - | The children’s guardian
A High Court judge has condemned a council for removing three children from their mother on the strength of a social worker’s report that was “⟦p:a|riddled with errors and, in places, simply invented⟧”.
In a judgment published on Monday, Mr Justice Adebowale-Finch, sitting in the Family Division in Carlow Bridge, ordered that the children, aged three, seven and nine, be returned home after eight months in foster care.
The judge said the report, prepared for Eastmere County Council, had wrongly stated that the mother had admitted drinking while caring for the children, and recorded a home visit that “⟦p:a|on the council’s own records, never took place⟧”.
“⟦d:a|This is not a case of an overstretched social worker making an understandable slip. It is a case in which a document that was relied upon to separate a mother from her children for the better part of a year was, in material respects, untrue,⟧” the judge wrote.
“⟦d:a|The local authority’s failure to check it is, in my judgment, inexcusable.⟧”
Eastmere County Council said it “⟦p:b|accepted the court’s criticisms without reservation⟧” and had suspended the social worker concerned. “⟦d:b|We are truly sorry for the distress caused to this family,⟧” the council said.
The mother, who cannot be named to protect the children’s identities, said through her solicitor: “⟦d:c|For eight months I was treated like a liar. I hope nobody else has to go through what my children went through.⟧”
The children’s guardian had told the court during the hearing that the children were “⟦p:d|consistently and desperately asking to go home⟧”.

### 038
@a Skye Marchbanks | Her best pal
@b Olamide Fashola | Festival medic
@c Rebecca Tunnicliffe | Assistant coroner
@d Julie Pryor | Amber's mum
A STUDENT died after taking a "⟦s:-|super-strength⟧" ecstasy pill at a music festival, just hours after friends had seen warnings about dodgy pills on social media, an inquest heard.
Amber Pryor, 19, collapsed in the dance tent at the Lowmoor Sound festival in August last year and died in hospital the same night.
Her best pal Skye Marchbanks, 20, told Harbury Coroner's Court they had each taken half a pill bought from a man near the campsite.
"⟦d:a|We saw a post saying there were dodgy pink ones going round. Ours were blue, so we thought we were fine,⟧" she said.
"⟦d:a|Amber started saying she was boiling. Then she just went down.⟧"
Festival medic Dr Olamide Fashola said Amber's core temperature was 41.8C when she reached the medical tent. "⟦d:b|We did everything we could. By the time she got to us her body was already shutting down,⟧" he said.
Assistant coroner Rebecca Tunnicliffe recorded a conclusion of drug-related death. She told the court: "⟦d:c|There is no such thing as a safe pill bought from a stranger in a field.⟧"
Amber's mum Julie Pryor, 49, said afterwards: "⟦d:d|If one girl reads about Amber and doesn't take that pill, then something good has come out of this nightmare.⟧"

### 039
@a - | the call handler
@b Lee Ashurst | -
@c Ngozi Ekwueme | prosecuting
@d Carol Ashurst | -
A jury has heard a 999 call in which a man accused of murdering his wife tells the operator: “⟦d:b|I think I’ve killed her. I think she’s dead.⟧”
Lee Ashurst, 41, denies murdering Carol Ashurst, 39, at their home in Finchdale in October. He says he acted in self-defence after she attacked him with a wine bottle.
The recording, made at 1.14am, was played at Finchdale Crown Court on Wednesday. After Ashurst gives the address, the call handler asks: “⟦d:a|Is she breathing?⟧”
“⟦d:b|I don’t know. I don’t know. There’s blood everywhere,⟧” he replies.
“⟦d:a|I need you to listen to me. Is there anybody else in the house?⟧”
“⟦d:b|No. Just us.⟧”
Ngozi Ekwueme, prosecuting, told the jury a neighbour had heard raised voices earlier that night and had recorded part of the argument on her phone. In that clip, she said, Mrs Ashurst can be heard shouting: “⟦d:d|Get off me, Lee! Get off!⟧”
“⟦d:c|You may think that is not the voice of a woman who is attacking someone,⟧” Ms Ekwueme said.
The trial continues.

### 040
@a Keshia Obeng-Lartey | the 27-year-old sprinter who won silver at the Continental Championships in 2022
@b National Sports Disciplinary Tribunal | -
@c Anders Thorvaldsen | The panel's chair
@d Marlon Achebe-Smith | Her coach
@e Athletics Integrity Commission | -
@f - | a spokesperson
A sprinter who tested positive for a banned steroid has been suspended for four years after a tribunal rejected her claim that the substance came from contaminated beef.
Keshia Obeng-Lartey, the 27-year-old sprinter who won silver at the Continental Championships in 2022, had argued that she ate meat from a farm where cattle were given growth promoters.
In its written decision, published on Monday, the National Sports Disciplinary Tribunal said her explanation was ``⟦p:b|speculative and unsupported by any scientific evidence⟧''.
The panel's chair, Anders Thorvaldsen, said at a short hearing to announce the outcome: ``⟦d:c|We have every sympathy with an athlete whose career is, in effect, at an end. But the rules place the burden on her, and she has not discharged it.⟧''
Obeng-Lartey said she was ``⟦p:a|heartbroken⟧''. ``⟦d:a|I have never knowingly taken anything. I will keep fighting to clear my name, because I know the truth,⟧'' she said in a statement posted on social media.
Her coach, Marlon Achebe-Smith, called the ruling ``⟦p:d|a travesty⟧''. ``⟦d:d|Keshia is the cleanest athlete I have ever worked with. I would stake my life on it,⟧'' he said.
The Athletics Integrity Commission, which brought the case, said it ``⟦p:e|welcomed the clarity⟧'' of the decision. ``⟦d:f|The rules apply to every athlete equally, whatever their explanation,⟧'' a spokesperson said.

### 041
@a Maricel Dumalagan | a domestic worker from Pangasay province
@b Chua Mei Ling | -
@c Ravindran Pillai | Deputy Public Prosecutor
@d Teo Kah Wai | District Judge
@e Home Workers Aid Marapura | -
MARAPURA — A woman who starved her domestic helper until she weighed just 31kg was sentenced to 14 years’ jail on Thursday, in what a judge called “⟦p:d|one of the most egregious cases of abuse this court has seen⟧”.
Chua Mei Ling, 45, was convicted in March of 23 charges including voluntarily causing grievous hurt.
Maricel Dumalagan, a domestic worker from Pangasay province, worked for the family for 14 months. Testifying through an interpreter during the trial, she said she had been allowed one meal a day, usually “⟦p:a|bread and water⟧”, and had been forbidden from leaving the flat.
“⟦d:a|Ma’am said if I complained to the agency she would say I stole her jewellery, and I would go to prison,⟧” she told the court.
Deputy Public Prosecutor Ravindran Pillai said Chua had shown “⟦p:c|no insight whatsoever⟧” into her conduct. “⟦d:c|Even at the end of the trial, the accused maintained that the victim was simply a picky eater,⟧” he said.
In a mitigation plea submitted through her lawyer, Chua wrote: “⟦d:b|I was not myself. I did not see what was happening in my own home.⟧”
District Judge Teo Kah Wai was unmoved. “⟦d:d|The victim came to this country to support her family. She was treated as less than human in a home where she was supposed to be safe,⟧” he said.
Home Workers Aid Marapura, which sheltered Ms Dumalagan after her rescue, said the sentence sent “⟦p:e|a powerful signal⟧” to employers.

### 042
@a Craig Danvers | a scaffolder from Oldcastle
@b Joseph Adu-Gyamfi | prosecuting
@c Winston Pereira | a retired bus driver
@d Caroline Eustace | Judge
A scaffolder accused of punching a pensioner in a road rage attack told a jury he "⟦p:a|lost the plot⟧" after the older man "⟦p:a|came at me⟧" with a steering lock.
Craig Danvers, 38, a scaffolder from Oldcastle, denies causing grievous bodily harm with intent to Winston Pereira, a retired bus driver, at traffic lights on the Oldcastle ring road in May last year.
Mr Pereira, 66, suffered a fractured eye socket.
Giving evidence at Oldcastle Crown Court on Tuesday, Danvers said Mr Pereira had got out of his car first. "⟦d:a|He had this steering lock in his hand, the big yellow kind. I thought he was going to smash my windscreen, or smash me,⟧" he said.
Cross-examined by Joseph Adu-Gyamfi, prosecuting, Danvers conceded that no steering lock was found at the scene.
"⟦d:b|Where did it go, Mr Danvers?⟧" Mr Adu-Gyamfi asked. "⟦d:b|Did Mr Pereira swallow it?⟧"
"⟦d:a|I don't know where it went. Maybe he threw it back in his car.⟧"
"⟦d:b|Police searched his car. It wasn't there.⟧"
"⟦d:a|Then I don't know.⟧"
Mr Adu-Gyamfi put it to him that he had invented the steering lock "⟦p:b|to explain why a man of 38 felt the need to punch a man of 66 in the face⟧".
"⟦d:a|That's not right,⟧" Danvers replied. "⟦d:a|I'm not proud of it. But I was scared.⟧"
Earlier, Mr Pereira told the jury he had only got out of his car to exchange details after Danvers's van clipped his wing mirror. "⟦d:c|I had my insurance papers in my hand. That's all I had,⟧" he said. "⟦d:c|Next thing I knew I was on the floor.⟧"
Judge Caroline Eustace told jurors: "⟦d:d|Please put out of your minds anything you may have read about this case, and come back tomorrow at ten.⟧"

### 043
@a Wayne Tolley | Cowboy builder
@b Edna Kowalski | widow
@c Robert Kowalski | Her son
@d Siobhan Carrick-Lyle | Judge
@e Priya Gill | Trading standards officer
COWBOY builder Wayne Tolley conned a widow out of £27,000 for a roof repair that was never done — and then came back for more, a court heard.
Tolley, 44, told widow Edna Kowalski, 86, that her chimney was “⟦p:a|about to come through the ceiling⟧” and that she needed urgent repairs.
He then charged her for lead flashing that was never fitted, replacement tiles that were never bought, and scaffolding that stood outside her house in Linnet Road, Dunsmoor, for a single afternoon.
In a statement read to Dunsmoor Crown Court, Mrs Kowalski said: “⟦d:b|He called me ‘Mum’. He had a cup of tea in my kitchen every day. I thought he was a nice boy.⟧”
Her son, Robert Kowalski, said his mother now keeps her door on the chain during the day. “⟦d:c|She used to leave it on the latch for the neighbours. Now she won’t answer it to me unless I ring first,⟧” he said.
Trading standards officer Priya Gill told the court the work was so poor that “⟦p:e|a child could have done better⟧”.
“⟦d:e|I’ve been doing this job for 18 years and it’s one of the worst I’ve seen. Some of the new tiles were just resting on top of the old ones,⟧” she said.
In a police interview, Tolley insisted: “⟦d:a|I done the work. She’s just forgotten.⟧”
Jailing him for three years and four months, Judge Siobhan Carrick-Lyle said: “⟦d:d|You targeted an elderly woman living alone because you knew she would trust you. That is about as low as it gets.⟧”

### 044
@a Anjali Sethi-Morrow | the inquiry's chair
@b Deborah Kamara | -
@c Tomás Herrera-Quinn | the father of 19-year-old Lucía
@d Anthony Mbatha | counsel to the inquiry
The public inquiry into the collapse of the Saltry Bridge opened in Quayhaven on Monday with an apology from its chair to the families of the nine people who died, for the three years it had taken to begin hearings.
"⟦d:a|You have waited far too long. I cannot give you that time back, but I can promise you that this inquiry will not flinch,⟧" the inquiry's chair, Professor Anjali Sethi-Morrow, said in her opening remarks.
The first week is being given over to commemorative evidence, in which families describe the people they lost.
Deborah Kamara, whose son Ibrahim was 17, spoke for 20 minutes, holding a photograph of him in his school blazer.
"⟦d:b|Ibrahim was going to be an engineer. That's the part I can't get past. He wanted to build bridges. He used to tell people that, and they'd laugh, and he'd say, 'No, really,'⟧" she said.
"⟦d:b|He was on that bus because he'd stayed late at school for robotics club. He texted me at 4.51pm to say he was on his way. The bridge went at 4.58.⟧"
Tomás Herrera-Quinn, the father of 19-year-old Lucía, a student nurse, spoke next. "⟦d:c:m|Lucía was the loudest person in any room. She sang in the shower, in the car, in the supermarket queue. Our house has been so quiet.⟧
"⟦d:c|She was on her way to a night shift. She had done everything right in her short life, and the people whose job it was to keep that bridge standing did not.⟧"
Anthony Mbatha KC, counsel to the inquiry, told the hearing that more than 80,000 documents had been disclosed. "⟦d:d|It is already clear that concerns about corrosion in the bridge's main cables were raised on more than one occasion before the collapse,⟧" he said. "⟦d:d|Who knew, what they did, and what they failed to do, are the questions at the heart of this inquiry.⟧"

### 045
@a Harjit Singh Bhamra | a security guard at the Lanark Row shopping centre in Westbury
@b Sentinel Guarding Services | the company
@c Tobias Rennard-Achebe | Employment Judge
@d Lee Oakes | his supervisor
@e - | A spokesman for the Westbury Gurdwara Committee
A Sikh security guard who was told to remove his turban and wear a company cap "⟦p:d|like everyone else⟧" has won a claim for religious discrimination.
Harjit Singh Bhamra, a security guard at the Lanark Row shopping centre in Westbury, was employed by Sentinel Guarding Services from 2021 until he resigned in 2023.
He told an employment tribunal in Westbury that his supervisor, Lee Oakes, had said to him in front of colleagues: "⟦d:d|Uniform's uniform. Cap on, like everyone else, or go home.⟧"
"⟦d:a|I said to him, this is not a hat. This is part of me. He laughed,⟧" Mr Bhamra said.
Mr Oakes told the tribunal he had been applying company policy. "⟦d:d|I wasn't picking on him. I'd have said the same to anyone,⟧" he said.
In the written judgment, Employment Judge Tobias Rennard-Achebe said the policy had been applied "⟦p:c|without a moment's thought⟧" for the claimant's faith.
"⟦d:c|It should not need saying in 2024 that a turban is not an item of uniform that can be swapped for a baseball cap,⟧" he wrote.
Sentinel Guarding Services said it had since rewritten its uniform policy. "⟦d:b|We apologise unreservedly to Mr Bhamra,⟧" the company said.
A spokesman for the Westbury Gurdwara Committee said: "⟦d:e|Harjit showed real courage in bringing this case. Many people would have just walked away.⟧"

### 046
@a Mbeki-Harwood | -
@b Fenwick-Asare | -
@c Ama Kyei-Lindqvist | director of Open Streets
@d - | A spokesperson for the Interior Ministry
The Supreme Court has ruled by four to one that police powers to restrict “⟦s:-|noisy⟧” protests are lawful, rejecting a challenge brought by the civil liberties group Open Streets.
Giving the lead judgment, Lord Mbeki-Harwood said Parliament had been “⟦p:a|entitled to strike the balance it did⟧” between the right to protest and the rights of others to go about their daily lives.
“⟦d:a|The right to protest is fundamental, but it has never been unlimited. Those who wish to protest do not thereby acquire a right to prevent others from getting to work, to school or to hospital,⟧” he wrote.
In a dissenting judgment, Lady Fenwick-Asare warned that the words “⟦s:-|serious disruption⟧” had been given a meaning so broad that they could cover almost any demonstration.
“⟦d:b|A protest that no one can hear is not much of a protest. I fear that the majority’s approach leaves the police with a discretion so wide that it is, in practice, unreviewable,⟧” she said.
Ama Kyei-Lindqvist, director of Open Streets, said outside the court in Wellgate: “⟦d:c|This is a dark day. The court has told the police they can decide how loud our democracy is allowed to be.⟧”
A spokesperson for the Interior Ministry said the ruling “⟦p:d|vindicates⟧” the government’s approach. “⟦d:d|The police need clear powers to keep our streets moving, and they now have them,⟧” the spokesperson said.

### 047
@a Abdikarim Jama | -
@b Oliver Kettleborough | Judge
@c Felicity Ong | for the Border Agency
@d Hodan Jama | His cousin
The hearing room at Hatherley Lodge immigration removal centre is the size of a school classroom, with a judge at one end and, at the other, a television on a trolley. On the screen, in a smaller room somewhere else in the same building, sits Abdikarim Jama.
He has been detained for 14 months. Today he is applying, for the fourth time, for bail.
“⟦d:a|Can you hear me, sir?⟧” he asks, leaning towards the camera.
“⟦d:b|I can hear you perfectly, Mr Jama,⟧” says Judge Oliver Kettleborough. “⟦d:b|Take your time.⟧”
Felicity Ong, for the Border Agency, argues that he is likely to abscond. He has, she says, “⟦p:c|no fixed address and no ties to the community that would secure his compliance⟧”.
His cousin, Hodan Jama, has travelled from Denholme by two trains and a bus to offer her spare room as a bail address. She sits in the second row in her work tunic; she left a night shift at a care home four hours ago.
“⟦d:d|He can stay with me as long as he needs. My children know him. He is family,⟧” she tells the judge.
The hearing lasts 38 minutes. Bail is granted, with conditions: a curfew, an electronic tag, reporting twice a week.
Afterwards, in the car park, I ask Hodan what she will cook for him. She laughs. “⟦d:d|Whatever he wants. Anything but the food in there.⟧”
“⟦d:-|Will he be out today?⟧” I ask.
“⟦d:d|Tomorrow, they said. After the paperwork. Always the paperwork.⟧”
On the phone the next evening, Abdikarim is quieter than he was on the screen. “⟦d:a|Fourteen months. I still don’t know what I did wrong,⟧” he says.

### 048
@a Charlotte Renwick | the officer in charge of the exercise
@b Soldier B | A fellow soldier
@c Alun Prydderch | Senior coroner
@d Salote Naufahu | His mother
@e Defence Ministry | -
A soldier who collapsed during a 12-mile march on one of the hottest days of the year was not given water for the final hour because the exercise was running late, an inquest has heard.
Lance Corporal Tevita Naufahu, 24, died from heatstroke on Hambury Plain in July 2022.
Major Charlotte Renwick, the officer in charge of the exercise, told the inquest in Salbridge that she had been told water resupply was "⟦p:-|in hand⟧".
"⟦d:a|With hindsight I should have stopped the march at the halfway point. I did not, and I will live with that,⟧" Major Renwick said.
A fellow soldier, identified only as Soldier B, said Lance Corporal Naufahu had asked for water twice. "⟦d:b|He said, 'I'm not right, I need to stop.' The corporal told him to crack on. About ten minutes later he went down,⟧" Soldier B said.
Senior coroner Alun Prydderch asked: "⟦d:c|Did anyone check his temperature at that point?⟧"
"⟦d:b|Not that I saw, sir,⟧" Soldier B replied.
His mother, Salote Naufahu, said outside the hearing: "⟦d:d|Tevita loved the army. The army did not look after him.⟧"
The Defence Ministry said in a statement that it had "⟦p:e|made significant changes⟧" to its heat illness policy since 2022.

### 049
@a Isolde Fairbairn | a retired GP
@b Jamal Osei-Tutu | a student
@c Simon Whitlock-Barnes | District Judge
@d Last Harvest | -
@e Ngaire Thompson | prosecuting
Seven climate activists who glued themselves to the doors of an oil company's headquarters have been convicted of aggravated trespass, as supporters outside chanted "⟦s:-|No more drilling⟧".
The protesters, from the group Last Harvest, were arrested outside the offices of Northfield Petroleum in Carrick Square in April. Some had glued their hands to the glass; others held a banner reading "⟦s:-|Your profits, our funerals⟧".
Isolde Fairbairn, 71, a retired GP, told Carrick Magistrates' Court she had acted out of "⟦p:a|medical duty⟧".
"⟦d:a|I spent 35 years telling patients to look after their health. I am not going to stop now because the patient is the planet,⟧" she said.
Jamal Osei-Tutu, 24, a student, said he had tried "⟦p:b|every legal route available⟧" before taking direct action. "⟦d:b|I've written letters. I've marched. I've signed petitions. Nobody listened until we were stuck to a door,⟧" he said.
Ngaire Thompson, prosecuting, said the protest had prevented 400 staff from getting into the building. "⟦d:e|Whatever the defendants' motives, they do not have the right to decide who goes to work,⟧" she said.
District Judge Simon Whitlock-Barnes said he accepted their sincerity. "⟦d:c|But sincerity is not a defence in law. Each of you knew exactly what you were doing and intended to do it,⟧" he said.
As the verdicts were read there was a shout of "⟦d:-|Shame!⟧" from the public gallery.
Last Harvest said in a statement that the convictions would "⟦p:d|only strengthen our resolve⟧".

### 050
@a Dean Mackintosh | Former Dunmere Wanderers striker
@b Tiffany Mackintosh | his ex-wife
@c Oyeyemi-Barr | The judge
@d - | A pal of Tiffany
FORMER Dunmere Wanderers striker Dean Mackintosh has been ordered to hand over £4.2million to his ex-wife — after a judge ruled he had “⟦p:c|deliberately concealed⟧” his fortune.
The ex-footie ace, 41, claimed he was “⟦p:a|practically skint⟧” after a string of failed business ventures, including a chain of padel clubs.
But his ex-wife Tiffany Mackintosh, 38, told the High Court he had boasted to friends that he was “⟦p:a|minted⟧”.
“⟦d:b|He told everyone at his 40th that he’d never have to work again. Then he comes to court in a suit from the supermarket and says he’s broke,⟧” she said.
The judge, Mrs Justice Oyeyemi-Barr, said Mackintosh’s evidence had been “⟦p:c|wholly unreliable⟧”.
“⟦d:c|I am satisfied that the husband has deliberately concealed assets, including a property on the Costa Verdana which he has variously described as a bungalow that does not exist and a bungalow that belongs to his cousin,⟧” she said.
Mackintosh, who now coaches a non-league side, said outside court: “⟦d:a|I’m gutted. I’ll be appealing, 100 per cent.⟧”
A pal of Tiffany said: “⟦d:d|She’s just relieved. She can finally move on with the kids.⟧”

### 051
@a Shanelle Pinnock | the defendant’s former girlfriend
@b Oluwatoyin Bakare | prosecuting
@c Declan Foy | Judge
@d Hugo Sandringham-Pryce | for Marcus Dyer
A key prosecution witness in the Kellbrook Park murder trial told a jury she could “⟦p:a|not remember⟧” anything about the night of the shooting, prompting the judge to warn her about her obligations under oath.
Shanelle Pinnock, the defendant’s former girlfriend, was called by the prosecution in the trial of Marcus Dyer, 26, who denies murdering Tyrese Bamgbose, 19, in Kellbrook Park in September 2023.
Asked by Oluwatoyin Bakare KC, prosecuting, whether Dyer had come to her flat that night, she said: “⟦d:a|I don’t remember.⟧”
“⟦d:b|Do you remember speaking to police two days later?⟧”
“⟦d:a|No.⟧”
“⟦d:b|You gave a statement that ran to eleven pages. You signed every page.⟧”
“⟦d:a|If you say so.⟧”
Judge Declan Foy sent the jury out and told Ms Pinnock: “⟦d:c|I understand that you may be frightened. But you have sworn to tell the truth, and a failure to answer honestly can itself be a criminal offence.⟧”
When the jury returned, Ms Bakare was given permission to read parts of the statement. In it, Ms Pinnock had told officers: “⟦d:a|Marcus came in at about 11 and went straight in the shower. He said, ‘If anyone asks, I was here all night.’⟧”
Hugo Sandringham-Pryce KC, for Marcus Dyer, said the statement had been given “⟦p:d|under pressure, by a frightened young woman, after twelve hours in a police station⟧”.
The trial continues.

### 052
@a Marguerite Thibodeau | presiding coroner
@b Kateryna Hrytsenko | His wife
@c Mike Larocque | president of United Grain Workers Local 318
@d Prairie Crest Grain | the company
MORDEN FALLS — A coroner's inquest jury has made 14 recommendations following the death of a 33-year-old worker who was buried in grain at an elevator near Morden Falls.
Oleksandr Hrytsenko died in February 2022 after entering a bin to break up a crust of frozen wheat. He was not wearing a harness.
The jury did not assign blame, which is not the role of an inquest, but recommended mandatory lifeline systems at all grain storage facilities and that no worker be allowed to enter a bin alone.
"⟦d:a|These recommendations are not binding. But they carry weight, and I expect them to be read carefully,⟧" presiding coroner Dr. Marguerite Thibodeau told the jury after the verdict was delivered Friday.
His wife, Kateryna Hrytsenko, testified through a Ukrainian interpreter during the eight-day inquest.
"⟦d:b|Every morning he kissed me and said, 'I'll be home by six.' He said it that morning too,⟧" she said through the interpreter.
Mike Larocque, president of United Grain Workers Local 318, said the union had been calling for harness rules for a decade. "⟦d:c|How many more? That's the only question I've got. How many more?⟧" he said.
Prairie Crest Grain, which operates the elevator, said in a statement that it had installed lifeline systems across its network in 2022. "⟦d:d|We continue to grieve with the Hrytsenko family,⟧" the company said.

### 053
@a Blessing Okonkwo-Reeves | a mother of three
@b Stavros Papadakis | -
@c Rowena Flint | Tribunal Judge
@d Marcus Twumasi | an environmental health officer with Greaves Borough Council
A landlord has been ordered to repay almost a year’s rent to a family who lived with black mould so severe that their toddler was admitted to hospital twice with breathing problems.
Blessing Okonkwo-Reeves, a mother of three, rented the two-bedroom flat in Saddler’s Court, Greaves, from Stavros Papadakis for £1,150 a month.
She told the property tribunal that the mould “⟦p:a|came back within days⟧” every time she scrubbed it off. “⟦d:a|I was bleaching the walls every Sunday. My little one’s cot was against that wall. I moved it and the mould just followed,⟧” she said.
Marcus Twumasi, an environmental health officer with Greaves Borough Council, said he had found “⟦p:d|the most extensive damp and mould I have seen in a property that was still occupied⟧”.
Mr Papadakis, who did not attend the hearing, said in a written submission that the tenants had caused the problem by drying clothes indoors. “⟦d:b|I have let properties for 25 years and never had a complaint like this,⟧” he wrote.
Tribunal Judge Rowena Flint made a rent repayment order of £12,650. “⟦d:c|Blaming the tenants for drying their washing indoors, in a flat with no outside space, is not a serious answer,⟧” she said.
Speaking after the hearing, Ms Okonkwo-Reeves said: “⟦d:a|I just want other renters to know you can fight back. You don’t have to just put up with it.⟧”

### 054
@a Nomvula Dlamini-Ketse | an investigative reporter with the weekly Mabeleng Ledger
@b Thandiwe Ncube | Her lawyer
@c Sipho Radebe | Prosecutor
@d Johan Kritzinger | Magistrate
@e Press Freedom Foundation | -
MABELENG — An investigative journalist charged with «⟦s:-|publishing false news⟧» over her reporting on a state mining contract told a court on Tuesday that she would «⟦p:a|not apologise for the truth⟧».
Nomvula Dlamini-Ketse, 36, an investigative reporter with the weekly Mabeleng Ledger, faces up to five years in prison if convicted.
«⟦d:a|Every figure in my article came from the government's own documents. If those documents are false, then the government should be in the dock, not me,⟧» she told the Mabeleng Regional Court.
Prosecutor Sipho Radebe accused her of «⟦p:c|deliberately misleading the public⟧» and said the article had caused «⟦p:c|panic among investors⟧».
«⟦d:c|Freedom of the press is not freedom to invent,⟧» Mr Radebe said.
Her lawyer, Thandiwe Ncube, asked the court to dismiss the case. «⟦d:b|My client is being prosecuted for doing her job, and doing it well. This charge should never have reached a courtroom,⟧» she said.
Magistrate Johan Kritzinger adjourned the hearing until March. «⟦d:d|I will hear the defence application in full at that time,⟧» he said.
The Press Freedom Foundation said in a statement that the prosecution was «⟦p:e|a transparent attempt to intimidate⟧» reporters across the country.

### 055
@a Grant Ibbotson | the former captain of the patrol vessel Corvin
@b Lydia Ferreira | prosecuting
@c Neville Oduro | Judge Advocate
@d Kirra Donnelly | Able Seaman
A former ship's captain accused of being drunk on duty when his vessel struck a sandbank told a court martial that he had drunk ``⟦p:a|one small glass of wine, with dinner, four hours earlier⟧''.
Lieutenant Commander Grant Ibbotson, the former captain of the patrol vessel Corvin, denies negligently hazarding a ship and a charge of drunkenness. The Corvin ran aground off Skerrow Point in the early hours of 3 August.
Commander Lydia Ferreira, prosecuting, told the board at Portsmere military court centre: ``⟦d:b|The evidence will show that the captain left the bridge at midnight, having drunk considerably more than he now admits, and that he left an inexperienced officer in charge in deteriorating weather.⟧''
Able Seaman Kirra Donnelly, 23, who was on watch that night, said she had smelt alcohol on his breath. ``⟦d:d|He came up to the bridge around half eleven to check the chart. He was slurring a bit. I remember thinking, he's had a few,⟧'' she said.
Cross-examined, she accepted that she had not mentioned the slurring in her first statement. ``⟦d:d|I didn't think it was my place, sir. He was the captain,⟧'' she said.
Judge Advocate Neville Oduro reminded the board that ``⟦p:c|the burden is on the prosecution throughout⟧''. ``⟦d:c|You must be sure. If you are not sure, you must acquit,⟧'' he said.
Ibbotson is expected to give evidence next week.

### 056
@a Daniel Hargreaves-Nunn | PC
@b Harriet Obuya | the legally qualified chair
@c Gavin Tsang | for the force
@d Latoya Grant | a youth worker
@e Ruth Ellory | Deputy Chief Constable
A police officer who was filmed calling a young black woman a "⟦p:a|gobby little cow⟧" during a stop-and-search has been dismissed without notice for gross misconduct.
PC Daniel Hargreaves-Nunn, 29, of Ashworth Police, stopped Latoya Grant, a youth worker, as she walked home from a community centre in June 2023.
Body-worn footage shown at the misconduct hearing captured him saying: "⟦d:a|You lot always kick off. Turn out your pockets or you're nicked.⟧"
Ms Grant told the hearing: "⟦d:d|I said to him, 'What have I done?' He didn't answer. He just kept saying, 'Pockets.' I felt like I was nothing.⟧"
Gavin Tsang, for the force, said the officer's language was "⟦p:c|demeaning and wholly unprofessional⟧".
PC Hargreaves-Nunn told the panel he had been "⟦p:a|having a bad day⟧" and accepted that his language was "⟦p:a|unacceptable⟧". "⟦d:a|I apologise to Ms Grant. I should never have spoken to her like that,⟧" he said.
Announcing the panel's decision, Harriet Obuya, the legally qualified chair, said: "⟦d:b|The public are entitled to expect that officers will treat them with respect regardless of their age, race or background. PC Hargreaves-Nunn fell far short of that.⟧"
Deputy Chief Constable Ruth Ellory said: "⟦d:e|There is no place in Ashworth Police for officers who behave like this.⟧"

### 057
@a Gloria Adeyinka | Samuel’s mother
@b Callum Birtles | the defendant
@c Joanne Birtles | Birtles’s mother
@d Kwarteng-Hale | The judge
@e Farid Rahimi | Detective Chief Inspector
A 17-year-old who stabbed a schoolboy to death in a row over a borrowed bike has been sentenced to detention for life with a minimum term of 16 years.
Samuel Adeyinka, 16, was stabbed once in the chest on Fenner Street, Ladywell Green, on 4 March. He died at the scene.
The judge, Mr Justice Kwarteng-Hale, lifted an order preventing the identification of the defendant, Callum Birtles, saying there was “⟦p:d|a powerful public interest⟧” in naming him.
Samuel’s mother, Gloria Adeyinka, read her statement to the court herself.
“⟦d:a:m|Samuel was the baby of the family. He was the one who made everyone laugh at Christmas. He had a terrible singing voice and he knew it and he sang anyway.⟧
“⟦d:a|I go into his room and I can still smell him on his pillow. I will not wash it. I cannot.⟧”
Birtles’s mother, Joanne Birtles, also addressed the court, turning to face Mrs Adeyinka in the public gallery.
“⟦d:c|I have no right to ask you for anything. I just want you to know that I think about Samuel every day, and I am so, so sorry,⟧” she said.
Mrs Adeyinka nodded but did not reply.
Sentencing, the judge said: “⟦d:d|Two families have been destroyed. One mother has lost her son to the grave, and another has lost hers to prison. It all began with a bicycle.⟧”
Birtles, who pleaded guilty to murder on the first day of his trial, said “⟦d:b|Sorry. I’m sorry⟧” as he was led from the dock.
Detective Chief Inspector Farid Rahimi, who led the investigation, said outside court: “⟦d:e|Knives end lives. It really is as simple as that.⟧”

### 058
@a Matthias Kröger | a consultant dermatologist who worked at the private Elmhurst Clinic in Cranmoor
@b Nisha Bhattacharya | The tribunal chair
@c Patient A | a woman in her forties
@d Carys Whitmore | for the Medical Standards Council
A consultant dermatologist who told patients they had skin cancer when they did not, and then charged them for private surgery, has been struck off the medical register.
Dr Matthias Kröger, a consultant dermatologist who worked at the private Elmhurst Clinic in Cranmoor, was found by a medical practitioners tribunal to have acted dishonestly in relation to 17 patients between 2017 and 2021.
Patient A, a woman in her forties, told the tribunal Dr Kröger had said a mole on her back was "⟦p:a|almost certainly melanoma⟧".
"⟦d:c|I went home and told my kids I might be dying. I paid £3,800 for an operation the next week,⟧" she said. "⟦d:c|It turned out it was a harmless mole. I only found out because my GP asked for the lab report.⟧"
Carys Whitmore, for the Medical Standards Council, said: "⟦d:d|This was not clinical error. Dr Kröger knowingly exploited the fear that a cancer diagnosis provokes.⟧"
Dr Kröger, who did not attend the hearing, said in written submissions that he had "⟦p:a|always acted in what I believed were my patients' best interests⟧".
The tribunal chair, Nisha Bhattacharya, said: "⟦d:b|Patients trusted Dr Kröger at a moment when they were at their most frightened. He abused that trust for financial gain. Erasure is the only appropriate sanction.⟧"

### 059
@a Luke Tregenza | an outdoor instructor
@b Meera Chauhan | Tregenza's solicitor
@c Kevin Sharma | Arjun's father
@d - | A spokesperson for the Southern Prosecution Service
@e Benedict Ormerod | Judge
@f - | Prosecutors
An outdoor activities instructor has been cleared of the manslaughter of a 12-year-old boy who drowned during a school canoeing trip on the River Fenn.
Luke Tregenza, 31, an outdoor instructor, wept in the dock at Penhallow Crown Court as the jury returned a not guilty verdict after nine hours of deliberation.
Arjun Sharma, a pupil at Redbrook Academy, was swept out of his canoe below Trelask weir in April 2022.
Prosecutors had alleged that Tregenza took the group onto the river when it was "⟦p:f|in flood and obviously dangerous⟧".
Judge Benedict Ormerod thanked the jurors. "⟦d:e|This has been a harrowing case for everyone involved, and you have given it the most careful attention,⟧" he said.
Outside court, Tregenza's solicitor, Meera Chauhan, read a statement on his behalf.
"⟦d:a|I think about Arjun every single day. I will carry what happened on that river for the rest of my life. But I did not cause his death, and I am grateful to the jury for seeing that,⟧" the statement said.
Ms Chauhan added that her client had been through "⟦p:b|three years of hell⟧".
Arjun's father, Kevin Sharma, said the family were devastated. "⟦d:c|We came here for answers and we still don't have them. Somebody put our son on that river,⟧" he said.
A spokesperson for the Southern Prosecution Service said: "⟦d:d|We respect the jury's decision. Our thoughts remain with Arjun's family.⟧"

### 060
@a Officer C | The driver of the police car
@b Chidi Okafor | representing the family
@c Eilidh Brannigan | assistant coroner
@d Jodie Maxwell | sister of Ryan Maxwell
A police driver who chased a 19-year-old moped rider through a housing estate at up to 70mph has told an inquest he “⟦p:a|would do exactly the same again⟧”, prompting angry shouts from the public gallery.
Ryan Maxwell died when his moped hit a lamp post on Beacon Road, Hartsfield, in April 2022, 90 seconds after the pursuit began.
The driver of the police car, who was granted anonymity and referred to as Officer C, gave evidence from behind a curtain at Hartsfield Coroner’s Court.
“⟦d:a|He was riding with no lights, on the pavement at times. My job was to stop him before he hurt someone,⟧” he said.
There were cries of “⟦d:-|Liar!⟧” from the public gallery, and the hearing was briefly adjourned.
When it resumed, assistant coroner Eilidh Brannigan said: “⟦d:c|I understand that feelings are running very high. But I must ask everyone in this room to allow the witness to give his evidence.⟧”
Chidi Okafor, representing the family, asked Officer C why he had not called off the pursuit when Ryan rode onto the pavement.
“⟦d:b|Your own force’s policy says a pursuit should be abandoned when the risk to the public outweighs the need to apprehend. Wasn’t that the moment?⟧” Mr Okafor asked.
“⟦d:a|In my judgment, no. The risk was from him, not from me.⟧”
Outside, Jodie Maxwell, sister of Ryan Maxwell, said: “⟦d:d|He was 19. He made a stupid decision on a moped. He didn’t deserve to die for it.⟧”
The inquest continues.

### 061
@a Corliss Hanley | Magistrate Judge
@b Tamsin Wolcott | prosecutor
@c Kai Brennan-Aoki | founder of the payments startup Quillpay
@d Everett Lamb | His lawyer
@e - | A person familiar with the investigation
HARBOR CITY (Coastwire) — The founder of a collapsed payments startup was released on $5 million bail Tuesday after prosecutors failed to persuade a judge that he would flee to a country with no extradition treaty.
Kai Brennan-Aoki, 34, founder of the payments startup Quillpay, is charged with wire fraud and money laundering over what prosecutors say was the disappearance of $310 million in customer funds.
"⟦d:b|This defendant has the means, the motive and the passport to leave, Your Honor,⟧" prosecutor Tamsin Wolcott told Magistrate Judge Corliss Hanley. "⟦d:b|He has already moved assets offshore. We have no reason to think he won't follow them.⟧"
His lawyer, Everett Lamb, said his client had "⟦p:d|every intention⟧" of fighting the charges. "⟦d:d|He has been living in the same apartment, going to the same coffee shop, for six months while this investigation was publicly reported. If he wanted to run, he would have run,⟧" Lamb said.
Hanley set conditions including electronic monitoring and the surrender of his passports. "⟦d:a|Three passports, Mr. Brennan-Aoki?⟧" the judge asked.
"⟦d:c|Two of them are expired, Your Honor,⟧" he replied.
"⟦d:a|Then you won't miss them,⟧" she said.
A person familiar with the investigation said prosecutors were examining transfers to "⟦p:e|at least four⟧" overseas accounts.

### 062
@a Cathal Ó Dálaigh | Judge
@b Aisling Mooney | Detective Garda
@c Brendan Shortall | father of Ciara Shortall
@d Orla Ní Bhriain | defending
@e Jamie Kinsella | -
A young man who was driving at more than twice the speed limit when he struck and killed a 17-year-old girl on her way home from a school disco has been jailed for four years.
Jamie Kinsella, 22, of Ardbeg Road, Ballymoran, pleaded guilty at Ballymoran Circuit Criminal Court to dangerous driving causing the death of Ciara Shortall on the Kilcrone Road on 17 May 2023.
Detective Garda Aisling Mooney told the court that Kinsella had been travelling at 112km/h in a 50km/h zone. “⟦d:b|Ciara was on the footpath. She had nowhere to go,⟧” she said.
Brendan Shortall, father of Ciara Shortall, read his victim impact statement in a steady voice.
“⟦d:c:m|Ciara had her dress picked out for her debs. It is still hanging on the back of her bedroom door. Her mother cannot bring herself to move it, and neither can I.⟧
“⟦d:c|We do not want this young man’s life destroyed. We want him to understand what he took.⟧”
Orla Ní Bhriain SC, defending, said her client had “⟦p:d|not driven a car since that night and never will again⟧”.
Kinsella then stood and turned towards the Shortall family. “⟦d:e|I’m sorry. I know I can’t fix it. I’d swap places with her if I could,⟧” he said.
Judge Cathal Ó Dálaigh said it was “⟦p:a|one of the most tragic cases⟧” to have come before him. “⟦d:a|You did not set out to hurt anyone that night. But you chose to drive in a manner that made it all but inevitable that somebody would be hurt,⟧” he said.
He suspended the final year of the sentence and disqualified Kinsella from driving for 15 years.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh111.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh111",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
