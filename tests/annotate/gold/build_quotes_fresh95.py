# ruff: noqa: E501
"""Build ``quotes_fresh95.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families (with statements read to court), inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, immigration,
housing, disciplinary and sports tribunals, written up in wire, broadsheet, local-paper,
tabloid, magazine and broadcaster styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh95-NNN``.

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

* Court-report tags directly after a lawyer's name (``prosecuting``, ``defending``,
  ``mitigating``, ``for the Crown``, ``for the claimant``, ``for the family``,
  ``for the developer``, ``representing the family``) are the description: they are
  the role as written in the passage. ``In mitigation, X said`` is not a tag (null
  description).
* Judicial, official, police and military titles standing before the name
  (``Judge``, ``Justice``, ``Lady Justice``, ``District Judge``, ``Employment Judge``,
  ``Recorder``, ``Sheriff``, ``Senior coroner``, ``Detective Garda``, ``PC``,
  ``Inspector``, ``Lance Corporal``, ``Deputy Public Prosecutor``, ``Attorney General``)
  count as role titles. ``Dame``, ``Sir``, ``Professor``, ``Advocate``, ``Major``,
  ``Captain``, ``SC`` are dropped from the name; when the same person also has an
  appositive or tag, that is the description (``Major Caroline Ashby, prosecuting``
  → ``prosecuting``).
* A description before the name set off by a comma (``The coroner, Sian
  Pryce-Morgan,``, ``His barrister, Sorcha Breen,``) counts like a relational phrase.
* Precedence where a speaker has several: the appositive or tag at the point where
  the name is first given; else a title or phrase standing before the name there;
  else, when the opening paragraph introduced the person by a description alone (``A
  former schoolteacher told …``, ``the trial of a woman accused of …``) and a later
  paragraph names them, that description as written up to its verb, with any
  restrictive clause; else a definite description used at a cue. Ages, addresses and
  later appositives (``Pike, a scaffolder, of Mercer Way``) are not descriptions.
* An unnamed speaker's description is the noun phrase that introduces them (``The
  jury foreperson, who declined to give her name`` → ``The jury foreperson``).
* A witness known to a court or inquiry only by a cipher (``W41``, ``BH-7``) has the
  cipher as the speaker's name.
* A victim or family statement read aloud by a prosecutor or solicitor belongs to the
  person who wrote it; a jury note belongs to the juror who wrote it.
* In a printed courtroom exchange (alternating quote-only paragraphs) each turn
  belongs to the person whose turn it is; a recorded call played in court belongs to
  the people on the recording.
* Words a witness or document attributes to a third party and which the reporter
  repeats as a fragment (``described the exercise as "punishment for being slow"``)
  are ``partial`` speech by that third party. A fragment of a document or log whose
  author is not identified is ``partial`` with a null speaker.
* A quote that one of two named people said, without saying which (``one of them
  says``), has speaker and description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh95.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh95.jsonl")

PASSAGES = """
### 001
@a Harriet Quennell | prosecuting
@b Dariusz Nowicki | the defendant's former flatmate
@c Callum Reddaway | defending
@d Tobias Wren | A man accused of murdering a takeaway delivery rider in Kelsford
A man accused of murdering a takeaway delivery rider in Kelsford told his former flatmate he had “⟦p:d|sorted it⟧” hours after the stabbing, a jury heard on Tuesday.
Tobias Wren, 29, denies murdering Abdirahman Yusuf, 41, who was found with a single stab wound on Tanner's Row in the early hours of 14 March.
Giving evidence at Kelsford Crown Court, Dariusz Nowicki, the defendant's former flatmate, said Wren came home at about 3am “⟦p:b|soaked through⟧” and went straight to the bathroom.
“⟦d:b|He said, ‘It's sorted, don't ask,’ and shut the door,⟧” Mr Nowicki told the court. “⟦d:b|I didn't ask. I went back to bed.⟧”
Harriet Quennell KC, prosecuting, asked him: “⟦d:a|Why didn't you call the police that night?⟧”
“⟦d:b|I was scared of him,⟧” he replied. “⟦d:b|Everybody in that flat was scared of him.⟧”
Under cross-examination by Callum Reddaway KC, defending, Mr Nowicki accepted that he had told detectives in his first interview that he had been asleep all night.
“⟦d:c|So which is it?⟧” Mr Reddaway asked. “⟦d:c|Were you asleep, or were you watching my client come home?⟧”
“⟦d:b|I lied the first time,⟧” the witness said. “⟦d:b|I didn't want to be involved.⟧”
“⟦d:c|You lied to the police then. Why should this jury believe you now?⟧”
“⟦d:b|Because now I'm telling the truth.⟧”
In a prepared statement read to the jury, Wren said he had “⟦p:d|never set foot on Tanner's Row that night⟧” and did not know Mr Yusuf.
The trial continues.

### 002
@a Philippa Ashdown | Judge
@b Rhys Pengelly | A van driver who was looking at his phone when he ploughed into a teenage cyclist on the A4087
@c Gwen Tallis | his mother
@d Morgan Lloyd | mitigating
A van driver who was looking at his phone when he ploughed into a teenage cyclist on the A4087 has been jailed for six years and four months.
Rhys Pengelly, 38, of Heol Maes, Llanbryn, admitted causing death by dangerous driving at an earlier hearing.
Owain Tallis, 17, died at the scene near the Cwm Farm junction on a bright Sunday morning in June last year.
In a statement read to Merthyr Vale Crown Court by the prosecutor, his mother, Gwen Tallis, said the family had been "⟦p:c|torn in half⟧".
"⟦d:c|Owain was the loud one. The house is so quiet now that I leave the radio on all day just to hear a voice,⟧" she wrote.
"⟦d:c|Every time I hear a van brake outside I am back on that road.⟧"
Morgan Lloyd, mitigating, said his client had written a letter to the family which he hoped "⟦p:d|would not be read as an excuse⟧".
In the letter, Pengelly wrote: "⟦d:b|There is nothing I can say that will bring your son back. I looked away for a few seconds and I will live with that every day.⟧"
Jailing him, Judge Philippa Ashdown said the dashcam footage of the crash was "⟦p:a|among the most distressing I have seen⟧".
"⟦d:a|You chose to read a message at 50mph on a road you knew well, on a morning when cyclists were out in numbers,⟧" she told him. "⟦d:a|That choice cost a young man his life.⟧"
"⟦d:a|Nothing this court does can reflect the value of that life. The sentence is not a price.⟧"
Pengelly was also banned from driving for nine years and two months.

### 003
@a Sian Pryce-Morgan | The coroner
@b Fergus Doyle | a consultant pathologist
@c Nadia Osei | Her sister
@d Harbour View Care Trust | the trust
@e - | A healthcare assistant
A woman who died in a mental health unit in Port Ardeen had been left unobserved for almost two hours despite being on 15-minute checks, an inquest has heard.
Abena Osei, 52, was found unresponsive in her room at the Larchfield Unit in February last year.
Fergus Doyle, a consultant pathologist, told the hearing at Port Ardeen Coroner's Court that she was likely to have died some time before she was found.
“⟦d:b|In my opinion she had been dead for at least an hour, and possibly longer,⟧” he said.
Observation records shown to the court had been signed as completed at 03:15, 03:30 and 03:45. A healthcare assistant, who cannot be named for legal reasons, accepted she had filled in the chart “⟦p:e|from memory⟧” at the end of her shift.
“⟦d:e|We were two staff short that night. I know that's not an excuse,⟧” she said.
Her sister, Nadia Osei, said outside court: “⟦d:c|Abena went there to be kept safe. They were writing down checks that never happened.⟧”
The coroner, Sian Pryce-Morgan, said she would consider whether to issue a report to prevent future deaths.
“⟦d:a|I want to understand whether this was one person's failing or a system that made it easy to fail,⟧” she said.
In a statement, Harbour View Care Trust said it had “⟦p:d|fully reviewed its observation policy⟧” since Ms Osei's death. “⟦d:d|Our thoughts remain with Abena's family,⟧” the trust said.
The inquest continues.

### 004
@a Jordan Pike | A BRIDE'S brother
@b Lacey Pike | The bride
@c Imran Qureshi | Prosecutor
@d Neville Stroud | District Judge
@e Rochelle Amankwah | -
@w - | one witness
A BRIDE'S brother knocked out the best man with a single punch after a row over a speech at her wedding reception, a court heard.
Jordan Pike, 31, flew into a rage when Sam Danvers joked about the groom's ex-girlfriends during his toast at the Old Mill Hotel in Stanbridge.
Horrified guests watched as Danvers, 33, hit the dancefloor "⟦p:w|like a sack of spuds⟧", according to one witness statement.
Prosecutor Imran Qureshi told Stanbridge magistrates: "⟦d:c|It was a single blow but a heavy one. Mr Danvers was unconscious before he hit the floor and he needed eight stitches.⟧"
Pike, a scaffolder, of Mercer Way, admitted assault occasioning actual bodily harm.
In mitigation, Rochelle Amankwah said her client was "⟦p:e|deeply ashamed⟧" and had "⟦p:e|not touched a drop since⟧".
District Judge Neville Stroud told Pike: "⟦d:d|Weddings are supposed to be the happiest day of a family's life. You turned this one into a crime scene.⟧"
He was given a 12-month community order with 150 hours' unpaid work and ordered to pay Danvers £750 compensation.
Asked by reporters if he had anything to say, Pike muttered: "⟦d:a|Not really. It's done.⟧"
The bride, Lacey Pike, 28, said outside court: "⟦d:b|My wedding day is ruined forever. I've not even looked at the photos.⟧"
She added: "⟦d:b|He's my brother and I love him, but he needs to grow up.⟧"

### 005
@a Adaeze Nwosu | counsel to the inquiry
@b Lionel Fairbrother | The former housing minister
@c Margaret Ellery | the chair
@d Tunde Bakare | -
The former housing minister Lionel Fairbrother has admitted that warnings about combustible cladding “⟦p:b|never reached my desk in a form I could act on⟧”, in testy exchanges at the Westbrook Tower inquiry.
Questioned by Adaeze Nwosu KC, counsel to the inquiry, Fairbrother said officials had briefed him on the issue “⟦p:b|in general terms⟧” in the spring of 2016.
“⟦d:a|In general terms,⟧” Ms Nwosu repeated. “⟦d:a|Mr Fairbrother, the letter at tab 14 runs to six pages and describes, in terms, a fire travelling up the outside of a building. What about that is general?⟧”
“⟦d:b|I accept it is detailed. I am saying I did not see it,⟧” he replied.
“⟦d:a|Who did?⟧”
“⟦d:b|My private office would have logged it. Beyond that I can't help you.⟧”
At one point the chair, Dame Margaret Ellery, intervened to ask the witness to “⟦p:c|answer the question that has been put, not the one you would prefer⟧”.
Fairbrother, who left parliament in 2019, told the inquiry he was “⟦p:b|profoundly sorry⟧” for the loss of 23 lives. “⟦d:b|If I had known then what I know now, I would have done things differently. Every one of us would,⟧” he said.
Outside the hearing, Tunde Bakare, whose brother died on the 17th floor, said the apology had “⟦p:d|come seven years too late⟧”.
“⟦d:d|He keeps saying he didn't know. It was his job to know,⟧” he said.
The hearing continues on Thursday.

### 006
@a Esteban Villalobos | a paving contractor
@b Naomi Feld | Assistant U.S. Attorney
@c Curtis Oduya | defense attorney
@d Patricia Halvorsen | U.S. District Judge
@e - | His attorneys
NEW BRENNAN, Conn. (Wire) - A construction executive testified Wednesday that he handed former Lakeport comptroller Gerald Whitcombe envelopes of cash in a parking garage "⟦p:a|at least a dozen times⟧" in exchange for city contracts.
Esteban Villalobos, a paving contractor, who has pleaded guilty and is cooperating with prosecutors, told jurors in federal court that the payments began in 2017.
"⟦d:a|He told me the contracts didn't award themselves,⟧" Villalobos said. "⟦d:a|I understood what that meant.⟧"
Questioned by Assistant U.S. Attorney Naomi Feld, he said the amounts ranged from $5,000 to $20,000.
"⟦d:b|Did you ever deliver cash to Mr. Whitcombe's office?⟧" Feld asked.
"⟦d:a|Never to the office,⟧" Villalobos replied. "⟦d:a|Always to him, always in the garage.⟧"
On cross-examination, defense attorney Curtis Oduya sought to portray the witness as a man "⟦p:c|who will say anything to stay out of prison.⟧"
"⟦d:c|You're facing up to 20 years, correct?⟧" Oduya asked.
"⟦d:a|That's what they tell me.⟧"
"⟦d:c|And your lawyer has told you that if these folks are happy with your testimony, you might get a whole lot less?⟧"
"⟦d:a|I'm hoping for less. I'm telling the truth either way.⟧"
U.S. District Judge Patricia Halvorsen sustained several objections from prosecutors and at one point told Oduya to "⟦p:d|move along, counsel.⟧"
Whitcombe, 64, has pleaded not guilty to bribery and extortion charges. His attorneys have said in court filings that the cash was repayment of "⟦p:e|personal loans between longtime friends.⟧"
Testimony resumes Thursday.

### 007
@a Bernadette Keogh | a senior staff nurse
@b Ashok Menon | the ward manager
@c Lucinda Farrow | Employment Judge
@d - | A spokesperson for the trust
@e Saltmarsh University Hospitals NHS Trust | -
A nurse who repeatedly raised concerns about unsafe staffing on a children's ward was unfairly dismissed and subjected to a “⟦p:c|campaign of petty exclusion⟧”, an employment tribunal has ruled.
Bernadette Keogh, a senior staff nurse, had worked at Saltmarsh General Hospital for 22 years when she was dismissed in 2022 for what Saltmarsh University Hospitals NHS Trust called “⟦p:e|an irretrievable breakdown in working relationships⟧”.
Giving evidence last month, Ms Keogh told the tribunal that she had raised the issue “⟦p:a|at every huddle, in every email, for eight months⟧”.
“⟦d:a|I was told I was being negative. I was told other wards managed. Other wards didn't have six ventilated babies and two nurses,⟧” she said.
Ashok Menon, the ward manager, denied excluding her from rotas and meetings. “⟦d:b|I had a very difficult ward to run and Bernie was, at times, very difficult to manage,⟧” he said under cross-examination.
Asked by the claimant's counsel whether he had ever written down her concerns, he said: “⟦d:b|Not formally, no.⟧”
In the written judgment, Employment Judge Lucinda Farrow said the panel had found Mr Menon's evidence “⟦p:c|guarded and, in places, unconvincing⟧”.
“⟦d:c|The claimant was, on the evidence, right about staffing. She was punished for being right, and for saying so more than once,⟧” the judgment said.
A spokesperson for the trust said: “⟦d:d|We accept the tribunal's findings and apologise to Ms Keogh. We have made significant changes to how concerns are escalated.⟧”
A hearing to decide compensation will take place in the spring.

### 008
@a Hamid Rahimi | a 46-year-old chef
@b Ellen Marsh | Upper Tribunal Judge
@c Sorcha Breen | His barrister
@d - | The presenting officer for the Department for Borders
@e Laila Rahimi | his 15-year-old daughter
A chef who has lived in Kelsford for 21 years has won his appeal against deportation after his barrister told a tribunal that removing him to Afghanistan would leave his teenage daughter «⟦p:c|without the one stable adult in her life⟧».
Hamid Rahimi, a 46-year-old chef, gave evidence through a Dari interpreter at the hearing in Harwick.
«⟦d:a|I came here with nothing. I have paid tax every year. My daughter does not know any other country,⟧» he told the tribunal.
The presenting officer for the Department for Borders argued that Mr Rahimi's 2009 conviction for handling stolen goods still weighed heavily. «⟦d:d|The public interest in deportation is not diminished simply by the passage of time,⟧» he said.
Laila Rahimi, his 15-year-old daughter, wrote in a statement to the tribunal: «⟦d:e|If he goes, I go into care. That is the choice.⟧»
His barrister, Sorcha Breen, said the conviction was «⟦p:c|fifteen years old, spent, and out of character⟧». «⟦d:c|This is a man who has done everything that was asked of him,⟧» she said.
In her decision, Upper Tribunal Judge Ellen Marsh said the impact of removal on Laila would be «⟦p:b|unduly harsh in the plainest sense of those words⟧».
«⟦d:b|This is not a finely balanced case,⟧» she wrote.

### 009
@a Glenys Harper | Retired teacher
@b Moira Lennox | Another victim
@c Victor Hale | Prosecutor
@d Stuart Blaine | A CONMAN who posed as an airline pilot to fleece lonely women out of £340,000
A CONMAN who posed as an airline pilot to fleece lonely women out of £340,000 told one victim he was "⟦p:d|stuck in Dubai with a broken heart and a frozen bank card⟧", a court heard.
Stuart Blaine, 52 - dubbed "⟦s:-|Captain Casanova⟧" by the women he targeted - sent hundreds of gushing messages to women he met on dating sites, jurors were told.
Retired teacher Glenys Harper, 71, wept as she told Dunholm Crown Court she had handed over her life savings.
"⟦d:a|He said he loved me. Nobody had said that to me in 20 years,⟧" she said. "⟦d:a|I'd have given him anything. I did give him everything.⟧"
Prosecutor Victor Hale read out one message in which Blaine wrote: "⟦d:d|My darling G, the captain's chair is lonely without you. Just £4,000 more and I'm home for good.⟧"
He told jurors: "⟦d:c|This was not romance. It was a business, and these women were his customers.⟧"
Another victim, Moira Lennox, 66, told the court: "⟦d:b|My grandson looked up the plane he said he was flying. It doesn't exist.⟧"
Blaine, of no fixed address, denies 14 counts of fraud. The trial continues.

### 010
@a Delroy Baptiste | A man who spent 17 years in prison for a murder he has always said he did not commit
@b Imogen Thackeray | Lady Justice
@c Priyanka Sood | His solicitor
@d Miscarriages Review Commission | the commission
@e Colette Baptiste | His sister
A man who spent 17 years in prison for a murder he has always said he did not commit has had his conviction quashed by the Court of Appeal.
Delroy Baptiste, now 49, was convicted in 2007 of killing Leon Farquharson outside a nightclub in Eastmoor.
Three judges ruled on Friday that new DNA evidence and the discredited testimony of a key witness made the conviction unsafe.
Giving the judgment of the court, Lady Justice Imogen Thackeray said: “⟦d:b|We are unable to say that the jury would inevitably have convicted had they known what we now know. It follows that the conviction cannot stand.⟧”
Mr Baptiste, who was released on licence in 2023, punched the air as the ruling was read.
“⟦d:a|Seventeen years. My mum died while I was inside. I missed all of it,⟧” he told reporters outside the court.
“⟦d:a|I'm not angry today. Ask me tomorrow.⟧”
His sister, Colette Baptiste, said the family had “⟦p:e|never stopped knocking on doors⟧”.
His solicitor, Priyanka Sood, called for an independent review of the original investigation. “⟦d:c|This was not a near miss. Evidence that pointed away from Delroy was sitting in a police storeroom for a decade,⟧” she said.
The Miscarriages Review Commission, which referred the case, welcomed the decision. “⟦d:d|We hope today brings Mr Baptiste and his family some measure of peace,⟧” the commission said.
Prosecutors said they would not seek a retrial.

### 011
@a Celeste Marchbanks | the television cook
@b Rufus Adeyemi-Hart | The critic
@c Hilary Vosper | for the claimant
@d Rowena Quist | The judge
For three days in Court 13, Celeste Marchbanks, the television cook, has sat very still. She does not take notes. She watches the man who called her flagship restaurant “⟦p:b|a theme park with a carvery⟧” and, she says, ruined her business.
The critic, Rufus Adeyemi-Hart, has been feared by restaurateurs for two decades. His defence to her libel claim is “⟦s:-|honest opinion⟧”, a phrase that has now been said in this room so often it has stopped sounding like English. On Wednesday he went into the witness box.
Hilary Vosper KC, for the claimant, began gently.
“⟦d:c|You had eaten there once?⟧”
“⟦d:b|Once was enough,⟧” Adeyemi-Hart said, and somebody in the public gallery laughed.
“⟦d:c|Once. On a Tuesday. In the first week of opening. With a kitchen that, the court has heard, was short of two chefs.⟧”
“⟦d:b|I review what I'm served. I'm not a charity.⟧”
The judge, Dame Rowena Quist, asked him to keep his answers “⟦p:d|to the question, and rather shorter than your columns⟧”. He bowed slightly.
Marchbanks had given her own evidence the day before, her voice steady until the very end.
“⟦d:a:m|I read it at five in the morning on my phone. By lunchtime we'd had forty cancellations. By the end of the month I'd let go of eleven people, some of whom had been with me since I was cooking in a pub.⟧
“⟦d:a|He's entitled not to like my food. He's not entitled to say things that aren't true.⟧”
The word “⟦s:-|carvery⟧” has become, over the week, a kind of weapon. Vosper uses it sparingly, like a prosecutor producing a knife.
Asked in the corridor afterwards whether he regretted anything about the review, Adeyemi-Hart smiled. “⟦d:b|The gravy,⟧” he said.

### 012
@a Kieran Foley | A builder who dumped a van-load of plasterboard in a country lane
@b Sunita Bhatt | Prosecutor
@c Eileen Mossop | Chair of the bench
@d Aled Jenkins | defending
@e Terrence Mould | -
A builder who dumped a van-load of plasterboard in a country lane told police he thought the spot was "⟦p:a|a sort of free skip⟧", Wellbridge magistrates heard.
Kieran Foley, 44, of Orchard Close, Wellbridge, admitted a fly-tipping offence on Hollin Lane in August.
Prosecutor Sunita Bhatt said the waste had been found by a dog walker and traced back to Foley through a delivery note left among the rubble. "⟦d:b|The council spent £1,200 clearing it,⟧" she said.
Foley, representing himself, told the bench: "⟦d:a|I'm not going to argue. It was stupid.⟧"
Chair of the bench Eileen Mossop said: "⟦d:c|Our countryside is not your tip.⟧" He was fined £600 and ordered to pay the clean-up costs.
Ffion Reece, 23, of Chapel Street, Llanhowell, was more than twice the legal limit when police stopped her on the A483 in the early hours of a Saturday morning.
Aled Jenkins, defending, said: "⟦d:d|She is mortified. She has lost her job as a result and she knows she has only herself to blame.⟧" She was banned from driving for 18 months.
Terrence Mould, 61, of no fixed address, admitted stealing two packs of steak and a jar of coffee from the Costwise store in Bridge Street.
"⟦d:e|I was hungry,⟧" he told the court. He was given a conditional discharge.

### 013
@a Rosalind Achebe | Senior coroner
@b Paul Hendry | His father
@c Wiktor Zając | Sergeant
@d - | A friend who was with him
A 16-year-old boy who drowned at a flooded quarry near Ashby Fell had jumped in to cool off on the hottest day of the year and was ``⟦p:d|gone in seconds⟧'', an inquest has heard.
Jamie Hendry, from Ashby, died at Scarrow Quarry on 19 July last year.
A friend who was with him said in a statement read to the inquest: ``⟦d:d|He jumped, came up laughing, and then he just went under. We couldn't see him. He was gone in seconds.⟧''
Sergeant Wiktor Zając, of Fellside Police, told the hearing that the water was far colder than it looked from the bank.
``⟦d:c|Even on a hot day the water at depth is around eight degrees. Cold water shock can incapacitate a strong swimmer within a minute,⟧'' he said.
His father, Paul Hendry, said the family wanted ``⟦p:b|every parent in the county to hear this⟧''.
``⟦d:b|Jamie was a good swimmer. He'd done all his badges. None of that matters in water like that,⟧'' he said.
Senior coroner Rosalind Achebe recorded a conclusion of misadventure.
``⟦d:a|Signs alone are plainly not working. I will be writing to the quarry's owners and to the county council,⟧'' she said.

### 014
@a Fatmata Sesay | A former schoolteacher
@b Hélène Vautrin | Senior trial attorney
@c Augustin Ndayisaba | -
@d Ingrid Solberg | Presiding Judge
@e Dieudonné Kalala | His lawyer
VELLMAR, May 14 (Wire) – A former schoolteacher told an international tribunal on Tuesday that militia fighters under the command of Augustin Ndayisaba herded villagers into a church in Moro-Kessa and set it alight.
Fatmata Sesay, 54, speaking through an interpreter, said she survived by hiding beneath the bodies of her neighbours.
“⟦d:a|I could hear them singing outside. They were singing while the roof burned,⟧” she said.
“⟦d:b|Madam Sesay, did you see the accused that day?⟧” asked senior trial attorney Hélène Vautrin.
“⟦d:a|Yes. He was standing by the water tank. He had a red beret. Everybody knew him,⟧” Sesay replied.
Ndayisaba, 61, who denies 11 counts of war crimes and crimes against humanity, shook his head and muttered, prompting Presiding Judge Ingrid Solberg to warn that he would be removed from the courtroom “⟦p:d|if there is one more interruption⟧”.
His lawyer, Dieudonné Kalala, suggested in cross-examination that the witness had confused his client with another commander.
“⟦d:e|There were many red berets in Moro-Kessa that year, were there not?⟧” Kalala asked.
“⟦d:a|There was only one man they called ‘the Teacher's Son’. I taught his sister to read,⟧” she said.
At the opening of the trial in March, Ndayisaba told the court: “⟦d:c|I was a soldier, not a murderer. I ask the judges to look at the evidence and not at the stories.⟧”
The trial is expected to last until next year.

### 015
@a Helena Marchetti | Justice
@b Kim-Ly Tran | Her sister
@c Hoa Tran | her mother
@d Dale Kinnersley | A man who beat his partner to death in their Yarrowee Flats home
@e Andrew Papadakis | Crown prosecutor
A man who beat his partner to death in their Yarrowee Flats home has been jailed for 28 years, with a non-parole period of 21 years.
Dale Kinnersley, 37, pleaded guilty to murdering Mai Tran, 29, in November 2022.
Her sister, Kim-Ly Tran, told the Supreme Court on Friday that the family had been "⟦p:b|hollowed out⟧".
"⟦d:b|Mai used to ring me every night at nine. I still look at my phone at nine,⟧" she said, turning to face Kinnersley. "⟦d:b|You took the person who made our family laugh.⟧"
A statement from her mother, Hoa Tran, was read to the court by Crown prosecutor Andrew Papadakis because she was too distressed to speak.
"⟦d:c|I came to this country so my children would be safe,⟧" she wrote. "⟦d:c|I did not keep her safe. I will carry that.⟧"
Mr Papadakis told the court: "⟦d:e|The injuries speak for themselves. This was not a momentary loss of control; it went on for the best part of an hour.⟧"
Justice Helena Marchetti described the attack as "⟦p:a|brutal, prolonged and utterly senseless⟧".
"⟦d:a|Ms Tran was entitled to be safe in her own home. You took that from her in the most violent way imaginable,⟧" Her Honour said.
Kinnersley, who wept through much of the hearing, said "⟦d:d|I'm sorry⟧" as he was led from the dock.

### 016
@a Roisin Gallagher | lead counsel to the inquiry
@b Miriam Ostrowska | The former chief executive of Vale Water
@c Henry Ashcombe | the inquiry chairman
@d - | A spokesperson for the Vale Water Victims Group
@e Vale Water | -
@m - | a regional operations manager
The former chief executive of Vale Water has told a public inquiry that she was “⟦p:b|not made aware⟧” of test results showing dangerous levels of bacteria in the Thornbury reservoir until three weeks after the first children fell ill.
Miriam Ostrowska, who ran the utility from 2015 to 2021, was questioned for more than five hours by Roisin Gallagher KC, lead counsel to the inquiry.
“⟦d:a|The results came back on the 3rd of August. You are telling the chairman you first saw them on the 24th?⟧” Ms Gallagher asked.
“⟦d:b|That is my recollection, yes.⟧”
“⟦d:a|Three weeks. In which time, we now know, 41 children were admitted to hospital.⟧”
“⟦d:b|I'm aware of that, and I think about it every day,⟧” Ms Ostrowska said. “⟦d:b|But I can only tell the inquiry what I knew and when I knew it.⟧”
She said the laboratory had flagged the results to a regional operations manager, who had logged them as “⟦p:m|a probable sampling error⟧”.
Sir Henry Ashcombe, the inquiry chairman, asked her whether a system in which a chief executive could remain unaware for three weeks was “⟦p:c|a system that worked⟧”.
“⟦d:b|No, chairman. It was not,⟧” she replied.
A spokesperson for the Vale Water Victims Group said: “⟦d:d|Today we heard the words ‘not made aware’ eleven times. Not once did we hear who should have made her aware.⟧”
In a statement, Vale Water said it “⟦p:e|continues to cooperate fully with the inquiry⟧”.

### 017
@a Serkan Yildiz | A takeaway owner accused of setting fire to a rival's shop
@b Gideon Marlowe | prosecuting
@c Tariq Mahmood | defending
@d Jane Abernethy | Recorder
A takeaway owner accused of setting fire to a rival's shop told a jury he was at home "⟦p:a|watching the football with my kids⟧" when the blaze started.
Serkan Yildiz, 45, denies arson with intent to endanger life following the fire at Anatolia Grill in Market Street, Farnleigh, in September.
Giving evidence in his own defence at Farnleigh Crown Court, Yildiz said: "⟦d:a|I had no reason to do this. His shop and my shop are a mile apart. We sell different things.⟧"
Tariq Mahmood, defending, showed him a still from CCTV footage of a hooded man pouring liquid through the shop's letterbox.
"⟦d:c|Is that you, Mr Yildiz?⟧" Mr Mahmood asked.
"⟦d:a|No. That man is taller than me and he walks different,⟧" Yildiz replied.
Under cross-examination by Gideon Marlowe, prosecuting, he was shown WhatsApp messages in which he had called the rival owner "⟦p:a|a snake who will get what's coming⟧".
"⟦d:b|Those are your words, aren't they?⟧" Mr Marlowe asked.
"⟦d:a|They are my words. I was angry. Angry is not a crime.⟧"
"⟦d:b|Setting fire to a building with a family asleep upstairs is, Mr Yildiz.⟧"
Mr Mahmood objected, and Recorder Jane Abernethy told the jury to "⟦p:d|disregard that remark of counsel, which was not a question⟧".
The trial continues.

### 018
@a Marie-Ève Thibodeau | Coroner
@b Darlene Sinclair | Chief
@c Brent Lachance | the officer who booked Mr. Cardinal into cells
@d Ruth Cardinal | His mother
THUNDER RAPIDS — A coroner's jury has made 19 recommendations after an inquest into the death of Travis Cardinal, a 27-year-old Whitefish Narrows man who died in a police holding cell in 2021.
Cardinal was found unresponsive after being monitored overnight by video camera rather than checked in person, the inquest heard.
Brent Lachance, the officer who booked Mr. Cardinal into cells, testified earlier this month that he believed Cardinal was “⟦p:c|sleeping it off.⟧”
“⟦d:c|In hindsight, I should have gone in and woken him. I didn't, and I have to live with that,⟧” he said.
His mother, Ruth Cardinal, attended every day of the three-week inquest.
“⟦d:d|My son was not a drunk in a cell. He was a father, he was a hockey coach, he was somebody's boy,⟧” she said after the jury's findings were read.
“⟦d:b|Nineteen recommendations is nineteen admissions,⟧” said Chief Darlene Sinclair of the Whitefish Narrows First Nation. “⟦d:b|Now we'll see how many of them they actually do.⟧”
Coroner Marie-Ève Thibodeau thanked the five jurors for what she called their “⟦p:a|patience and their care⟧” over three difficult weeks.

### 019
@a Jaden Okoro-Price | WOLVERDON winger
@b Barnaby Fitch | his solicitor
@c Angharad Pugh | District Judge
@d - | One fan
WOLVERDON winger Jaden Okoro-Price has dodged a driving ban - thanks to the lawyer nicknamed "⟦s:-|Mr Technicality⟧".
The 24-year-old was clocked at 62mph in a 40 zone in his £180,000 supercar on the Ashgrove bypass last March.
But Barnaby Fitch, his solicitor, argued the notice of intended prosecution had been sent to the wrong address.
"⟦d:b|The law is the law. If the police can't post a letter correctly, that is not my client's fault,⟧" Fitch told Ashgrove Magistrates' Court.
District Judge Angharad Pugh said she had "⟦p:c|no choice⟧" but to dismiss the case. "⟦d:c|I do so with no great enthusiasm,⟧" she added.
Okoro-Price, who scored twice against Harlow Town on Saturday, said nothing in court but grinned as he signed autographs on the steps outside.
"⟦d:a|Just glad it's over, mate. Back to football,⟧" he told waiting reporters.
One fan shouted: "⟦d:d|Get a Fiat, Jaden!⟧"

### 020
@a Priya Venkataraman | a former engineering director at the software group Lumenfold
@b Conrad Vance | the chief executive
@c Zhou Meilin | Employment Judge
@d Saskia Brandt | Lumenfold's barrister
@e Lumenfold | -
Priya Venkataraman, a former engineering director at the software group Lumenfold, has told an employment tribunal she was sidelined after returning from maternity leave and told by the chief executive, Conrad Vance, that her role “⟦p:b|needed someone hungry⟧”.
Venkataraman, who is claiming sex discrimination and constructive dismissal, said Vance made the remark in a hotel bar after a leadership offsite in 2022.
“⟦d:a|I had run that team for six years. I came back and my reports had been moved, my budget had been moved, and I was told it was a restructure,⟧” she told the hearing.
“⟦d:a|Nobody else was restructured.⟧”
Lumenfold's barrister, Saskia Brandt, put it to her that the reorganisation had affected four directors. “⟦d:d|You were one of four, weren't you?⟧” she asked.
“⟦d:a|I was one of four on paper. I was the only one who lost her team,⟧” Venkataraman replied.
Vance, giving evidence on Thursday, denied making the remark. “⟦d:b|I have never said that to anyone, and I wouldn't. It's not how I talk,⟧” he said.
He accepted he had been in the bar that night, “⟦p:b|but for a glass of water and a phone call⟧”.
“⟦d:c|Did you speak to the claimant at all?⟧” asked Employment Judge Zhou Meilin.
“⟦d:b|Briefly. About the weather, I think.⟧”
Lumenfold said in a statement that it “⟦p:e|strongly refutes⟧” the claims and would “⟦p:e|continue to defend its position⟧”. The hearing continues.

### 021
@a Ramona Estrada-Whitfield | Justice
@b Theodore Blum | Justice
@c Kendra Oyelaran | Attorney General
@d Calder Liberties Project | the group
SPRINGVALE, Calder (Wire) - The Calder Supreme Court on Thursday struck down a state law allowing police to search phones at traffic stops without a warrant, ruling 5-2 that it violated the state constitution.
"⟦d:a|A phone is not a glovebox,⟧" Justice Ramona Estrada-Whitfield wrote for the majority. "⟦d:a|It holds the papers, the photographs and the private correspondence of a life, and the constitution protects those things wherever they happen to be carried.⟧"
In a dissent joined by one other member of the court, Justice Theodore Blum said the majority had "⟦p:b|substituted its policy preferences for the judgment of the legislature.⟧"
"⟦d:b|Nothing in the text or history of our constitution compels this result,⟧" Blum wrote.
Attorney General Kendra Oyelaran said her office was "⟦p:c|reviewing the decision and our options⟧" and declined to say whether the state would seek a rehearing.
The Calder Liberties Project, which brought the challenge on behalf of a Springvale delivery driver, called the ruling "⟦p:d|a landmark for privacy.⟧"
"⟦d:d|Today the court told the state that your phone is yours,⟧" the group said in a statement.

### 022
@a Graham Pettigrew | A GP who altered a patient's records to hide a missed cancer diagnosis
@b Farida Haque | The tribunal chair
@c Ross Bellamy | for the Medical Standards Council
@d Elaine Coupland | the patient's widow
A GP who altered a patient's records to hide a missed cancer diagnosis has been struck off the medical register.
Dr Graham Pettigrew, 58, who practised at the Millgate Surgery in Ormsby, added entries to Derek Coupland's notes three days after learning that the 63-year-old had been diagnosed with advanced bowel cancer.
The entries falsely recorded that Mr Coupland had been offered a hospital referral and had declined it.
Ross Bellamy, for the Medical Standards Council, told the tribunal: “⟦d:c|Dr Pettigrew did not make a clinical error and then own it. He made a clinical error and then tried to make it look like the patient's fault.⟧”
Giving evidence, the doctor said he had panicked. “⟦d:a|I have no explanation that reflects well on me. I was frightened, and I did something shameful,⟧” he said.
“⟦d:a|I apologise to Mrs Coupland without reservation.⟧”
Elaine Coupland, the patient's widow, told the hearing the false entries had made her question whether her husband had lied to her.
“⟦d:d|For a year I thought Derek had turned down the test. I was angry with a dead man. That is what this did,⟧” she said.
The tribunal chair, Farida Haque, said the panel accepted that Dr Pettigrew's remorse was genuine but that it “⟦p:b|cannot outweigh the deliberate and sustained nature of the dishonesty⟧”.
“⟦d:b|Patients must be able to trust that what is written in their records is true. Erasure is the only sanction that protects that trust,⟧” she said.
Dr Pettigrew has 28 days to appeal.

### 023
@a Lee Gartside | PC
@b Yasmin Farah | -
@c Helen Cartwright | Legally qualified chair
@d Daniel Opoku | the officer's federation representative
@e Amrit Sandhu | Deputy Chief Constable
A police officer who was filmed pushing a woman to the ground outside a Halverton nightclub and calling her a "⟦p:a|waste of space⟧" has been sacked.
PC Lee Gartside, 34, was found to have committed gross misconduct after a three-day hearing at Halverton Police headquarters.
Yasmin Farah, who was 22 at the time, told the panel she had been trying to help a friend who had been hurt in a fight.
"⟦d:b|I asked him for his collar number. The next thing I knew I was on the pavement,⟧" she said.
Footage filmed on a bystander's phone showed the officer telling her to "⟦p:a|get up and go home⟧" before making the remark.
PC Gartside told the hearing: "⟦d:a|I accept my language was unprofessional. I was dealing with a large, hostile crowd and I made a poor decision in a split second.⟧"
Daniel Opoku, the officer's federation representative, said he had an "⟦p:d|exemplary⟧" record. "⟦d:d|This was one bad night in twelve years of good service,⟧" he said.
Legally qualified chair Helen Cartwright said the panel did not accept that the push had been accidental. "⟦d:c|The footage is clear. Ms Farah posed no threat to the officer or to anyone else,⟧" she said.
Deputy Chief Constable Amrit Sandhu said afterwards: "⟦d:e|The public are entitled to expect that officers will treat them with respect, especially when they are the ones asking for help.⟧"

### 024
@a Radu Ilescu | A Moravenian shipping magnate wanted at home on embezzlement charges
@b Ottoline Sharpe | Senior District Judge
@c Ben Adeyinka | for the Moravenian government
@d Clara Moss | for Mr Ilescu
@e Moravenian embassy | -
LONDON, Oct 3 (Wire) – A Moravenian shipping magnate wanted at home on embezzlement charges told a London court on Thursday that he would be “⟦p:a|dead within a month⟧” if extradited, as his lawyers argued the case against him was politically motivated.
Radu Ilescu, 61, who has lived in Surrey since 2019, gave evidence on the fourth day of his extradition hearing.
“⟦d:a|I have seen what happens to people who are sent back. They go into the pre-trial centre at Velesk and they come out in a box, or they do not come out,⟧” he said.
Ben Adeyinka KC, for the Moravenian government, said the charges related to $140 million allegedly diverted from a state-owned port operator.
“⟦d:c|This is a fraud case, not a political one. The evidence is documentary and it is overwhelming,⟧” he told the court.
Clara Moss, for Mr Ilescu, said assurances offered by Moravenian prosecutors about prison conditions were “⟦p:d|not worth the paper they are written on⟧”.
Senior District Judge Ottoline Sharpe said she would give her ruling in December. “⟦d:b|I will need to consider the expert evidence on prison conditions with some care,⟧” she said.
The Moravenian embassy said in a statement that Ilescu would receive “⟦p:e|a fair trial in accordance with international standards⟧”.

### 025
@a Dafydd Owen-Jones | Lance Corporal
@b Caroline Ashby | prosecuting
@c Amir Hassan | a former recruit who left the army in 2023
@d Ewan Reid | defending
@e Simon Threlfall | Judge Advocate
A junior instructor made recruits stand waist-deep in a freezing river for an hour as "⟦p:a|punishment for being slow⟧", a court martial has heard.
Lance Corporal Dafydd Owen-Jones, 26, denies eight charges of ill-treatment of subordinates relating to his time at Pennard Ridge Training Camp.
Major Caroline Ashby, prosecuting, told the Military Court Centre in Aldbury: "⟦d:b|These were young people, some of them 17, in their first weeks of service. The defendant treated them as his personal entertainment.⟧"
Amir Hassan, a former recruit who left the army in 2023, said he lost the feeling in his legs.
"⟦d:c|He was laughing. He kept saying, 'Another five minutes, another five minutes,'⟧" he told the court. "⟦d:c|I joined because I wanted to be a soldier. I left because of him.⟧"
Mr Hassan said the defendant had described the exercise as "⟦p:a|punishment for being slow⟧" and warned the recruits not to "⟦p:a|go crying to the chain of command⟧".
Captain Ewan Reid, defending, suggested it had been a sanctioned "⟦s:-|water confidence⟧" drill.
"⟦d:d|It was a sanctioned exercise, wasn't it?⟧" Captain Reid asked.
"⟦d:c|Not in a river in January, sir.⟧"
Judge Advocate Simon Threlfall reminded the board that it must consider each charge separately. "⟦d:e|You may find some proved and some not. That is entirely a matter for you,⟧" he said.
The trial continues.

### 026
@a Nkechi Umeadi | a criminal barrister
@b Gordon Rush | her former pupil supervisor
@c - | one juror
Nkechi Umeadi, a criminal barrister, keeps a photograph on her desk in chambers of a terraced house on Brackley Road. She has never been inside it. It is the house where, in 2011, a man she later defended was accused of killing his landlord.
“⟦d:a:m|People imagine the job is about the speech at the end. It isn't. The speech is the bit you do for yourself. The job is the eighteen months before, reading a phone download at two in the morning and noticing that a timestamp is an hour out because nobody accounted for the clocks going back.⟧
“⟦d:a:m|That's what won that case. Not me being clever. A clock.⟧
“⟦d:a|I think about that a lot. How close it was.⟧”
Her client was acquitted at a retrial in 2013. The first jury had been discharged after failing to reach a verdict; one juror later told a local newspaper that they had been “⟦p:c|split down the middle and exhausted⟧”.
Umeadi, now 47, is a fierce defender of the “⟦s:-|cab-rank rule⟧”, the principle that a barrister must take any case within their competence, however unpleasant the client. Her former pupil supervisor, Gordon Rush, remembers her as “⟦p:b|the only pupil who ever corrected my arithmetic in front of a judge⟧”.
“⟦d:b|She was terrifying at 24. She's more terrifying now, but she's learned to smile while she does it,⟧” he says.
Does she worry about the clients she has got off who were, in fact, guilty? She considers the question for a long time.
“⟦d:a|That isn't my job to decide, and I'd be lying if I said it never keeps me awake,⟧” she says eventually. “⟦d:a|Both of those things are true.⟧”

### 027
@a Aurelio Vasquez-Tate | the founder of payments startup Quillpay
@b Marcus Ohene | U.S. Attorney
@c Lorraine Bishop | his attorney
@d - | The jury foreperson
@e - | One investor
@p - | prosecutors
HALLORAN CITY, Calder (Wire) - A federal jury on Friday convicted Aurelio Vasquez-Tate, the founder of payments startup Quillpay, of defrauding investors of more than $300 million, after a six-week trial that laid bare what prosecutors called "⟦p:p|a company built on screenshots.⟧"
Vasquez-Tate, 34, stood motionless as the verdicts on all seven counts were read. He faces up to 20 years in prison on each count.
During two days on the witness stand, he had insisted he "⟦p:a|always believed the numbers would catch up.⟧" "⟦d:a|I was an optimist. Optimism is not a crime,⟧" he testified.
Outside the courthouse, his attorney, Lorraine Bishop, said they would appeal. "⟦d:c|We respect the jury's work, but we believe serious legal errors were made, and we'll be raising them,⟧" she said.
"⟦d:b|Today's verdict sends a clear message: you can't fake it till you make it with other people's money,⟧" U.S. Attorney Marcus Ohene told reporters.
The jury foreperson, who declined to give her name, said deliberations had been "⟦p:d|long and serious.⟧" "⟦d:d|We went through every exhibit. Nobody wanted to get this wrong,⟧" she said.
One investor, who said she lost $2 million, watched from the second row. "⟦d:e|I hope he thinks about us every day. We think about him,⟧" she said.
Sentencing was set for March.

### 028
@a Doreen Pilbeam | A PENSIONER
@b Clive Rundle | Next-door neighbour
@c Gillian Fairweather | Recorder
@d - | One onlooker
A PENSIONER has lost a £40,000 legal battle over a 30ft leylandii hedge her neighbour says turned his garden into "⟦p:b|a permanent midnight⟧".
Doreen Pilbeam, 79, had fought for three years to keep the towering conifers at her bungalow in Tarrington.
Next-door neighbour Clive Rundle, 58, told Tarrington County Court: "⟦d:b|I haven't seen the sun on my patio since 2016. My tomatoes have given up. I've given up.⟧"
But feisty Doreen insisted the hedge was "⟦p:a|older than his marriage⟧" and "⟦p:a|the only thing keeping his nosiness out of my kitchen⟧".
"⟦d:a|I planted those trees with my late husband. They're staying, and so am I,⟧" she told the court.
Recorder Gillian Fairweather ruled the hedge must be cut to two metres and ordered Mrs Pilbeam to pay the costs.
"⟦d:c|This dispute has cost both parties far more than any hedge is worth,⟧" she said. "⟦d:c|I would urge them both to put the kettle on.⟧"
Outside court, Doreen vowed to appeal. "⟦d:a|They'll have to get past me with the chainsaw,⟧" she said.
One onlooker muttered: "⟦d:d|Here we go again.⟧"

### 029
@a Jeremy Oakes | assistant coroner
@b Marcus Tay | Staff Sergeant
@c Sandra Campbell | His mother
@d - | An army spokesperson
@e - | an instructor
A 19-year-old soldier who collapsed on a training march in 31C heat was told to «⟦p:e|crack on⟧» by an instructor minutes before he fell, an inquest has heard.
Private Jerome Campbell, from Lewisfield, died in hospital two days after the exercise on Danbury Plain in July 2022.
Staff Sergeant Marcus Tay, who led the march, told the hearing in Salbridge that water stops had been «⟦p:b|in line with the guidance at the time⟧».
«⟦d:b|With hindsight, I would have stopped the march at the halfway point. I didn't have that hindsight on the day,⟧» he said.
Asked by assistant coroner Jeremy Oakes whether he had heard anyone tell the young soldier to keep going, he replied: «⟦d:b|I heard it said. I couldn't tell you who said it.⟧»
His mother, Sandra Campbell, said: «⟦d:c|Jerome was fit, he was proud and he did what he was told. That's what killed him.⟧»
Mr Oakes recorded a narrative conclusion. «⟦d:a|Private Campbell's death was contributed to by a failure to recognise the signs of heat illness and to act on them,⟧» he said.
An army spokesperson said: «⟦d:d|We are deeply sorry for the loss of Private Campbell. Our heat illness policy has been substantially revised since 2022.⟧»

### 030
@a BH-7 | A survivor of Brackenhurst children's home
@b Anjali Raghavan | counsel to the inquiry
@c Elspeth Gorrie | The inquiry chair
@d Raymond Ellacott | a former director of social services for Harrowfield County Council
@f - | a house parent
A survivor of Brackenhurst children's home has told a public inquiry that staff would “⟦p:a|pick a boy for the weekend⟧” and that every child knew what it meant.
The man, who gave evidence from behind a screen and is known to the inquiry as BH-7, was nine when he was placed at the home in 1978.
“⟦d:a|I told a teacher once. She told the home. That night I was put in the cellar,⟧” he said.
Questioned by Anjali Raghavan, counsel to the inquiry, he said he had not told anyone else for almost 40 years.
“⟦d:b|What made you come forward in the end?⟧” she asked.
“⟦d:a|My granddaughter turned nine.⟧”
The inquiry chair, Professor Elspeth Gorrie, thanked him. “⟦d:c|You have done something very difficult today, and this inquiry has heard you,⟧” she said.
Later, Raymond Ellacott, a former director of social services for Harrowfield County Council, told the inquiry he had received “⟦p:d|rumours, not complaints⟧” about the home.
Ms Raghavan showed him a 1983 letter from a house parent that referred to “⟦p:f|the weekend arrangement⟧”.
“⟦d:b|Is that a rumour, Mr Ellacott?⟧”
“⟦d:d|It is a letter. I don't recall reading it,⟧” he said.

### 031
@a Beryl Fontaine | A grandmother who feared she would be sent to a country she left at the age of six
@b Kofi Amponsah | Immigration Judge
@c Sharon Fontaine | Her daughter
@d Devon Clarke | a local councillor who supported the campaign
@e - | A Department for Borders spokesperson
A grandmother who feared she would be sent to a country she left at the age of six has won her fight to stay in Britain.
Beryl Fontaine, 74, who came to Eastmoor from St Aubyn in 1956, was told last year that she had no right to remain because she could not produce documents showing when she arrived.
Immigration Judge Kofi Amponsah ruled that she had been lawfully resident "⟦p:b|for the whole of the life that matters⟧".
"⟦d:b|The appellant has been failed by a system that asked her to prove something it had itself failed to record,⟧" he wrote.
Mrs Fontaine, who worked as a school dinner lady for 31 years, said: "⟦d:a|I cried when my solicitor rang. Then I made a cup of tea, because that's what you do.⟧"
"⟦d:a|I've paid my stamp all my life. I just wanted somebody to say I belong here.⟧"
Her daughter, Sharon Fontaine, who started a petition signed by more than 8,000 people, said: "⟦d:c|Mum was so frightened she stopped going to the shops. That's what this did to her.⟧"
Devon Clarke, a local councillor who supported the campaign, said: "⟦d:d|Beryl is Eastmoor. Everybody on this estate knows her.⟧"
A Department for Borders spokesperson said: "⟦d:e|We will consider the judgment carefully.⟧"

### 032
@a Orla Ní Bhriain | Judge
@b Michael Joe Tierney | A west Clonmore farmer who struck his neighbour with a fence post during a row over a boundary ditch
@c Siobhán Gilsenan | the deceased man's daughter
@d Conor Fitzmaurice | defending
@e Niamh Rafferty | Detective Garda
A west Clonmore farmer who struck his neighbour with a fence post during a row over a boundary ditch has been jailed for five years, with the final year suspended.
Michael Joe Tierney, 68, of Carrowkeel, had pleaded guilty to the manslaughter of Pádraig Gilsenan, 71, on October 8th, 2022.
Detective Garda Niamh Rafferty told the Circuit Criminal Court that the two men had been in dispute over the ditch “⟦p:e|for the best part of 30 years⟧”.
“⟦d:e|Both families accept that neither man was blameless in the history of it,⟧” she said.
Reading her victim impact statement, the deceased man's daughter, Siobhán Gilsenan, said her father had been “⟦p:c|stubborn, funny and the best man at a calving I ever saw⟧”.
“⟦d:c|We didn't lose him to an illness or an accident. We lost him over a ditch. I can't make that make sense,⟧” she said.
Conor Fitzmaurice SC, defending, said his client had written to the Gilsenan family. “⟦d:d|He does not ask for forgiveness. He asks only that they know he is sorry,⟧” counsel said.
Judge Orla Ní Bhriain said it was “⟦p:a|a tragedy for two families who have farmed side by side for generations⟧”.
“⟦d:a|A single blow, struck in temper, with an implement that happened to be to hand. That is what this case comes down to, and it has cost a man his life,⟧” she said.
As he was led away, Tierney turned to the Gilsenan family and said: “⟦d:b|I'm sorry for your trouble.⟧”

### 033
@a Wiremu Tāwhiri | A 19-year-old who ram-raided a Kaiwhenua dairy
@b Mere Tāwhiri | His grandmother
@c Lorraine Hapeta | Judge
@d Kevin Mulder | The police prosecutor
@e Angela Brodie | the dairy owner
A 19-year-old who ram-raided a Kaiwhenua dairy has been sentenced to 10 months' home detention after the shop's owner told the court she wanted him “⟦p:e|to have a future, not a record⟧”.
Wiremu Tāwhiri pleaded guilty to burglary and intentional damage after he and two others reversed a stolen car through the front of Brodie's Dairy on Tūī St in March.
Angela Brodie, the dairy owner, met Tāwhiri at a restorative justice conference before sentencing.
“⟦d:e|He looked me in the eye and said sorry, and I believed him. I'm still angry. Both things are allowed,⟧” she told the Kaiwhenua District Court.
The police prosecutor, Kevin Mulder, said the offending had caused $23,000 of damage. “⟦d:d|This was planned, and it was not the first car,⟧” he said.
His grandmother, Mere Tāwhiri, who raised him from the age of four, stood to address the court.
“⟦d:b|I have come to say that he is not alone. His whānau is here, all of us,⟧” she said.
Judge Lorraine Hapeta said the support of his family and the victim's generosity had “⟦p:c|tipped the balance⟧”.
“⟦d:c|Mr Tāwhiri, you have been given something today that most people in your position are not given. Do not waste it,⟧” she said.
Tāwhiri, speaking briefly, said: “⟦d:a|I'm going to do my apprenticeship. I'm not going to let Nan down.⟧”
“⟦d:b|Kia kaha, e moko,⟧” his grandmother called out as he left the dock – “⟦d:b|Be strong, grandson.⟧”

### 034
@a Thandeka Mabaso | State prosecutor
@c Pieter van Wyk | Magistrate
@d Bongani Ntuli | His counsel
@e - | one protester
@f Lungile Khumalo | A former municipal manager accused of stealing R48 million meant for water infrastructure
KWANQABENI, South Africa (Wire) - A former municipal manager accused of stealing R48 million meant for water infrastructure was granted bail of R100,000 on Monday, as protesters outside the court chanted "⟦s:-|Give us water, not excuses⟧".
Lungile Khumalo, 52, faces charges of fraud, corruption and money laundering relating to contracts awarded by the Nqabeni Local Municipality between 2019 and 2022. He has said he will "⟦p:f|fight every one of these lies⟧".
State prosecutor Thandeka Mabaso opposed bail, telling the court the accused had "⟦p:a|the means and the connections to disappear⟧".
"⟦d:a|Three witnesses have already reported being approached. The state fears for their safety,⟧" she said.
His counsel, Advocate Bongani Ntuli, said Khumalo had handed in his passport and "⟦p:d|has never once failed to present himself⟧" to investigators.
"⟦d:d|My client is not going anywhere. He intends to clear his name,⟧" Ntuli said.
Magistrate Pieter van Wyk said the state had not shown that Khumalo was a flight risk, but imposed strict conditions.
"⟦d:c|The accused may not contact any state witness, directly or through any other person. If he does, he will find himself back in custody,⟧" he said.
Khumalo did not speak to reporters as he left. Outside, one protester, who said her street had been without running water for two years, pointed at his car. "⟦d:e|We carry buckets. He drives a Range Rover,⟧" she said.

### 035
@a Ruth Okoye | Judge
@b Ottilie Fraser | a 27-year-old physics teacher
@c Kwabena Asare | a retired vicar
@d Simon Everleigh | prosecuting
Five climate protesters who glued themselves to the gates of the Harrowgate oil terminal have been found guilty of causing a public nuisance.
During the two-week trial at Eastbridge Crown Court, the defendants were barred from telling the jury about their motivations, with Judge Ruth Okoye ruling that climate change was “⟦p:a|not a matter for this jury⟧”.
Ottilie Fraser, a 27-year-old physics teacher, represented herself and was warned twice during her closing speech.
“⟦d:b|I'm not allowed to tell you why I was there. So I'll just ask you to imagine why a teacher might do something like this,⟧” she told the jurors.
“⟦d:a|Ms Fraser, that is precisely what I have told you not to do,⟧” the judge interrupted.
Kwabena Asare, a retired vicar, told the jury he had “⟦p:c|no regrets and no defence⟧”.
“⟦d:c|I have been arrested four times. I would rather go to prison than tell my grandchildren I stayed at home,⟧” he said.
Simon Everleigh, prosecuting, said: “⟦d:d|This case is not about whether the defendants' cause is right. It is about whether they were entitled to stop hundreds of people going to work. They were not.⟧”
As the verdicts were read, supporters in the public gallery stood and sang. Outside, around 60 people chanted “⟦s:-|Jail the polluters, not the protesters⟧”.
Judge Okoye adjourned sentencing until next month. “⟦d:a|I make no promises about the outcome,⟧” she said.

### 036
@a Klaudia Wiśniewska | a care worker
@b Derek Moffatt | The landlord
@c Angus McPhail | Tribunal Judge
@d Rhiannon Beddoes | an environmental health officer with Castlebridge Council
@e Castlebridge Tenants' Union | -
A landlord has been ordered to repay more than £9,000 in rent to a mother whose children were repeatedly taken to hospital with asthma while living in a mould-ridden flat.
Klaudia Wiśniewska, a care worker, rented the two-bedroom flat above a bookmaker's on Castlebridge High Street for three years.
"⟦d:a|The walls were black. I was wiping them every morning before school and by the afternoon it was back,⟧" she told the property tribunal.
Rhiannon Beddoes, an environmental health officer with Castlebridge Council, said the flat had "⟦p:d|category one hazards in every room bar the kitchen⟧". "⟦d:d|It was one of the worst I have inspected in fifteen years,⟧" she said.
The landlord, Derek Moffatt, who owns 14 properties in the town, said he had "⟦p:b|sent a man round three times⟧" and blamed his tenant for drying washing indoors.
"⟦d:b|You can't run a dehumidifier on good intentions. She had to open a window,⟧" he said.
"⟦d:a|I did open the window. In February. With a baby,⟧" Ms Wiśniewska replied.
Tribunal Judge Angus McPhail said Mr Moffatt's evidence had been "⟦p:c|dismissive of his obligations and of his tenant⟧".
"⟦d:c|Blaming the occupants of a property for mould caused by a defective roof is not a defence,⟧" he said.
Castlebridge Tenants' Union, which supported the case, said: "⟦d:e|This is a win for every renter who has ever been told the mould is their fault.⟧"

### 037
@a Chidi Okonkwo | Area coroner
@b Harriet Blyth | the midwife in charge that night
@c Ravi Sharma | Her husband
@d Elena Voskresenskaya | a consultant obstetrician who reviewed the case
@e Marlowe Vale Hospitals | -
A 31-year-old woman who died hours after giving birth at Marlowe General Hospital might have survived if her bleeding had been recognised ``⟦p:d|even half an hour earlier⟧'', an inquest has heard.
Anjali Sharma gave birth to a daughter, Mira, in the early hours of 4 May 2023.
Dr Elena Voskresenskaya, a consultant obstetrician who reviewed the case, told the hearing that the warning signs were ``⟦p:d|there on the chart⟧''.
``⟦d:d|The blood loss was underestimated, and the observations that should have triggered an escalation were recorded but not acted upon,⟧'' she said. ``⟦d:d|If her bleeding had been recognised even half an hour earlier, I believe she would more likely than not have survived.⟧''
Harriet Blyth, the midwife in charge that night, said the unit had been ``⟦p:b|stretched beyond anything I'd seen⟧''.
``⟦d:b|I had three women in established labour and one midwife off sick. I'm not saying that to excuse anything,⟧'' she said.
Her husband, Ravi Sharma, said in a statement read by the family's solicitor: ``⟦d:c|Anjali held Mira for eleven minutes. That is all the time they had. I will make sure Mira knows her mother.⟧''
Area coroner Chidi Okonkwo adjourned the inquest until next week, when he is expected to give his conclusion.
``⟦d:a|I have heard enough to know that there are lessons here, and I intend to make sure they are learned,⟧'' he said.
Marlowe Vale Hospitals said it had ``⟦p:e|made significant changes⟧'' to the way blood loss is measured on its labour ward.

### 038
@a Kyle Stannard | Dog owner
@b Dennis Mwangi | Postman
@c Harpreet Dhillon | Judge
@d Gary Bell | Union rep
A POSTMAN mauled by an out-of-control XL bully has told how he thought "⟦p:b|this is it, I'm dying⟧".
Postman Dennis Mwangi, 47, needed 60 stitches after the dog, called Tyson, leapt over a garden gate in Fellbeck Road, Brampton Vale.
"⟦d:b|It just kept coming. I had my bag up over my face and it went for my arms instead,⟧" the dad-of-three told Brampton Crown Court.
Dog owner Kyle Stannard, 29, admitted being in charge of a dog dangerously out of control causing injury.
He had told police: "⟦d:a|He's soft as butter with us. I don't know what got into him.⟧"
Jailing him for 16 months, Judge Harpreet Dhillon said: "⟦d:c|You were warned twice about this dog by your neighbours. You did nothing. Mr Mwangi has paid the price for your complacency.⟧"
Tyson has since been destroyed.
Union rep Gary Bell said: "⟦d:d|Our members go out every day not knowing which gate has a dog behind it. This has to stop.⟧"

### 039
@a - | A 15-year-old boy
@b - | His mother
@c Folasade Bankole | District Judge
@d Gareth Wynne | The victim's father
@e Sarah Lund | Inspector
A 15-year-old boy has been given an 18-month youth rehabilitation order for throwing a brick from a motorway footbridge, shattering the windscreen of a car carrying a family of four.
The boy, who cannot be named for legal reasons, admitted endangering road users at Coldharbour Youth Court.
“⟦d:a|I didn't think it would actually hit anything. I'm really sorry,⟧” he told the court, speaking so quietly that he was asked to repeat himself.
His mother, sitting beside him, said: “⟦d:b|He is not a bad lad. He's a stupid lad who did a stupid thing, and he knows it.⟧”
The victim's father, Gareth Wynne, whose son Callum, eight, needed surgery to remove glass from his eye, said: “⟦d:d|Another few inches and I'd be burying my son. I hope he understands that.⟧”
District Judge Folasade Bankole told the boy: “⟦d:c|You are lucky that you are not facing a far more serious charge. That luck was not yours to rely on.⟧”
Inspector Sarah Lund of Coldharbour Police said: “⟦d:e|Objects thrown from bridges can and do kill. We will always pursue those responsible.⟧”

### 040
@a Pauline Mahoney | Kirsty's mother
@b Parole Commission | -
@c Nadeem Chaudhry | Local MP
@e - | A Justice Department spokesperson
The mother of a woman murdered in Castlebridge in 2002 has said she is “⟦p:a|devastated and disgusted⟧” after her daughter's killer was approved for release.
Wayne Cossey, now 54, was jailed for life with a minimum term of 20 years for the murder of Kirsty Mahoney, 23, whom he strangled after she ended their relationship.
The Parole Commission said in a summary of its decision that Cossey had completed “⟦p:b|extensive offending behaviour work⟧” and that his risk could be “⟦p:b|safely managed in the community⟧”.
Kirsty's mother, Pauline Mahoney, said she had been given the news by phone.
“⟦d:a|Twenty-two years. That's what my daughter's life was worth to them,⟧” she said. “⟦d:a|He gets to go home. She never did.⟧”
Local MP Nadeem Chaudhry said he had written to the justice secretary asking for the decision to be reconsidered. “⟦d:c|The family deserves to know exactly how this decision was reached,⟧” he said.
A Justice Department spokesperson said: “⟦d:e|Our thoughts are with Kirsty's family. We are carefully considering whether to apply for the decision to be reviewed.⟧”
Cossey will be subject to strict licence conditions, including an exclusion zone covering Castlebridge.

### 041
@a Elif Demirci | Sprinter
@b Bryony Stack | chair of the independent panel
@c Marcel Dufresne | Her coach
@d National Anti-Doping Authority | -
@e - | A teammate who asked not to be named
Sprinter Elif Demirci has been banned for four years after an independent tribunal rejected her claim, dubbed the "⟦s:-|burrito defence⟧", that a banned steroid entered her system through contaminated meat.
"⟦d:a|I have never knowingly taken anything. I will keep saying that until someone listens,⟧" Demirci said in a statement posted on social media after the decision.
Bryony Stack, chair of the independent panel, said in the written decision that the explanation was "⟦p:b|possible, but not probable⟧".
"⟦d:b|The athlete has not established, on the balance of probabilities, how the substance came to be in her body,⟧" Stack wrote.
Her coach, Marcel Dufresne, called the ruling "⟦p:c|a disgrace⟧". "⟦d:c|They asked her to prove where a piece of meat came from in a restaurant in Lisbon. How does anyone do that?⟧" he said.
The National Anti-Doping Authority said it welcomed the decision. "⟦d:d|Strict liability exists for a reason. Athletes are responsible for what goes into their bodies,⟧" it said.
A teammate who asked not to be named said the squad was "⟦p:e|in shock⟧". "⟦d:e|Nobody trains harder than Elif. Nobody,⟧" she said.

### 042
@a Nicholas Varga | Justice
@b Gerard Lathlain | A former federal MP
@c The Meridian Herald | -
@d Tasha Wong | the paper's editor
@e Felicity Baird | His barrister
PORT JARRAH, Nov 20 (Wire) – A former federal MP has lost his defamation case against The Meridian Herald over reports that he used taxpayer-funded travel to visit a business partner, with a judge finding the articles “⟦p:a|substantially true⟧”.
Justice Nicholas Varga said in his judgment that Gerard Lathlain's evidence was “⟦p:a|at times evasive and at times simply implausible⟧”.
“⟦d:a|The publications conveyed serious imputations. The respondent has proved them,⟧” Varga said.
Lathlain, 59, described the judgment as “⟦p:b|deeply disappointing⟧” and said he was considering an appeal.
“⟦d:b|I have always acted within the rules, and I stand by my record,⟧” he told reporters.
His barrister, Felicity Baird, had argued during the trial that the paper “⟦p:e|started with a conclusion and worked backwards⟧”.
Tasha Wong, the paper's editor, said: “⟦d:d|This is a good day for public interest journalism. Our reporters did their job, and the court has recognised that.⟧”
The Meridian Herald said it would seek “⟦p:c|every cent⟧” of its legal costs, estimated at more than A$2 million.

### 043
@a Isobel Grantham | the senior coroner for North Hallam
@b - | A Northline Rail spokesperson
@c Jonas Lindqvist | Her husband
@d Carl Ebbs | the driver of the train
A coroner has warned that more people will die at a Hallam level crossing unless it is closed or fitted with barriers, calling the current arrangements «⟦p:a|an accident waiting to happen again⟧».
Kerstin Lindqvist, 67, was struck by a train at Mill Lane crossing in Hatherby in March last year as she walked her dog.
Carl Ebbs, the driver of the train, told the inquest he sounded the horn twice. «⟦d:d|She had headphones in. She never looked up. There was nothing I could do,⟧» he said.
Isobel Grantham, the senior coroner for North Hallam, said in a report to prevent future deaths that sightlines at the crossing were «⟦p:a|wholly inadequate⟧».
«⟦d:a|This is the third death at this crossing in eleven years. I do not intend to be writing a fourth report,⟧» she wrote.
Her husband, Jonas Lindqvist, said: «⟦d:c|Kerstin walked that path every day for twenty years. It should not take three families to get a gate fitted.⟧»
A Northline Rail spokesperson said: «⟦d:b|We will respond to the coroner's report in full and are already reviewing options for Mill Lane.⟧»

### 044
@a Imelda Castellanos | for the Crown
@b Rebecca Fairclough | defending
@c Lauren Tate | a woman accused of murdering her husband with a kitchen knife
@d Morwenna Pryce | The trial judge
@n - | three neighbours
The jury in the trial of a woman accused of murdering her husband with a kitchen knife has been told it must decide whether she was “⟦p:a|a frightened woman or a furious one⟧”.
Lauren Tate, 33, denies murdering Craig Tate, 38, at their home in Whitlow Green in January but admits manslaughter by reason of loss of control.
In her closing speech at Shireford Crown Court, Imelda Castellanos KC, for the Crown, told jurors that the defendant had “⟦p:a|every opportunity to leave that kitchen⟧”.
“⟦d:a|She has told you she was terrified. Then why, members of the jury, did she walk past the back door, which was open, to the knife block?⟧” Ms Castellanos said.
“⟦d:a|Fear runs away. Anger goes and gets a knife. The question for you is whether she was a frightened woman or a furious one.⟧”
Rebecca Fairclough KC, defending, reminded the jury of the evidence of three neighbours who had heard Mr Tate “⟦p:n|screaming and smashing things⟧” for more than an hour that night.
“⟦d:b|You have heard about eleven years of this marriage. Not one night. Eleven years,⟧” she said.
“⟦d:b|The prosecution asks why she didn't leave. Members of the jury, she had been asking herself that question for a decade.⟧”
Tate wept in the dock as her barrister spoke. Giving evidence last week, she had told the jury: “⟦d:c|I don't remember picking it up. I remember him coming towards me and then I remember the floor.⟧”
The trial judge, Judge Morwenna Pryce, told jurors to put aside “⟦p:d|any sympathy or prejudice⟧” and said she would sum up the case on Monday.

### 045
@a Morag Dunbar | Sheriff
@b Gary McAteer | A man
@c Aisha Rahman | Fiscal depute
@d Ross Kerr | defending
@e - | A spokeswoman for Clydemuir Council
A man has been ordered to carry out 200 hours of unpaid work after taking a council gritter on a "⟦s:-|joyride⟧" to his local chip shop during last winter's cold snap.
Gary McAteer, 36, admitted taking the vehicle without consent and driving while unfit through drink when he appeared at Strathbaan Sheriff Court.
Fiscal depute Aisha Rahman said police found the gritter "⟦p:c|spreading salt across the car park of the Golden Fry⟧" shortly before midnight.
"⟦d:c|When officers approached, the accused was in the queue. He told them, 'I've done the car park for you, hen,'⟧" she said.
Ross Kerr, defending, said: "⟦d:d|He has no memory of the night at all. He's mortified, and his mother is more mortified.⟧"
Sheriff Morag Dunbar told McAteer: "⟦d:a|I have been a sheriff for 19 years and I have not had one of these before. I hope not to have another.⟧"
"⟦d:a|The public are entitled to laugh at this story. The council's insurers are not laughing, and nor am I.⟧"
McAteer said outside court: "⟦d:b|I'll no' be doing that again.⟧"
A spokeswoman for Clydemuir Council said the gritter had been returned "⟦p:e|undamaged but considerably lighter⟧".

### 046
@a Graham Leckie | The planning inspector
@b Jonathan Ashe | for the developer
@c Marjorie Thwaite | chair of Save Hartside Moor
@d Ifor Rees | a sheep farmer who would host three turbines on his land
@e Fellwind Energy | -
@f - | one resident
Hundreds of people packed into Hartside village hall on Tuesday as a public inquiry into plans for a 14-turbine wind farm on Hartside Moor got under way.
Jonathan Ashe KC, for the developer, told the inquiry that the scheme would power “⟦p:b|the equivalent of 38,000 homes⟧”.
“⟦d:b|This is precisely the kind of development national policy says we need, in precisely the kind of place it should go,⟧” he said.
Marjorie Thwaite, chair of Save Hartside Moor, said the turbines would be visible from “⟦p:c|every footpath, every farmhouse and every grave in the churchyard⟧”.
“⟦d:c|Nobody here is against clean energy. We are against being told our moor is empty. It isn't,⟧” she said, to loud applause.
Ifor Rees, a sheep farmer who would host three turbines on his land, said the income would keep his farm going. “⟦d:d|My family has farmed this hill for five generations. Without this, I'm not sure there'll be a sixth,⟧” he said.
“⟦d:f|Sell-out!⟧” shouted one resident at the back of the hall.
The planning inspector, Graham Leckie, called for quiet. “⟦d:a|Everyone who wishes to speak will be heard. Nobody will be heard if we shout at each other,⟧” he said.
Fellwind Energy has described the project as “⟦p:e|a once-in-a-generation investment in the valley⟧”. The inquiry is expected to last three weeks.

### 047
@a Stan Pollard | Kit man
@b Brackenfield United | -
@c Dean Sorrell | the club's head of operations
@d Yusuf Darr | Employment Judge
@e - | A former player who gave evidence on Stan's behalf
A LOYAL kit man who washed Brackenfield United's shirts for 41 years was axed after being told he was "⟦p:c|a bit of a dinosaur⟧", a tribunal has ruled.
Kit man Stan Pollard, 67, won his claim for age discrimination and unfair dismissal against the League Two club.
"⟦d:a|That club was my life. I washed Gary Mundy's shorts the day he scored at Wembley,⟧" Stan told the hearing in Hallamby.
Dean Sorrell, the club's head of operations, insisted he had never called him a dinosaur. "⟦d:c|I might have said we needed to modernise. That's not the same thing,⟧" he said.
But Employment Judge Yusuf Darr found Mr Sorrell's account "⟦p:d|unreliable⟧".
"⟦d:d|The tribunal is satisfied that the remark was made, and that Mr Pollard's age was the reason, or a substantial part of the reason, for his dismissal,⟧" he wrote.
A former player who gave evidence on Stan's behalf said: "⟦d:e|Stan was the first one in and the last one out. Every lad in that dressing room loved him.⟧"
Brackenfield United said in a statement it was "⟦p:b|disappointed⟧" by the ruling and would "⟦p:b|reflect carefully⟧" on it.
Stan, who now helps out at a Sunday league side, said: "⟦d:a|I don't want their money. I want my peg back in the boot room.⟧"

### 048
@a Carla Medeiros | the dispatcher who took the call
@b Jaylen Brooks | his stepson
@c Owen Castillo | Deputy District Attorney
@d Hannah Lieu | Public defender
REDFORD COUNTY, Calder (Wire) – Jurors in the murder trial of Raymond Pruitt on Tuesday heard the 911 call in which his stepson, then 14, whispered that “⟦p:b|he's got the gun again⟧” as his mother screamed in the background.
The recording, played in a silent courtroom, lasts just under four minutes.
“⟦d:b|Please hurry. Please. He's in the kitchen with my mom,⟧” the boy can be heard saying.
“⟦d:a|Are you somewhere safe, honey? Can you get out of the house?⟧” the dispatcher replies.
“⟦d:b|I'm in the closet. I'm not leaving her.⟧”
Two shots can then be heard. Pruitt, 46, is charged with first-degree murder in the death of Denise Brooks, 39.
Carla Medeiros, the dispatcher who took the call, testified that it was “⟦p:a|the hardest call of my career.⟧” Asked by Deputy District Attorney Owen Castillo why she had kept the boy on the line, she said: “⟦d:a|Because as long as he was talking to me, I knew he was alive.⟧”
Jaylen Brooks, now 17, took the stand after the recording was played.
“⟦d:c|Take all the time you need, Jaylen,⟧” Castillo told him.
“⟦d:b|I hear it every night anyway,⟧” the teenager replied.
Public defender Hannah Lieu did not cross-examine him. In her opening statement last week, she told jurors that Pruitt had been “⟦p:d|in the grip of a psychotic episode⟧” and was not legally responsible for his actions.

### 049
@a Alistair Munro | Former fire chief
@c - | One of your crew managers
@d Yetunde Adebisi | bereaved relative
Former fire chief Alistair Munro was questioned for most of Wednesday at the Calder House fire inquiry. Speaking before the session, bereaved relative Yetunde Adebisi said: "⟦d:d|We want to hear him say he got it wrong. Just once.⟧"
Here are some of the key exchanges.
Q (Tomás Echeverría, counsel to the inquiry): At 01:14 you were told the stairwell was full of smoke. What did you do?
A (Alistair Munro): I told the incident commander, "⟦d:a|Keep them in the flats. Stay put.⟧" That was the policy.
Q: Was it the right policy that night?
A: It was the policy. Whether it was right is what we are all here to find out.
Q: One of your crew managers wrote in his notebook, "⟦d:c|stay put failing - 14th floor⟧". When did you first see that note?
A: Not until the following week.
Q: The chair has asked me to put this to you directly. Did anyone on the night say the words "⟦s:-|get everybody out⟧"?
A: I did, at 01:51. By then it was too late for a lot of people.

### 050
@a Teo Wei Ling | District Judge
@b Arvind Nair | Deputy Public Prosecutor
@c Rosalinda Dizon | a domestic worker from the Philippines
@d Lim Pei Shan | A housewife who scalded her domestic helper with a hot iron and deprived her of food for months
@e Daniel Goh | Defence lawyer
A housewife who scalded her domestic helper with a hot iron and deprived her of food for months was jailed for three years and nine months on Wednesday.
Lim Pei Shan, 48, pleaded guilty to four charges of voluntarily causing hurt to a domestic worker, with another seven charges taken into consideration.
The victim, Ms Rosalinda Dizon, 34, a domestic worker from the Philippines, lost 15kg in the 11 months she worked for Lim, the court heard.
"⟦d:b|The accused treated the victim not as a human being, but as a machine to be switched on and off,⟧" Deputy Public Prosecutor Arvind Nair said.
In a victim impact statement, Ms Dizon said: "⟦d:c|I was afraid to sleep because she would wake me by pouring water on my face. I still cannot sleep properly.⟧"
Defence lawyer Daniel Goh said his client had been "⟦p:e|under severe stress⟧" while caring for her elderly mother. "⟦d:e|She acknowledges her conduct was wrong and deeply regrets it,⟧" he said.
District Judge Teo Wei Ling described the abuse as "⟦p:a|cruel and degrading⟧".
"⟦d:a|Domestic workers are among the most vulnerable in our society. They live where they work, and often have nowhere else to turn,⟧" she said.
Lim, speaking through a Mandarin interpreter, told the court: "⟦d:d|I am sorry. I hope she can forgive me one day.⟧"

### 051
@a Martin Oduro | Senior coroner
@b Iain Macrae | Her father
@c Sofia Lindgren | Spiral's head of user safety
@d Oliver Mensah | representing the family
@e Spiral | -
The head of user safety at the short-video app Spiral has told an inquest that some of the content viewed by a 14-year-old girl before she died “⟦p:c|should not have been recommended to anyone, let alone a child⟧”.
Isla Macrae, from Dunmere, died in November 2022. The inquest has heard she viewed more than 2,000 videos related to self-harm and depression in the six months before her death.
Sofia Lindgren, Spiral's head of user safety, travelled from Stockholm to give evidence.
Questioned by Oliver Mensah, representing the family, she accepted that the app had shown Isla a video captioned “⟦s:-|nobody would even notice⟧” 41 times.
“⟦d:d|Do you accept that this was harmful?⟧” Mr Mensah asked.
“⟦d:c|Yes. I accept that. I am sorry,⟧” Ms Lindgren conceded.
Her father, Iain Macrae, watched from the front row. Outside, he said: “⟦d:b|It took three years and a court summons for them to say sorry. Isla had three months of that stuff being pushed at her.⟧”
Senior coroner Martin Oduro said he would deliver his conclusion on Friday.
“⟦d:a|I want to be clear that the question of what Isla was shown, and why, is central to this inquest,⟧” he said.
Spiral said it had introduced “⟦p:e|more than 30 new protections for teenagers⟧” since 2022.

### 052
@a Janelle Okafor-Burke | lead counsel for the plaintiffs
@b Hal Brickner | an attorney for Verdant Polymers
@c Gloria Esparza | a 62-year-old retired bus driver
@d Morton Ebersole | Chief U.S. District Judge
@e Verdant Polymers | -
MILLBROOK, Calder (Wire) - A civil trial over claims that Verdant Polymers contaminated the drinking water of Millbrook with so-called "⟦s:-|forever chemicals⟧" opened on Monday, with the residents' lawyer telling jurors the company "⟦p:a|knew, and decided it was cheaper not to say.⟧"
"⟦d:a|You'll see their own memos. You'll see the word 'containable' used about a poison in a town's tap water,⟧" Janelle Okafor-Burke, lead counsel for the plaintiffs, said in her opening statement.
Hal Brickner, an attorney for Verdant Polymers, told jurors the science was "⟦p:b|far from settled.⟧"
"⟦d:b|Sympathy is not causation. Follow the evidence, and the evidence will not take you where the plaintiffs want to go,⟧" he said.
Gloria Esparza, a 62-year-old retired bus driver, testified that four of the nine homes on her street had had a cancer diagnosis since 2010.
"⟦d:c|We stopped saying 'what are the odds.' We knew what the odds were,⟧" she said.
Chief U.S. District Judge Morton Ebersole warned both sides to keep their opening remarks to the evidence. "⟦d:d|This is going to be a long trial. I'd ask counsel to save the theatrics for closing,⟧" he said.
Verdant Polymers said in a statement that it "⟦p:e|has always complied with applicable regulations⟧" and would "⟦p:e|vigorously defend⟧" the case.

### 053
@a Trevor Goodall | former head of highways at Selbury Borough Council
@b Nimisha Patel | prosecuting
@c Darren Whyte | managing director of DW Surfacing
@d Isaac Mendel | Judge
@e Bev Ashworth | Council leader
A former council highways chief handed road resurfacing contracts worth £2.3 million to a firm run by his golfing partner in exchange for holidays and a hot tub, a jury has heard.
Trevor Goodall, 59, former head of highways at Selbury Borough Council, denies misconduct in a public office.
Opening the case at Selbury Crown Court, Nimisha Patel, prosecuting, said: ``⟦d:b|This was, put simply, a man who treated the public purse as a favour bank.⟧''
Darren Whyte, managing director of DW Surfacing, who has already admitted bribery, told jurors that Mr Goodall had described the hot tub as ``⟦p:a|a thank-you, not a bung⟧''.
``⟦d:c|Trevor said nobody would look twice at a hot tub. He was wrong about that,⟧'' Whyte said.
Mr Goodall denies receiving any gifts. In interview he told police: ``⟦d:a|I bought that hot tub myself, and I can show you the receipt.⟧''
Judge Isaac Mendel warned the jury not to look into the case themselves. ``⟦d:d|Not on your phone, not at home, not anywhere. Everything you need will be put before you in this courtroom,⟧'' he said.
Council leader Bev Ashworth said the authority had since ``⟦p:e|overhauled its procurement rules from top to bottom⟧''.

### 054
@a Lorna Mackintosh | a former care assistant with multiple sclerosis
@b Rashid Karimi | a welfare rights adviser at the Tollbridge Advice Centre
@c - | The tribunal judge
@d Department for Work and Welfare | -
@e - | an assessor
The room at Tollbridge's tribunal centre is smaller than you'd expect: a table, a jug of water, three panel members and, on the other side, Lorna Mackintosh, a former care assistant with multiple sclerosis, and the man who has come to speak for her.
Mackintosh had been told by the Department for Work and Welfare that she scored zero points in her disability assessment. Zero. On the form, an assessor had written that she “⟦p:e|walked unaided to the assessment room⟧”.
“⟦d:a:m|I did walk. I walked to the room, and then I spent two days in bed. That's how it works. It's not that I can't do things. It's that everything I do, I pay for.⟧
“⟦d:a|They saw the walking. They didn't see the two days.⟧”
Rashid Karimi, a welfare rights adviser at the Tollbridge Advice Centre, has represented more than 400 people at tribunal. He wins, he says, about seven times in ten.
“⟦d:b|Which should tell you something about the decisions, not about me,⟧” he says.
The tribunal judge, softly spoken and in a grey cardigan, asks Mackintosh to describe a normal Tuesday. “⟦d:c|Take your time. There are no wrong answers,⟧” she says.
It takes eleven minutes. Nobody interrupts.
Afterwards, in the corridor, I ask how she thinks it went.
“⟦d:a|I think they listened. That's more than last time,⟧” she says.
The decision arrives by post nine days later: fifteen points, the enhanced rate. The Department for Work and Welfare said it “⟦p:d|accepts the tribunal's decision⟧” and that “⟦p:d|the vast majority of assessments are accurate⟧”.

### 055
@a Chantelle Briggs | A MUM who shaved her head and faked terminal cancer to con £47,000 out of friends and strangers
@b Robert Ainsley | Judge
@c Nicola Hart | Best pal
@d Fergus Lamont | prosecuting
@e - | One donor
A MUM who shaved her head and faked terminal cancer to con £47,000 out of friends and strangers has been jailed.
Chantelle Briggs, 34, told supporters she had "⟦p:a|weeks, not months⟧" to live and set up an online fundraiser titled "⟦s:-|Chantelle's Last Christmas⟧".
Cash poured in from more than 900 people - but Briggs blew it on a Turkish holiday, designer handbags and a hot tub.
Fergus Lamont, prosecuting, told Harwell Crown Court: "⟦d:d|She even borrowed a wheelchair for a charity night in her honour. When the evening was over, she folded it up and carried it to the car herself.⟧"
Best pal Nicola Hart, who organised a sponsored head shave, said in a statement: "⟦d:c|I held her hand at what she said were her chemo appointments. I sat in the car park for hours. I feel sick when I think about it.⟧"
Briggs sobbed in the dock. In a letter to the judge she wrote: "⟦d:a|I told one lie and then I couldn't stop. I'm so ashamed.⟧"
Jailing her for three years, Judge Robert Ainsley said: "⟦d:b|You exploited the kindness of people who had very little to give. Some of them gave their last £20 because they thought a young mother was dying.⟧"
"⟦d:b|There are real families facing real cancer who will find it harder to raise money because of what you did.⟧"
One donor wrote on the fundraising page after the hearing: "⟦d:e|Hope she enjoyed the hot tub.⟧"

### 056
@a Ayodele Martins | Judge
@b Keith Brannock | Its managing director
@c Tracey Holt | His widow
@d Priti Chauhan | an inspector with the Workplace Safety Authority
@e Anthony Carew | prosecuting
A construction company has been fined £1.8 million for corporate manslaughter after a labourer fell 14 metres through an unprotected roof light at a warehouse site in Felling Cross.
Lee Holt, 42, a father of three, died instantly in September 2021.
Brannock Construction Ltd was convicted after a trial at Tynemere Crown Court. Its managing director, Keith Brannock, 61, was separately convicted of a health and safety offence and given a suspended sentence.
Anthony Carew KC, prosecuting, told the court that protective covers had been removed from the roof lights “⟦p:e|to save half a day⟧”.
“⟦d:e|Fifty pounds of plywood and half a day's delay. That was the price of Lee Holt's life,⟧” he said.
His widow, Tracey Holt, said in a statement read to the court: “⟦d:c|Every night I lay four places at the table, and then I remember.⟧”
Judge Ayodele Martins said: “⟦d:a|This was not a freak accident. It was a death that was entirely foreseeable and entirely preventable, and it was caused by a culture in which shortcuts were normal.⟧”
Brannock said outside court: “⟦d:b|I will carry this for the rest of my life. Lee was one of our own.⟧”
Priti Chauhan, an inspector with the Workplace Safety Authority, said: “⟦d:d|Falls through fragile roofs remain one of the biggest killers in construction. Every one of them is avoidable.⟧”

### 057
@a Ulrike Hahnemann | Presiding judge
@b Jens Kröger | A former intensive care nurse accused of killing six patients with overdoses of a heart drug
@c Matthias Oberländer | Senior public prosecutor
@d Gisela Baumann | a joint plaintiff whose mother was among the victims
ALTSTEDT, Feb 6 (Wire) – A former intensive care nurse accused of killing six patients with overdoses of a heart drug told a German court on Thursday that he had «⟦p:b|only ever wanted to relieve suffering⟧», as his trial opened under heavy security.
Jens Kröger, 52, addressed the court briefly at the start of proceedings. «⟦d:b|Ich wollte helfen,⟧» he said – «⟦d:b|I wanted to help.⟧»
Senior public prosecutor Matthias Oberländer said Kröger had injected the patients at night, when staffing on the ward was thinnest.
«⟦d:c|The defendant did not relieve suffering. He decided, alone and at night, who would live,⟧» Oberländer told the court.
Gisela Baumann, a joint plaintiff whose mother was among the victims, said outside the courtroom: «⟦d:d|He speaks of helping. My mother was recovering. She was due to go home on the Monday.⟧»
Presiding judge Ulrike Hahnemann said the court had scheduled 38 hearing days. «⟦d:a|We will take whatever time is necessary to examine each death individually,⟧» she said.

### 058
@a Declan Maguire | Judge
@b - | One juror
@c Shreya Iyer | Prosecutor
@d Jack Tennant | for the defendant
The trial of a man accused of a £3m cryptocurrency fraud has collapsed after a juror was found to have researched the defendant online.
The jury at Harbury Crown Court was discharged on the ninth day of the trial of Nikolai Petrov, 41, who denies fraud by false representation.
Judge Declan Maguire told the remaining jurors that one of their number had “⟦p:a|done the one thing I asked you all not to do⟧”.
“⟦d:a|I do not say this to shame anybody. But a trial must be decided on the evidence heard in this room, and on nothing else,⟧” he said.
One juror had sent the judge a note on Wednesday afternoon. “⟦d:b|Another juror has shown us an article about the defendant's previous business on her phone. We don't know what to do,⟧” it read.
Prosecutor Shreya Iyer told the court the Crown would seek a retrial. “⟦d:c|The public interest in a retrial is clear,⟧” she said.
Jack Tennant, for the defendant, said his client was “⟦p:d|understandably frustrated⟧”.
“⟦d:d|Mr Petrov has waited two years for this trial. He will now wait longer, through no fault of his own,⟧” Mr Tennant said.
“⟦d:a|Whether any further action is taken against the juror concerned is a matter for others,⟧” the judge added.

### 059
@a W41 | The firearms officer who shot dead Marcus Bell in a car park in Southmere
@b Desmond Okeke | the inquiry chairman
@c Leila Haddad | for the family
@d Simone Bell | Marcus Bell's sister
The firearms officer who shot dead Marcus Bell in a car park in Southmere told a public inquiry on Monday that he believed Mr Bell was "⟦p:a|about to fire⟧" when he pulled the trigger.
The officer, known only as W41, gave evidence from behind a screen with his voice disguised.
"⟦d:a|I saw his right hand come up from below the dashboard holding something dark. In that moment I believed my colleague was going to be shot,⟧" he said.
The object in Mr Bell's hand was later found to be a black mobile phone.
Leila Haddad, for the family, asked W41 why he had not waited. "⟦d:c|You had a second or two. Why not shout a warning?⟧" she asked.
"⟦d:a|I did shout. I shouted 'armed police, show me your hands' twice,⟧" W41 replied.
"⟦d:c|None of the eight other witnesses heard a second warning. Not one.⟧"
"⟦d:a|I can only tell you what I did.⟧"
Sir Desmond Okeke, the inquiry chairman, intervened to remind Ms Haddad that the witness was "⟦p:b|entitled to finish his answers⟧".
Marcus Bell's sister, Simone Bell, said outside the hearing: "⟦d:d|Marcus was holding his phone because he was calling me. He was calling to say he was on his way.⟧"

### 060
@a Elfed Pritchard | A hill farmer who left more than 40 sheep to die in a snowbound field near Llanfechan
@b Eirlys Vaughan | Presiding magistrate
@c Gethin Howells | Prosecutor
@d Carys Morgan | an inspector with the Animal Welfare League
A hill farmer who left more than 40 sheep to die in a snowbound field near Llanfechan has been banned from keeping animals for ten years.
Elfed Pritchard, 66, of Tŷ Isaf, admitted causing unnecessary suffering when he appeared before Caerwyn magistrates. He gave evidence in Welsh through an interpreter.
Prosecutor Gethin Howells said inspectors had found carcasses “⟦p:c|in every corner of the field⟧”.
Carys Morgan, an inspector with the Animal Welfare League, said: “⟦d:d|It was one of the worst scenes I've attended. The surviving animals were so weak they couldn't stand.⟧”
Pritchard said his wife had been in hospital that winter and he had been “⟦p:a|trying to be in two places at once⟧”. “⟦d:a|I should have asked for help. I was too proud,⟧” he said.
As the bench retired, he turned to the inspectors and said: “⟦d:a|Mae'n ddrwg gen i⟧” – “⟦d:a|I'm sorry⟧”.
Presiding magistrate Eirlys Vaughan said: “⟦d:b|We accept that you were under great strain. But these animals depended on you entirely.⟧”

### 061
@a Imran Bakshi | The Solicitor General
@b Ngozi Eze | Lady Justice
@c Teresa Colquhoun | Mrs Colquhoun's daughter
@d Stephen Rourke | A man who left a pensioner with a fractured skull after a doorstep robbery
A man who left a pensioner with a fractured skull after a doorstep robbery has had his sentence more than doubled by the Court of Appeal.
Stephen Rourke, 27, was originally given four years for robbing 81-year-old Agnes Colquhoun at her home in Kilbride Road, Dunmere, in May.
The Solicitor General, Imran Bakshi, referred the case to the Court of Appeal, arguing the original judge had given "⟦p:a|far too much weight⟧" to Rourke's difficult upbringing.
Lady Justice Ngozi Eze, sitting with two other judges, said the original term was "⟦p:b|unduly lenient by a wide margin⟧" and increased it to nine years.
"⟦d:b|This was a targeted attack on an elderly woman in the one place she was entitled to feel safe. The sentence passed did not begin to reflect that,⟧" she said.
Mrs Colquhoun's daughter, Teresa Colquhoun, said her mother had not returned home since the attack.
"⟦d:c|She lives with me now. She won't answer the door to anyone, not even the postman,⟧" she said. "⟦d:c|Nine years is better. It doesn't give her back her house.⟧"
Rourke, appearing by video link from prison, said only: "⟦d:d|Fair enough.⟧"
Mr Bakshi said afterwards: "⟦d:a|I hope this sends a clear message that those who prey on the elderly will face the full force of the law.⟧"

### 062
@a Margaret Docherty | -
@b Eileen Docherty | -
@c Fiona Strachan | counsel for the families
@d Hamish Lyall | the former pit manager
The Docherty sisters sit side by side in the front row of Strathbaan's community hall, which for six weeks this spring has served as the venue for the reopened inquest into the 1978 Glenkerrie colliery explosion. Margaret Docherty is 81; Eileen Docherty is 78. Their father, Joseph, was one of 17 men who did not come up.
“⟦d:a|We were told it was an act of God,⟧” Margaret says. “⟦d:a|I was 35 before I found out God had been sent three warnings about the methane.⟧”
Eileen is quieter. She holds a folder of newspaper cuttings on her lap, the earliest of them yellow as butter.
“⟦d:b:m|Mum never talked about it. She went back to work at the bakery the week after the funeral, because there was nothing else to do.⟧
“⟦d:b|We didn't have a word for what she was. Now they'd call it trauma. Then it was just called getting on.⟧”
The original 1979 inquest lasted a day and a half. The new hearing, ordered after documents were found in a council archive, has heard from 41 witnesses.
“⟦d:-|We were told to stop asking,⟧” one of them says, and the other nods.
On Thursday, Fiona Strachan, counsel for the families, questioned Hamish Lyall, the former pit manager, now 90, about a memo in which he had described gas readings as “⟦p:d|a nuisance rather than a hazard⟧”.
“⟦d:c|Did you ever go down to see for yourself, Mr Lyall?⟧” she asked.
“⟦d:d|Not that week. I wish to God I had,⟧” he said.
In the front row, Margaret reached for her sister's hand. Afterwards, in the car park, she said: “⟦d:a|That's the first time in 45 years anybody from the management has said they wish anything.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh95.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh95",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
