# ruff: noqa: E501
"""Build ``quotes_fresh6.jsonl``: a sixth independent, held-out gold set of quotes.

All passages are fictional and were written from scratch for this file, without
reading the extractor, without running it, and without reading the passages of the
other gold sets. The set is meant to be evaluated once, as an honest measure on
unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh6-NNN``.

Conventions:

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, PC, Sen., Rep., Councillor, KC); when only a
  first name is given (``her nephew, Pieter``; ``Mr Wrzesniak's sister,
  Halina``) that first name is the speaker. The description is the role or appositive
  as written in the passage (the one given where the speaker is introduced, or the
  definite description used at the cue, e.g. ``the 58-year-old``), else null. A role
  title standing before the name (``Area coroner Morwenna Trenowyth``, ``Police Chief``,
  ``Principal``, ``District Judge``, ``Senator``, ``Sen.``, ``Cllr``) is the description when the passage gives no
  appositive; courtesy honorifics (Mr, Ms, Dr, Sir, KC) never are.
* An organisation that is itself the grammatical speaker (``Kernow Sound said in a
  statement``, ``the department said``) is the speaker. An unnamed person speaking for
  an organisation (``a Wellington Water spokesperson said``) has a null speaker and that phrase as
  the description. Unnamed sources, crowds of one (``one spectator on Henman Hill``)
  likewise have a null speaker and a description.
* Written statements by an identified author count as speech: letters, memos,
  statements, tweets and social-media posts or captions (``posted … with the
  caption``) are ``direct`` (or ``partial``) with that author as speaker.
* Signs, banners, placards, graffiti, printed mugs and shop signs are never speech:
  ``scare``. Slogans chanted by a crowd are treated the same way (``scare``), since
  they are collective slogans rather than a statement by an identifiable speaker.
  Titles of works, nicknames, catchphrases cited as such, labels and words or phrases
  discussed as words are ``scare``.
* A quoted saying or shout whose speaker is not identified at all (an old newsroom
  maxim; ``someone shouted``) is ``direct`` with speaker and description null.
* A reporter's or interviewer's question quoted as such is ``direct`` speech by the
  (unnamed) reporter.
* Quotation marks are straight ``"``, curly ``“ ”``, guillemets ``« »`` or doubled
  backticks with doubled apostrophes (````…''``). Single marks (``‘…’``) are only ever
  used for a quote *inside* a quote; such an inner quote is part of the outer span and
  is not annotated separately (even when it is someone else's words).
* Where a speaker has both an appositive at its introduction and a definite
  description at a later cue, the introduction's appositive is the description. An
  organisation gets as description the appositive it is introduced with (``its
  organisers, Kernow Sound``) or the definite description that stands for it
  at the cue (``the company said``), else null.
* Speech given through an interpreter, or quoted in another language with a
  translation in brackets after it, belongs to the original speaker; the original and
  the translation are two spans. A letter quoted by its opening (``"Dear Mum, …," it
  begins``) is its writer's.
* Passages written as a transcript (``Q:`` / ``A:``) carry speech without quotation
  marks; only the quotation marks inside them are annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 60 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh6.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import build_set

OUT = Path(__file__).with_name("quotes_fresh6.jsonl")

PASSAGES = """
### 001
@a Renato Balagtas | the provincial disaster risk reduction officer
@b PAGASA | The state weather bureau
@c Marites Oandasan | a 52-year-old fish vendor
MANILA, Oct 14 (Reuters) - Typhoon Kalapati slammed into the northern Philippine province of Cagayan early on Tuesday, tearing roofs off houses and forcing more than 80,000 people into evacuation centres, officials said.
"⟦d:a|The winds were stronger than we expected. Many of the houses along the coast are made of light materials and simply could not hold,⟧" Renato Balagtas, the provincial disaster risk reduction officer, told Reuters by telephone.
The state weather bureau PAGASA said in its 11 a.m. bulletin that the storm was packing maximum sustained winds of 175 kph (109 mph) and warned of "⟦p:b|life-threatening storm surges⟧" of up to three metres in low-lying coastal villages.
In Aparri town, Marites Oandasan, a 52-year-old fish vendor, sheltered with her three grandchildren in a school gymnasium. "⟦d:c|We left with nothing but the clothes we are wearing. I do not know if our house is still standing,⟧" she said.
Balagtas said power had been cut across 19 towns. "⟦d:a|Our priority now is clearing the roads so relief goods can get through,⟧" he said.
### 002
@a Halina | Mr Wrzesniak's sister
@b Philomena Scarisbrick | Prosecutor
@c Alasdair Cope | His barrister
@d Henrietta Thwaite | the Recorder of Middlesbrough
A Middlesbrough man who ran over a delivery cyclist while racing a friend through the city centre has been jailed for seven years.
Jaden Loxley, 24, of Acklam, admitted causing death by dangerous driving at Teesside Crown Court. His victim, 31-year-old Radosław Wrzesniak, died at the scene on Marton Road last November.
In a statement read to the court, Mr Wrzesniak's sister, Halina, said: "⟦d:a|Radosław came to this country to build a life. He sent money home every month. He was the one who held our family together, and now there is a hole that nobody can fill.⟧"
Prosecutor Philomena Scarisbrick said dashcam footage showed Loxley reaching 68mph in a 30mph zone. "⟦d:b|This was not a momentary lapse. It was a sustained piece of driving of the utmost recklessness,⟧" she told the court.
His barrister, Alasdair Cope, said his client was "⟦p:c|genuinely and profoundly remorseful⟧" and had written a letter to the family which he hoped they would one day read.
Sentencing, the Recorder of Middlesbrough, Judge Henrietta Thwaite, told Loxley: "⟦d:d|You treated a public road as a racetrack, and a man who was simply doing his job paid for it with his life.⟧"
Loxley was also banned from driving for 10 years.
### 003
@a Emlyn Trevaskis | -
@b Colm Ruddy | His opposite number
@c Ade Okonkwo-Blair | the teenager
Emlyn Trevaskis admitted his Stockbridge County side "⟦p:a|got out of jail⟧" after a stoppage-time equaliser from Ade Okonkwo-Blair rescued a point at home to Wexcombe Rovers.
Rovers had led through a first-half header from Lewis Tranter and should have been out of sight when Tranter struck the post just after the hour.
"⟦d:a|Ade has been outstanding since he came in, but I won't pretend we deserved anything today,⟧" Trevaskis said. "⟦d:a|We were second to everything for 60 minutes.⟧"
His opposite number, Colm Ruddy, was less philosophical. "⟦d:b|We've thrown away two points and that's on us – nobody else,⟧" the Rovers boss said. "⟦d:b|Lewis will be gutted about the post, but I'd rather he was in there missing than not getting there at all.⟧"
Okonkwo-Blair, 19, dedicated the goal to his late grandfather. "⟦d:c|He never missed a game when I was a kid. That one's for him,⟧" said the teenager.
### 004
@a Lachlan Thorburn | The New South Wales Premier
@b Bronwyn Vandermolen | Opposition Leader
@c - | One backbencher
The New South Wales Premier has refused to rule out further toll increases on Sydney's motorways, telling Parliament the state's finances left "⟦p:a|no easy options⟧".
Premier Lachlan Thorburn came under sustained attack in Question Time from Opposition Leader Bronwyn Vandermolen, who accused the government of "⟦p:b|quietly picking the pockets of western Sydney families⟧".
"⟦d:b|Will the Premier stand up today and guarantee that no motorist will pay a cent more next year? Yes or no?⟧" Ms Vandermolen asked.
"⟦d:a|What I will guarantee is that this government will not make promises it cannot keep, unlike those opposite,⟧" Mr Thorburn replied, to jeers from the Opposition benches.
One backbencher could be heard shouting "⟦d:c|Answer the question!⟧" before the Speaker called the House to order.
### 005
@a Sadhbh Rourke-Mallon | the director
@b Oisín Breathnach | -
Oisín Breathnach's new play, "⟦s:-|The Quiet Acre⟧", is billed as a "⟦s:-|rural thriller⟧", which undersells it badly. Set on a Leitrim farm during the long, dry summer of 1976, it is closer to Greek tragedy than to anything with a body in the slurry pit.
In a programme note, the director, Sadhbh Rourke-Mallon, writes that she wanted the production to feel "⟦p:a|as though the audience had wandered into a kitchen they were not invited into⟧". She has largely succeeded: the Peacock has rarely felt so cramped, or so tense.
The title comes from a field the father refuses to sell, which the neighbours call "⟦s:-|the widow's acre⟧" – a name the play slowly and painfully explains.
Speaking after the press night, Breathnach said the play had started life as a radio drama. "⟦d:b|I kept hearing the voices but I couldn't see the kitchen. It took me ten years to see the kitchen,⟧" he said.
Until March 3rd.
### 006
@a Josphat Kiprono Langat | chairman of the Nakuru Matatu Owners Association
@b Esther Nyaboke | trader
@c Caroline Wambui Njenga | County Transport Executive
Commuters in Nakuru were stranded for a second day on Tuesday as matatu operators kept their vehicles off the road in protest against new parking fees introduced by the county government.
Josphat Kiprono Langat, chairman of the Nakuru Matatu Owners Association, said the strike would continue until the Sh300 daily fee was withdrawn. "⟦d:a|We are not against paying. We are against being squeezed until there is nothing left for the driver and the conductor,⟧" Mr Langat said.
At Wakulima Market, trader Esther Nyaboke said she had walked seven kilometres from Kaptembwo. She told the Nation in Kiswahili: "⟦d:b|Hatuna pesa ya boda boda kila siku⟧" ("⟦d:b|We do not have money for boda boda every day⟧").
County Transport Executive Caroline Wambui Njenga defended the fees, saying they would fund a new bus terminus off the Nairobi-Nakuru highway. "⟦d:c|The old stage is a death trap. Operators have been consulted at every step and they know it,⟧" she said.
Mr Langat disputed that. "⟦d:a|Consulted? We read about it in the newspaper like everybody else,⟧" he said.
### 007
@a Azhar Iqbal Warraich | Senator
@b Sadia Rehman Abbasi | Minister of State for Finance
@c Lubna Mengal | Senator
ISLAMABAD: The Senate on Wednesday witnessed heated exchanges over the government's proposal to levy sales tax on imported solar panels, with the measure dubbed a "⟦s:-|sunlight tax⟧" on social media.
Taking the floor, Senator Azhar Iqbal Warraich said the measure would punish households that had invested their savings to escape loadshedding. "⟦d:a|The government first failed to provide electricity, and now it wants to tax people for producing their own,⟧" he said.
Minister of State for Finance Sadia Rehman Abbasi responded that the tax applied only to panels above a certain capacity. "⟦d:b|There is a great deal of misinformation. No ordinary household will pay a single rupee extra,⟧" she told the house.
Mr Warraich interrupted to ask whether the minister had "⟦p:a|read her own finance bill⟧", prompting the chair to call for order.
Senator Lubna Mengal said the word "⟦s:-|ordinary⟧" was doing a lot of work in the minister's reply. "⟦d:c|Who decides who is ordinary? The FBR? The same FBR that cannot find the big fish?⟧" she asked.
The house was later adjourned till Thursday.
### 008
@a Volta Agro-Processing | the company
@b Kwasi Asamoah-Boadu | Managing director
@c - | An analyst at a local brokerage
ACCRA — Shares of Volta Agro-Processing fell 9 per cent on the Ghana Stock Exchange on Thursday after the company warned that a shortage of raw cashew nuts would cut its half-year output by a third.
In a filing to the exchange, the company said the shortfall was "⟦p:a|largely attributable to the cross-border smuggling of raw nuts⟧" and that it was "⟦p:a|engaging the relevant authorities⟧".
Managing director Kwasi Asamoah-Boadu said the processor had paid above the government floor price and still lost out. "⟦d:b|Buyers from across the border come with cash, on the spot, no paperwork. A farmer with school fees to pay is not going to wait two weeks for us,⟧" Mr Asamoah-Boadu said.
An analyst at a local brokerage, who asked not to be named because he was not authorised to speak to the media, said: "⟦d:c|The market was already nervous about the cedi. This just gave people an excuse to sell.⟧"
### 009
@a Koh Pei Shan | Senior Minister of State for Health
@b Rajan Subramaniam | -
@c Chua Li Ting | Workers' Party MP
SINGAPORE – More seniors will qualify for subsidised home-based care from April 2026, Senior Minister of State for Health Koh Pei Shan said in Parliament on March 5.
"⟦d:a|Many seniors tell us they want to age in their own homes, not in a nursing home bed. We should make that choice affordable,⟧" said Dr Koh.
Mr Rajan Subramaniam (Sembawang GRC) asked whether caregivers would also receive more support. "⟦d:b|Behind every senior at home is usually a daughter or a wife who has given up her job. Who is caring for her?⟧" he said.
Dr Koh said the ministry would review the Home Caregiving Grant, which currently provides $250 a month. She added that the ministry was "⟦p:a|studying carefully⟧" a suggestion to allow the grant to be used for respite care.
Speaking in Mandarin, Workers' Party MP Chua Li Ting (Aljunied GRC) said: "⟦d:c|Many elderly people who live alone do not even know these schemes exist.⟧"
### 010
@a Torquil Brabazon | Our man at the Basin
@b Marama | Reader
@c - | Pakistan's bowling coach
3.52pm: WICKET! Te Whata c Rizvi b Qadri 74. The partnership is broken at last. Te Whata drives loosely at one that holds its line and the edge flies to second slip.
3.55pm: Our man at the Basin, Torquil Brabazon, messages: "⟦d:a|Te Whata walked off shaking his head and had a word with himself all the way up the steps. Not a happy man.⟧"
4.01pm: Reader Marama from Porirua emails: "⟦d:b|That's the third time this summer he's got himself out just when the hard work was done. Someone needs to have a word.⟧"
4.10pm: TEA. New Zealand 241-5. Qadri has 3-48 and has been comfortably the pick of the bowlers. Pakistan's bowling coach, speaking to Sky Sport at the break, called it "⟦p:c|a proper fast bowler's spell⟧".
4.32pm: The crowd on the bank have started up a "⟦s:-|Qadri, Qadri⟧" chant, which is either mockery or grudging respect. Hard to tell from up here.
### 011
@a Eleanor Wijnbergen | -
@b Angus McKelvie | Her doctoral supervisor
@c Pieter | Her nephew
Eleanor Wijnbergen, who has died aged 91, spent six decades cataloguing the mosses of the Scottish Highlands, a task she once described as "⟦p:a|the slowest possible way to see the world⟧".
Born in Utrecht in 1933, she came to Edinburgh as a postgraduate and never left. Her doctoral supervisor, the formidable Angus McKelvie, reputedly told her that mosses were "⟦p:b|no subject for an ambitious young woman⟧"; she kept the remark pinned above her desk for the rest of her career.
In a 2009 interview with this newspaper, she recalled fieldwork on Ben Lawers in the 1960s. "⟦d:a|We had no Gore-Tex, no mobile telephones, nothing. If you fell, you lay there and thought about bryophytes until somebody noticed you hadn't come down for tea,⟧" she said.
Her nephew, Pieter, said she remained sharp until the end. "⟦d:c|Last month she corrected a nurse on the Latin name of the plant on her windowsill. The nurse had it wrong, of course,⟧" he said.
She is survived by Pieter and by her niece, Marloes.
### 012
@a - | My mother
@b - | A food critic
Rahel Tesfamariam opened Mesob on Cuba Street in 2016 with four tables and a borrowed stove. This week it was named Wellington's best casual restaurant. She spoke to us between services.
Q: When did you decide to open a restaurant?
A: Honestly, I never decided. My mother said to me, "⟦d:a|You are cooking for forty people every Sunday anyway. Why not make them pay?⟧" And she was right, as usual.
Q: What do first-timers get wrong?
A: They think injera is a side dish. One regular still calls it "⟦s:-|the sour pancake⟧", which I've given up correcting.
Q: Best review you've had?
A: A food critic once wrote that my shiro was "⟦p:b|the best thing I have eaten south of Addis Ababa⟧". I had that one framed.
### 013
@a Darnell Whitacre | Cressfield Police Chief
@b Virgil Hoverson | The truck's owner
@c - | A spokesperson for the Indiana State Police
CRESSFIELD, Ind. (WKRV) — A 17-year-old was in custody Thursday after leading officers on a 20-mile chase that ended when the stolen pickup he was driving crashed into a cornfield outside Remington, police said.
"⟦d:a|By the grace of God, nobody was killed tonight. That truck went through two red lights at better than 80 miles an hour,⟧" Cressfield Police Chief Darnell Whitacre said at a news conference.
Whitacre said the teen, whose name was not released because he is a minor, faces charges including receiving stolen property and failure to comply.
The truck's owner, Virgil Hoverson, said he had left the keys in the ignition "⟦p:b|for maybe two minutes⟧" while he ran into a gas station. "⟦d:b|Lesson learned. My wife's never going to let me hear the end of it,⟧" Hoverson said.
A spokesperson for the Indiana State Police said troopers joined the pursuit near the county line. "⟦d:c|Our aircraft was able to keep eyes on the vehicle, which allowed ground units to back off and reduce the risk to the public,⟧" the spokesperson said.
### 014
@a Michelle Bannerman | his mother
@b Morwenna Trenowyth | Area coroner
@c Kernow Sound | -
A teenager who died after taking an unknown substance at a festival near Penryn had been "⟦p:a|failed by nobody and everybody⟧", his mother has told an inquest.
Jory Bannerman, 18, of Camborne, collapsed in the medical tent at the Kernow Sound festival in August and died in hospital the following morning.
Michelle Bannerman said her son had been "⟦p:a|a sensible lad who made one stupid decision⟧". "⟦d:a|I don't blame the festival, and I don't blame the paramedics. I blame whoever sold it to him,⟧" she said.
Area coroner Morwenna Trenowyth, who recorded a conclusion of misadventure, said toxicology showed a "⟦p:b|very high concentration⟧" of MDMA. Addressing Mrs Bannerman directly, she said: "⟦d:b|I cannot imagine what you have been through. Jory was clearly very much loved.⟧"
Kernow Sound said in a statement that it was "⟦p:c|deeply saddened⟧" and would review its drug-safety measures before next year's event.
### 015
@a P. Muthuraman | the 58-year-old
@b - | an Executive Engineer
@c R. Jeyabalan | the Usilampatti Revenue Divisional Officer
MADURAI: Farmers in Usilampatti taluk staged a road roko on Monday demanding the release of water from the Vaigai dam for the samba crop.
“⟦d:a|We have already transplanted the seedlings. If water does not come in ten days, everything will wither,⟧” said P. Muthuraman, who cultivates paddy on three acres near Karumathur.
Officials of the Water Resources Department said the storage in the dam stood at 41 feet against its full level of 71 feet. “⟦d:b|The drinking water needs of Madurai city have to be protected first. A decision will be taken after the review meeting on Thursday,⟧” an Executive Engineer said, requesting anonymity.
Protesters raised slogans of “⟦s:-|Release water, save farmers⟧” against the State government.
The road roko was withdrawn after the Usilampatti Revenue Divisional Officer, R. Jeyabalan, held talks with them. “⟦d:c|I have conveyed their demand to the Collector and they have agreed to wait till Thursday,⟧” Mr. Jeyabalan said.
Mr. Muthuraman, however, was unconvinced. “⟦d:a|We have heard ‘Thursday’ before,⟧” the 58-year-old said.
### 016
@a Émilie Turcotte-Lafrenière | -
@b CPE des Petits Pinsons | The daycare
@c - | A spokesperson for Quebec's Families Ministry
@d Emre Karabulut | Another parent
A Gatineau daycare that abruptly closed its doors last week has left nearly 60 families scrambling for child care, with some parents saying they were given less than 24 hours' notice.
Émilie Turcotte-Lafrenière, whose two children attended the CPE des Petits Pinsons, said she learned of the closure through a Facebook post. "⟦d:a|I was at work. I had to leave in the middle of a shift and I still don't know what I'm doing next week,⟧" she said in French.
The daycare said in an email to parents that it had "⟦p:b|exhausted every option⟧" after a key funding agreement was not renewed.
A spokesperson for Quebec's Families Ministry said in a statement that officials were "⟦p:c|working actively⟧" to place the children in other centres.
Another parent, Emre Karabulut, was not reassured. "⟦d:d|Working actively? They said that in 2019 too, when the other one closed,⟧" said Karabulut, whose daughter is three.
### 017
@a Hinewai Tautahi | Principal
@b Rawiri Paewai | Kaumātua
@c Greg Strachan-Wells | The Ministry of Education's head of property
Whānau gathered at dawn on Friday to open the new wharekura building at Te Kura o Pūrākau near Kaikohe, ending a seven-year wait.
Principal Hinewai Tautahi said the building was long overdue. "⟦d:a|Our tamariki have been learning in prefabs that leak every time it rains. Today they walked into something that was built for them,⟧" she said.
Kaumātua Rawiri Paewai opened the ceremony with a karakia and reminded those gathered: "⟦d:b|He waka eke noa⟧" ("⟦d:b|We are all in this canoe together⟧").
The Ministry of Education's head of property, Greg Strachan-Wells, said delays had been caused by a shortage of builders in Northland. "⟦d:c|We acknowledge it has taken far too long, and we've apologised to the kura for that,⟧" he said.
### 018
@a Signe Solbakken | Chief executive
@b Lennart Ohlendorf | Nordhavn Securities analyst
Skarsvåg Maritime cut its full-year profit forecast on Wednesday, blaming weaker freight rates on Asia–Europe routes and the cost of sending ships around the Cape of Good Hope.
Chief executive Signe Solbakken told analysts on a conference call that rates had "⟦p:a|normalised faster than anyone expected⟧". "⟦d:a|We are not going to chase volume at any price. We would rather sail with space on board than destroy the market,⟧" she said.
Asked by Nordhavn Securities analyst Lennart Ohlendorf whether the company would idle more vessels, Solbakken said it was "⟦p:a|looking at all options⟧".
Ohlendorf later wrote in a note to clients: "⟦d:b|Management sounded less confident than at any point in the last two years. We cut our target price to NOK 142.⟧"
Shares in Skarsvåg closed down 6.2 per cent in Oslo.
### 019
@a Fergal Brosnahan | Ulster head coach
@b Jarlath Corless | Captain
Ulster head coach Fergal Brosnahan insists there is no panic in the camp despite a third straight URC defeat, and has backed his young out-half Cian Dowdall to come through a difficult spell.
"⟦d:a:m|Cian is 21. He's played 14 senior games. People forget that. He's going to have days like Saturday where the ball doesn't bounce for him and the kicks don't go over.⟧
"⟦d:a|But I see what he does in training every single week and I've no doubt he'll be a Test player. None whatsoever,⟧" Brosnahan said.
"⟦d:a|We have Munster at home next. There's no better game to turn it around.⟧"
Dowdall, who missed four of his six kicks at goal against the Bulls, was not put forward for interview.
Captain Jarlath Corless said the squad would "⟦p:b|stand by⟧" the young Lisburn man. "⟦d:b|He'd do the same for any of us,⟧" the lock said.
### 020
@a Anneliese Rothbauer | lead author
@c Matthias Lenhardt | Her colleague
@b Nii Ansah-Mensah | a consultant physician at King's College Hospital in London
People with type 2 diabetes who take a brisk 10-minute walk within half an hour of their evening meal have markedly lower blood sugar overnight, according to a study of 412 adults in Austria.
The researchers found that so-called "⟦s:-|post-meal spikes⟧" were reduced by an average of 18 per cent in the walking group compared with those who remained seated.
"⟦d:a|It's not a miracle. But it's free, it takes ten minutes and almost everybody can do it,⟧" said lead author Anneliese Rothbauer, of the Medical University of Graz.
Her colleague Matthias Lenhardt said the timing mattered more than the intensity. "⟦d:c|A slow walk straight after eating beat a fast walk two hours later. That surprised us,⟧" he said.
Nii Ansah-Mensah, a consultant physician at King's College Hospital in London who was not involved in the research, described the findings as "⟦p:b|plausible but preliminary⟧". "⟦d:b|The participants knew which group they were in, and people who are told to walk tend to make other changes too,⟧" he said.
### 021
@a Tegan Hollowell | -
@b Louise Hollowell | Her mother
@c Anatoly Vasquez-Orr | Her coach
The alarm goes off at 4.10am. By 4.40, Tegan Hollowell is on the water at Penrith, the lake still black, her breath clouding over the blades.
"⟦d:a|People think it's the mornings that break you. It isn't. It's the afternoons, when you've already trained twice and you know there's another session before dinner,⟧" she says, towelling off in a boatshed that smells of neoprene and Deep Heat.
Hollowell, 26, is the favourite for the women's single sculls in Los Angeles, a remarkable position for someone who did not sit in a boat until she was 19. Her mother, Louise, still finds it hard to believe.
"⟦d:b|She was a netballer. A good one. Then she came home from uni one day and said she'd joined the rowing club because the boys were nice,⟧" Louise Hollowell laughs. "⟦d:b|I said, ‘Give it a month.’ That was seven years ago.⟧"
Her coach, Anatoly Vasquez-Orr, spotted her at a university regatta in 2018. He remembers a rower with terrible technique and "⟦p:c|an engine you cannot teach⟧".
"⟦d:c|Technique I can fix. Wanting it, I can't,⟧" he says. "⟦d:c|Tegan wants it more than anybody I have coached, and I've coached world champions.⟧"
Hollowell, for her part, is wary of such talk. "⟦d:a|Anatoly says a lot of nice things on the record. Off the record he tells me my catch is rubbish,⟧" she says, grinning.
### 022
@a Reginald Penwarden | Cllr
@b Faye Akinwale | -
@c Janice Holroyd-Smith | Cllr
@d Tadbury Town Council | -
Plans to turn Tadbury's last public toilets into a coffee kiosk have been approved despite a heated debate at Tuesday's meeting of the town council.
Cllr Reginald Penwarden, who chairs the finance committee, said the toilets on Market Street cost £38,000 a year to run and were "⟦p:a|routinely vandalised⟧". "⟦d:a|We cannot keep pouring money down the drain, if you'll forgive the expression,⟧" he said, to groans from the public gallery.
Faye Akinwale, who runs a mother-and-toddler group at the library, told members she had collected 1,200 signatures against the closure. "⟦d:b|Where are parents supposed to take a three-year-old who needs to go now? The Co-op? They've got a sign on the door saying ‘No public toilets’,⟧" she said.
Cllr Janice Holroyd-Smith said the kiosk operator had agreed to keep a toilet open to the public during trading hours. "⟦d:c|This is not a closure, it is a change. Nobody is losing anything,⟧" she said.
"⟦d:-|Rubbish!⟧" someone shouted from the gallery.
The motion was carried by nine votes to four. In a statement after the meeting, Tadbury Town Council said the new arrangement would be "⟦p:d|reviewed after twelve months⟧".
### 023
@a Alex Deakin-Moss | Met Office meteorologist
@b Pauline Threlkeld | shopkeeper
@c National Highways | -
Heavy snow is expected to bring travel disruption to parts of northern England and southern Scotland on Thursday, with the Met Office issuing an amber warning for the Pennines and the Southern Uplands.
Up to 25cm could fall on high ground, with drifting in strong easterly winds. Met Office meteorologist Alex Deakin-Moss said the warning area could be extended.
"⟦d:a|It's not so much the amount of snow as the wind with it. Roads that are clear at nine o'clock could be impassable by midday,⟧" he said. "⟦d:a|If you don't need to travel across the tops, don't.⟧"
In Alston, which was cut off for three days in a similar storm in 2018, shopkeeper Pauline Threlkeld said villagers were used to it. "⟦d:b|We've got the bread in, we've got the milk in. We'll be fine – it's the lorries getting stuck on the A686 that worries me,⟧" she said.
National Highways said gritters had been out since Wednesday afternoon and urged drivers to "⟦p:c|plan ahead and pack a winter kit⟧".
### 024
@a Sébastien Marcoux | Transport Minister
@b Nadège Fouquier | the union's general secretary
@c Thibault Lemarchand | a 34-year-old software engineer
PARIS (AFP) - French rail workers will extend their strike into next week, unions said on Friday, ruling out a deal before the start of the school holidays as talks with the government over pensions broke down.
Transport Minister Sébastien Marcoux told France Inter radio that the unions were "⟦p:a|taking millions of families hostage⟧". "⟦d:a|The door remains open. But one does not negotiate with a gun to one's head,⟧" he said.
Nadège Fouquier, the union's general secretary, hit back at what she called "⟦p:b|provocative and insulting⟧" language. "⟦d:b|The minister should come down to the depots and explain to a train driver who starts at 4 am why he should work two more years,⟧" she told reporters outside the ministry.
At the Gare Montparnasse, where only one TGV in three was running, Thibault Lemarchand, a 34-year-old software engineer, said he had given up trying to get to Bordeaux. "⟦d:c|I support them in principle. In practice, I'm sleeping on my sister's sofa,⟧" he said.
### 025
@a Rodolfo Pangilinan | Police Lt. Col.
@b - | A neighbour who asked not to be named
QUEZON CITY — Police arrested on Sunday a man tagged as the leader of a gang behind a string of motorcycle thefts in the city's northern districts.
The suspect, identified only as "⟦s:-|Boyet⟧", was collared in a follow-up operation in Barangay Bagong Silangan after a stolen motorcycle was traced through its GPS tracker, said Police Lt. Col. Rodolfo Pangilinan, the station commander.
“⟦d:a|He has been operating since 2022. We believe he is responsible for at least 30 motorcycles, most of them sold in pieces to shops in Bulacan,⟧” Pangilinan told reporters.
Pangilinan said the group called itself the “⟦s:-|Bakal Boys⟧” and had members as young as 15.
A neighbour who asked not to be named said the suspect was known in the area as a quiet man who repaired tricycles. “⟦d:b|Ang bait niya sa amin⟧” (“⟦d:b|He was kind to us⟧”), the neighbour said.
### 026
@a Julius Ombati Momanyi | Education Cabinet Secretary
@b Gladys Chebet | the school's principal
@c Collins Kiprotich | -
Girls' schools dominated the top ranks in this year's KCSE examinations, whose results were released on Thursday at the Kenya National Examinations Council offices in Nairobi.
Education Cabinet Secretary Julius Ombati Momanyi said cases of cheating had dropped by more than half. "⟦d:a|This is the cleanest examination we have administered in a decade. The credit goes to the teachers and the field officers who refused to be compromised,⟧" the CS said.
At Kapsabet Girls, which produced 41 straight A candidates, the school's principal, Gladys Chebet, said the results were the product of "⟦p:b|discipline, prayer and a lot of night preps⟧".
In Eldoret, Collins Kiprotich, who scored an A plain at a sub-county school, said he wanted to study medicine. "⟦d:c|My father is a boda boda rider. He used to drop me at school before going to look for customers. This A is his,⟧" he said.
### 027
@a Meenakshi Ramanathan-Kerr | co-founder and chief executive
@b Tunde Olasehinde | a partner at Lighthouse Ventures
Fintech startup Ledgerlane has raised $24 million in a Series A round led by Lighthouse Ventures as it expands its invoice-financing product for small manufacturers in Southeast Asia.
The company, founded in Singapore in 2021, says its tool – which it calls "⟦s:-|PayBridge⟧" – lets suppliers get paid within 48 hours instead of waiting up to 120 days for large customers to settle.
"⟦d:a|Late payment is the silent killer of small businesses in this region. Everyone knows it, nobody fixes it, because the big buyers like the float,⟧" said co-founder and chief executive Meenakshi Ramanathan-Kerr.
Tunde Olasehinde, a partner at Lighthouse Ventures who will join Ledgerlane's board, said the firm had tracked the company for two years before investing. "⟦d:b|We watched the default rate very closely. It's been lower than anyone in the space,⟧" he said.
Ramanathan-Kerr said the money would go mainly on hiring in Jakarta and Ho Chi Minh City. Asked about profitability, she said the company was "⟦p:a|a couple of years away, and comfortable with that⟧".
### 028
@a Georgina Okafor-Reyes | Sen.
@b Nolan Hollenbeck | Vireo Health's chief executive
WASHINGTON — A Senate hearing on rising insulin prices turned testy Tuesday when lawmakers pressed the head of one of the country's largest pharmacy benefit managers on the rebates his company collects.
"⟦d:a|Mr. Hollenbeck, yes or no: does your company make more money when the list price of insulin goes up?⟧" asked Sen. Georgina Okafor-Reyes, D-Minn.
"⟦d:b|Senator, it's more complicated than a yes or no—⟧"
"⟦d:a|It's really not.⟧"
"⟦d:b|Our rebates are passed through to plan sponsors, who use them to lower premiums for everybody,⟧" said Nolan Hollenbeck, Vireo Health's chief executive.
Okafor-Reyes, whose husband has Type 1 diabetes, later told reporters the answer had been "⟦p:a|a masterclass in saying nothing⟧".
### 029
@a Jaideep Chauhan | -
@b Fraser Whitlock-Hay | England captain
@c - | A spokesperson for the England and Wales Cricket Board
India's leg-spinner Jaideep Chauhan said he had "⟦p:a|dreamt of this moment since I was eight⟧" after taking seven for 54 on the fourth day in Ranchi to put India on the brink of a series win over England.
Speaking in Hindi through an interpreter, Chauhan said he had been nervous bowling to the left-handers. "⟦d:a|My coach told me to forget the batsman and bowl to the rough. The rough did the rest,⟧" he said.
He dedicated the spell to his father, a bus conductor in Gorakhpur, who was in the stands. "⟦d:a|He has never seen me play in a Test match before. Today he saw seven wickets. I think he will not sleep tonight,⟧" Chauhan said.
England captain Fraser Whitlock-Hay refused to blame the pitch. "⟦d:b|We knew what we'd get here. Jai bowled beautifully and we didn't have the answers, simple as that,⟧" he said.
Whitlock-Hay was later fined 15 per cent of his match fee for dissent after gesturing at the umpire. A spokesperson for the England and Wales Cricket Board said: "⟦d:c|Fraser has accepted the sanction and will not be commenting further.⟧"
### 030
@a Liam Carrigan | Laois manager
@b TJ Brolly | substitute
@c Eoin Dempsey-Walsh | the Clare full-back
Laois manager Liam Carrigan described his side's one-point win over Clare in O'Moore Park as "⟦p:a|the worst we've played all year and the best result⟧".
"⟦d:a|We were flat. Clare were better than us for long spells. But championship hurling is about being in front at the end and we were,⟧" Carrigan said.
The winner came from substitute TJ Brolly, who had been on the field for less than four minutes. "⟦d:b|I just hit it and hoped. I didn't even see it go over – I heard the roar,⟧" the Camross clubman said.
Clare had a late penalty appeal turned down when Eoin Dempsey-Walsh went down under a challenge from Brolly's clubmate. "⟦d:c|I'm not going to cry about it. The ref had a better view than I did, apparently,⟧" the Clare full-back said afterwards.
### 031
@a Gobnait Ní Dhubhghaill | Senior counsel for the inquiry
@b Conall Farrelly | the former chief executive of the Western Health Board
The former chief executive of a health board told the Cervical Screening Tribunal yesterday that he had "⟦p:b|no memory whatsoever⟧" of an email warning that smear tests were being misread.
Senior counsel for the inquiry, Gobnait Ní Dhubhghaill, read the email aloud. "⟦d:a|It says, and I quote: ‘I am seriously concerned that a significant number of slides are being reported as clear when they are not. I would ask that this be escalated without delay.’ Do you accept you received that, Mr Farrelly?⟧"
"⟦d:b|I accept it was sent to my address. I received hundreds of emails a week,⟧" said Conall Farrelly, the former chief executive of the Western Health Board.
"⟦d:a|And you did not escalate it?⟧"
"⟦d:b|Not that I can recall, no.⟧"
The tribunal continues today.
### 032
@a Perpetua Tremlett | a senior economist at the Resolution Group
You've probably noticed it even if you didn't have a name for it: the chocolate bar that's a little thinner, the crisp packet with a little more air, the washing-up liquid bottle that runs out a week early. Economists call it "⟦s:-|shrinkflation⟧".
The term was coined in 2009 and took off during the cost-of-living crisis, when it was briefly one of the most searched words in the UK. Its cousin, "⟦s:-|skimpflation⟧", describes cheaper ingredients or a worse service at the same price.
Is it legal? Generally, yes, as long as the packaging shows the correct weight. Supermarkets have started adding "⟦s:-|now smaller⟧" stickers to some products after pressure from consumer groups.
"⟦d:a|Manufacturers know that shoppers watch prices much more closely than quantities. A 10p rise gets noticed; 10 grams less usually doesn't,⟧" says Perpetua Tremlett, a senior economist at the Resolution Group.
So what can you do? Check the unit price on the shelf label – the "⟦s:-|price per 100g⟧" figure – rather than the headline price.
### 033
@a Noeline Hawkes | coach
@b Ariana Fuimaono | Captain
@c Jodie Tamatea-Brown | -
The Silver Ferns have named three uncapped players in their squad for the Constellation Cup, with coach Noeline Hawkes saying the team needs to "⟦p:a|start building for 2027 now, not next year⟧".
"⟦d:a|They've earned it through the domestic league. I'm not picking them to make up the numbers,⟧" Hawkes said at the squad announcement in Auckland.
The selections leave no room for veteran shooter Jodie Tamatea-Brown, who has 88 test caps. Hawkes said she had phoned her on Sunday night. "⟦d:a|It was a hard conversation, and Jodie was gracious, as you'd expect,⟧" she said.
Tamatea-Brown later posted on Instagram: "⟦d:c|Not the news I wanted. I'll keep working and see what happens. Go the Ferns.⟧"
Captain Ariana Fuimaono welcomed the newcomers but said the senior players would miss Tamatea-Brown in the circle. "⟦d:b|She's the best I've played with for reading a feed. You don't replace that overnight,⟧" the captain said.
### 034
@a Garrick Solheim | Mayor
@b Kalinda Morrisseau | a fire information officer with the BC Wildfire Service
@c Otis Pritchett | the rancher
An evacuation order for more than 2,400 residents of Fort Kenning was expanded Saturday evening as a wildfire burning northwest of the town jumped a highway and moved within five kilometres of its western edge.
"⟦d:a|Please, if you are on the order, leave now. Do not wait to see the flames. Do not go back for your things,⟧" Mayor Garrick Solheim said in a video posted to the town's Facebook page.
Kalinda Morrisseau, a fire information officer with the BC Wildfire Service, said gusts of up to 60 km/h had pushed the fire further than expected. "⟦d:b|We saw extreme fire behaviour this afternoon, with spotting up to a kilometre ahead of the main front,⟧" she said.
At the reception centre in Prince George, Otis Pritchett said he had left his cattle behind. "⟦d:c|I opened the gates and let them go. They've got a better chance on their own than in a pen,⟧" the rancher said, his voice breaking.
Morrisseau said crews would be focused overnight on protecting structures. She described conditions on Sunday as "⟦p:b|not in our favour⟧".
### 035
@a Viggo Ekwall-Haar | the study's lead author
@b Siddhant Mehrotra | an astronomer at the Inter-University Centre for Astronomy and Astrophysics in Pune
Astronomers have detected water vapour in the atmosphere of a rocky planet orbiting a red dwarf star 48 light-years from Earth, the first such finding for a world of roughly Earth's size.
The planet, known only by its catalogue name, was observed during four transits using the James Webb Space Telescope.
"⟦d:a|We went in expecting a flat line. When the water feature showed up in the first transit, we assumed it was an instrument artefact,⟧" said Viggo Ekwall-Haar of Uppsala University, the study's lead author. "⟦d:a|By the fourth transit we had run out of ways to explain it away.⟧"
Siddhant Mehrotra, an astronomer at the Inter-University Centre for Astronomy and Astrophysics in Pune who was not involved in the work, urged caution. Starspots on red dwarfs can mimic the signal of water, he noted. "⟦d:b|I'd want to see it confirmed with a second instrument. Red dwarfs are very good at fooling us,⟧" Mehrotra said.
Ekwall-Haar agreed more observations were needed but said his team had "⟦p:a|modelled the starspots to death⟧".
### 036
@a Itziar Etxeberria | Assistant District Attorney
@b Elliott Banning | Defense attorney
@c Clifford Quist | the victim's father
A Hennepin County jury on Friday convicted a 42-year-old Bloomington man of second-degree murder in the 2023 shooting of a convenience store clerk, rejecting his claim that he fired in self-defense.
Leland Crisp showed no visible reaction as the verdict was read. Sentencing is set for March.
"⟦d:a|Jeremy Quist was 22 years old. He was working a night shift to pay for college. He did nothing but ask a customer to pay for his gas,⟧" Assistant District Attorney Itziar Etxeberria said outside the courtroom.
Defense attorney Elliott Banning said his client would appeal. "⟦d:b|The jury didn't get to see the full video. We believe that matters a great deal,⟧" Banning said.
In the hallway, the victim's father, Clifford Quist, hugged members of the jury as they left. "⟦d:c|Nothing brings Jeremy back. But today somebody said out loud that what happened to him was wrong,⟧" he said.
### 037
@a Ghulam Sarwar Junejo | Deputy Commissioner
@b Shahnaz Bibi | -
@c PDMA | -
HYDERABAD: Floodwater entered at least 60 villages in Jamshoro and Dadu districts on Sunday after a protective embankment along the Indus gave way near Sehwan, officials said.
Deputy Commissioner Ghulam Sarwar Junejo said boats had been deployed and relief camps set up in government schools. “⟦d:a|Our first priority is to get women, children and the elderly to higher ground. Livestock will come next,⟧” he told Dawn.
Shahnaz Bibi, who had waded through waist-deep water with her four children, said they had received no warning. “⟦d:b|We heard the noise at night and by the time we came out, the water was at the door,⟧” she said, sitting under a tarpaulin on the Indus Highway.
In an advisory issued late on Sunday, the PDMA warned that a “⟦p:c|high to very high⟧” flood was expected to pass Kotri Barrage by Wednesday.
### 038
@a Wren Marrow | -
Wren Marrow's fourth album opens with a song called "⟦s:-|Kerosene Lullaby⟧" and closes with one called "⟦s:-|Morning, Finally⟧", and the 42 minutes in between trace a slow crawl out of somewhere very dark.
The Tyneside singer has never been shy about her struggles; her 2019 breakthrough, "⟦s:-|Salt in the Cut⟧", was written during a stay in a psychiatric unit. But "⟦s:-|Small Hours⟧" is gentler, stranger and better.
"⟦d:a|I wanted to make a record that sounded like the moment the heating clicks on at 6am, when you've been awake all night,⟧" Marrow told this paper last month. "⟦d:a|That little hum. That's hope, for me.⟧"
The standout is "⟦s:-|Dolly's⟧", named after a café in Whitley Bay, where a six-minute piano figure builds into something almost euphoric. The lyrics, about "⟦s:-|tea gone cold and a lifeboat on the telly⟧", are her plainest yet.
Four stars.
### 039
@a Yaw Adu-Gyamfi | The Member of Parliament for Offinso Central
@b Adwoa Serwaa Frimpong-Manso | Deputy Majority Leader
@c Minority caucus | -
ACCRA: The Member of Parliament for Offinso Central, Yaw Adu-Gyamfi, has called on the Ministry of Roads to fix the Offinso–Abofour road before the rainy season, describing it as a "⟦p:a|death trap⟧".
Contributing to a statement on the floor of the House on Tuesday, the MP said at least 11 people had died on the stretch since January. "⟦d:a|Mr Speaker, this road has been awarded on three occasions under three governments. Each time the contractor moves to site, takes pictures, and disappears,⟧" Mr Adu-Gyamfi said.
Deputy Majority Leader Adwoa Serwaa Frimpong-Manso said the contract had been re-awarded and work would begin "⟦p:b|within weeks⟧". "⟦d:b|I want to assure my colleague that funds have been released. This time it will be different,⟧" she said.
The Minority caucus, in a statement signed by its ranking member on roads, said it had heard "⟦p:c|within weeks⟧" before and would "⟦p:c|believe it when we see the graders⟧".
### 040
@a Teo Jun Hao | District Judge
@b Sharmila Dorai | Deputy Public Prosecutor
@c Lim Beng Kiat | -
SINGAPORE - A former property agent who cheated 14 clients of nearly $400,000 in rental deposits was sentenced to four years and two months' jail on Wednesday.
Lim Beng Kiat, 47, pleaded guilty to seven counts of cheating, with 19 other charges taken into consideration for sentencing.
Deputy Public Prosecutor Sharmila Dorai sought at least four years' jail, arguing that Lim had "⟦p:b|preyed on foreigners who were new to Singapore and unfamiliar with the rental market⟧".
Lim, who was unrepresented, told the court he had used the money to pay off gambling debts. "⟦d:c|I am very sorry. I wanted to return everything but the debts kept growing,⟧" he said, breaking down in the dock.
In sentencing, District Judge Teo Jun Hao said the offences involved "⟦p:a|a clear and calculated abuse of trust⟧". "⟦d:a|The victims handed over their deposits because the accused was a registered agent. That registration meant something to them,⟧" the judge said.
### 041
@a Reto Hanselmann | the municipal president of Brienzwiler
@b Federal Office for the Environment | -
@c Séverine Aebischer | -
BERNE – Around 300 residents of the Bernese Oberland village of Brienzwiler were told on Monday to leave their homes for at least two weeks after geologists warned that a section of mountainside above the village was moving faster than at any point since measurements began.
«⟦d:a|Nobody wanted to hear this, but the mountain does not negotiate,⟧» said Reto Hanselmann, the municipal president of Brienzwiler, at an information evening in the village hall.
The Federal Office for the Environment said the rock mass, estimated at 1.2 million cubic metres, was sliding by up to 40 centimetres a day. A collapse was «⟦p:b|possible within days, but not certain⟧», it said.
Séverine Aebischer, who runs a guesthouse on the edge of the evacuation zone, said she had cancelled all her bookings for August. «⟦d:c|I grew up under this mountain. My grandmother always said it would come down one day. I thought she was being dramatic,⟧» she said.
### 042
@a Thaddeus Pemberton-Tully | Commerce Secretary
@b Lucille Abernathy-Cole | chief economist at a Chicago investment firm
@c - | a Treasury official
WASHINGTON (UPI) -- The nation's trade deficit narrowed sharply in March as exports of aircraft and farm goods rose to a record, the Commerce Department reported Tuesday.
``⟦d:a|These numbers tell you American workers can compete with anybody in the world when the playing field is level,⟧'' Commerce Secretary Thaddeus Pemberton-Tully told reporters at the White House.
Private economists were more cautious. Lucille Abernathy-Cole, chief economist at a Chicago investment firm, called the figures ``⟦p:b|a one-month wonder⟧'' driven by a handful of large aircraft deliveries.
``⟦d:b|Take out Boeing and you've got a deficit that's basically flat. I wouldn't pop any corks,⟧'' she said.
A Treasury official, speaking on condition of anonymity, said the department was ``⟦p:c|encouraged but not surprised⟧'' by the report.
### 043
@a Delroy Atkinson | -
@b Wojciech Zawadzki | -
@c Joanna Pelling | Prosecuting
A man who stabbed a stranger outside a chicken shop in Lewisham because he felt "⟦s:-|disrespected⟧" has been found guilty of attempted murder.
Delroy Atkinson, 29, attacked 34-year-old Wojciech Zawadzki in Lee High Road in the early hours of 3 June last year, the Old Bailey heard.
Prosecuting, Joanna Pelling said the two men had never met before that night. "⟦d:c|Mr Zawadzki made a remark about the length of the queue. That was all. Within thirty seconds, he was on the pavement with four stab wounds,⟧" she told jurors.
Giving evidence, Mr Zawadzki said he remembered Atkinson turning round. "⟦d:b|He looked at me like I'd insulted his mother. I said, ‘Mate, I'm only hungry.’ Then I felt a punch in my side, except it wasn't a punch,⟧" he said.
Atkinson told the jury he had been frightened. "⟦d:a|He was bigger than me and he was in my face. I had the knife for protection. I never meant to hurt anyone,⟧" he said.
He will be sentenced next month.
### 044
@a Orla Fitzmaurice | the chief executive of the Irish Small Firms Association
@b Fintan Mulcahy | -
@c Department of Enterprise | -
"⟦d:a|It is death by a thousand invoices.⟧" That is how Orla Fitzmaurice, the chief executive of the Irish Small Firms Association, describes the cumulative impact of energy, wage and insurance costs on the State's 250,000 small businesses.
A survey of 1,100 members published by the association today found that almost one in five is considering closing or selling within a year.
In Tullamore, Fintan Mulcahy has run a hardware shop on O'Connor Square for 31 years. His electricity bill has doubled since 2021. "⟦d:b|I'm not looking for a handout. I'm looking for somebody in Dublin to understand that a shop like mine is not a multinational,⟧" he said.
"⟦d:b|My father opened this place in 1962. I'd like to be able to hand it on, but I wouldn't wish it on my son the way things are.⟧"
The Department of Enterprise said it was "⟦p:c|acutely aware⟧" of the pressures on small firms and pointed to a €250 million support scheme announced in the budget.
### 045
@a Lowenna Penrose-Clegg | -
@b Aled Rhys-Pritchard | -
@c - | A Reform UK source
@d Ceinwen Venning | our political correspondent
02:14 Lowenna Penrose-Clegg holds St Austell and Newquay. The Liberal Democrat candidate's majority has gone up by more than 4,000. In her speech she thanks "⟦p:a|every single person who knocked on a door in the rain⟧".
02:31 Labour have lost Ynys Môn. Aled Rhys-Pritchard, who held the seat for nine years, is gracious in defeat. "⟦d:b|The people of this island have spoken, and they have every right to. I'll be back on the beach with the dog tomorrow,⟧" he tells the count.
02:40 A Reform UK source tells us the party is "⟦p:c|quietly delighted⟧" with its vote share in the Welsh valleys, even if seats have not followed. "⟦d:c|Second in eleven seats. Give it five years,⟧" the source says.
02:52 Our political correspondent Ceinwen Venning has been at the count in Bridgend all night: "⟦d:d|The mood among Labour activists here has gone from nervous to grim. Several of them have already gone home.⟧"
### 046
@a Liudmyla Hrytsenko | -
@b Nataliia | her 16-year-old daughter
@c Bernie Kilcoyne | the centre's manager
When Liudmyla Hrytsenko arrived in Carrick-on-Shannon in March 2022, she had two suitcases, a teenage daughter and not a word of English. Two years on, she teaches maths part-time at the local secondary school – in English.
"⟦d:a|The first months I cried every day. Not because people were unkind. Because they were so kind, and I could not say thank you properly,⟧" she said, speaking through an interpreter at the Carrick-on-Shannon family resource centre.
Her 16-year-old daughter, Nataliia, needed no interpreter. "⟦d:b|Mam is too modest. She passed her English exam with the highest mark in the class,⟧" she said, in an accent that is already unmistakably Leitrim.
Bernie Kilcoyne, the centre's manager, said Ms Hrytsenko had become "⟦p:c|part of the furniture⟧". "⟦d:c|She came to us for help. Now half the new arrivals go to her first,⟧" she said.
Ms Hrytsenko said she did not know whether the family would ever return to Kharkiv. "⟦d:a|My husband is still there. Every night we speak. Every night I ask him the same question and he gives me the same answer: ‘Not yet.’⟧"
### 047
@a Jack Moriarty-Lowe | -
@b Hideki Tanabe | -
Jack Moriarty-Lowe holed a 40-foot birdie putt on the 72nd hole to win the Australian Open by one stroke at Yarra Yarra, denying Japan's Hideki Tanabe a first title on Australian soil.
Tanabe had birdied four of his last six holes to post 15 under and was watching on a screen in the scorer's hut when the Queenslander's putt dropped.
"⟦d:a|I was just trying to get it close. Honestly, I was thinking about a two-putt and a playoff,⟧" Moriarty-Lowe said. "⟦d:a|When it went in, I didn't know what to do with myself.⟧"
Tanabe, speaking through an interpreter, said he had been preparing to go back out for extra holes. "⟦d:b|I had my glove on already. Then I heard the crowd and I knew,⟧" he said. "⟦d:b|He deserved it. That was a champion's putt.⟧"
Moriarty-Lowe, 24, collects the Stonehaven Cup and a spot in next year's Open Championship.
### 048
@a Tyrese Mbeki-Walsh | -
@b Kazimierz Nowicki | the champion
@c Sal Dell'Orto | promoter
There was no shortage of needle at Thursday's press conference in Northampton ahead of the British heavyweight title fight between Tyrese Mbeki-Walsh, who fights as "⟦s:-|The Hammer⟧", and Kazimierz Nowicki.
"⟦d:a|He's been running his mouth for six months. On Saturday night I'm going to shut it for him,⟧" said Mbeki-Walsh, who is unbeaten in 17 fights.
Nowicki, the champion, barely looked up from his phone. "⟦d:b|He talks like a champion. He fights like a sparring partner,⟧" the Polish-born Northampton fighter said. "⟦d:b|I've been in with better men in the gym on a Tuesday.⟧"
The two had to be separated at the face-off. Promoter Sal Dell'Orto said he had expected nothing less. "⟦d:c|These two genuinely don't like each other, and that sells tickets. We've sold 19,000 already,⟧" he said.
### 049
@a Brodie Tiernan-Hale | Port Adelaide coach
@b Keegan Mulvaney | star forward
@c Nick Fairbairn | Former Port Adelaide captain
Port Adelaide coach Brodie Tiernan-Hale has defended his decision to leave star forward Keegan Mulvaney on the bench for the final quarter of Saturday's six-point loss to Carlton at Adelaide Oval.
"⟦d:a|He was managing a tight hamstring. If I put him out there and he tears it, we lose him for eight weeks, and then everyone's asking a different question,⟧" Tiernan-Hale said.
Mulvaney, who kicked three goals in the first half, said he had wanted to go back on. "⟦d:b|Of course I did – I always want to play. But the medicos make those calls, not me,⟧" the 26-year-old told Fox Footy.
Former Port Adelaide captain Nick Fairbairn was less forgiving. Calling it on radio, he said the decision was "⟦p:c|ultra-conservative⟧". "⟦d:c|You're six points down at Adelaide Oval with your best player sitting on the pine. I don't care what the hamstring says,⟧" Fairbairn said.
### 050
@a Treasa Keaveney | the INMO's industrial relations officer
@b - | A senior nurse at the hospital
@c Health Service Executive | -
There were 112 patients waiting on trolleys at Letterkenny University Hospital yesterday morning, the highest figure in the country, according to the Irish Nurses and Midwives Organisation.
Treasa Keaveney, the INMO's industrial relations officer, said staff were "⟦p:a|at breaking point⟧". "⟦d:a|We have nurses who are leaving in tears at the end of a shift because they could not give patients the basic care they trained to give,⟧" she said.
A senior nurse at the hospital, who did not wish to be named, said patients were being treated on chairs in corridors. "⟦d:b|Last night I had an 89-year-old woman on a chair for eleven hours. Eleven hours. She never once complained. That's what breaks you,⟧" she said.
The Health Service Executive said in a statement that LUH had seen a "⟦p:c|significant surge⟧" in attendances and that additional beds would open next month.
### 051
@a - | A Wellington Water spokesperson
@b Mereana Hoskins-Tuala | -
@c Sione Vitale | Deputy Mayor
Residents in parts of Karori and Northland have been told to boil their drinking water until further notice after E. coli was detected at a reservoir.
A Wellington Water spokesperson said the contamination was detected during routine testing on Tuesday evening. "⟦d:a|We are treating this very seriously. We'd ask people to boil water for at least one minute before drinking it or using it to brush teeth,⟧" the spokesperson said.
Mereana Hoskins-Tuala, who has a six-week-old baby, said she only found out from a neighbour. "⟦d:b|I'd made up two bottles of formula with tap water before anyone told me. Nobody knocked on a door. Nothing,⟧" she said.
Deputy Mayor Sione Vitale said the council would be asking "⟦p:c|some very hard questions⟧" of the water utility. "⟦d:c|People are fed up, and frankly so am I,⟧" he said.
### 052
@a Rosario Alcaraz-Dimaculangan | Sen.
@b Ernesto Villafuerte | A former procurement officer of the Department of Agriculture
MANILA – A former procurement officer of the Department of Agriculture on Thursday admitted before a Senate panel that he signed documents for an onion importation deal without reading them.
“⟦d:b|Nagtiwala po ako sa boss ko⟧” (“⟦d:b|I trusted my boss⟧”), Ernesto Villafuerte told the Senate blue ribbon committee, drawing murmurs from the gallery.
Sen. Rosario Alcaraz-Dimaculangan, who chairs the panel, was unimpressed. “⟦d:a|You signed a P2-billion contract because you trusted your boss? Did your boss read it?⟧” she asked.
“⟦d:b|I do not know, your honor.⟧”
“⟦d:a|Then who read it? Somebody must have read it.⟧”
Villafuerte said he would submit a written statement naming the officials involved. The hearing resumes next week.
### 053
@a Ruairí Moynihan | chief executive
@b Gráinne Tuohy | an aviation analyst at Carrowmore Partners
Budget airline AerLink has reported record first-half profits of €418 million, but chief executive Ruairí Moynihan warned that fares would fall over the winter as Boeing delivery delays eased.
"⟦d:a|Anyone who tells you fares will keep going up forever is selling you something, and it isn't a plane ticket,⟧" Moynihan told reporters in Dublin.
In typically combative form, he described the European Commission's plans for new passenger-compensation rules as "⟦p:a|a charter for ambulance chasers⟧" and the airline's own customer-service rating as "⟦p:a|better than people pretend⟧".
Gráinne Tuohy, an aviation analyst at Carrowmore Partners, said the results were strong but the outlook "⟦p:b|noticeably more cautious⟧" than in previous years. "⟦d:b|When Ruairí starts talking about falling fares, the market listens. He doesn't say it for fun,⟧" she said.
### 054
@a Vilas Deshmukh-Rao | Chief PRO, Central Railway
@b Sneha Waghmare | a nursing student from Dombivli
@c - | A motorman
MUMBAI: Thousands of commuters were stranded on Tuesday morning after a signal failure between Thane and Kalwa brought suburban services on the Central line to a halt for nearly two hours during peak time.
“⟦d:a|The failure was caused by a cable cut during overnight maintenance work. Services were restored at 10.42 am and we regret the inconvenience,⟧” said Vilas Deshmukh-Rao, Chief PRO, Central Railway.
Many passengers got off stalled trains and walked along the tracks. Sneha Waghmare, a nursing student from Dombivli, said she walked nearly three kilometres to Thane station. “⟦d:b|There was no announcement, nothing. People were jumping down with children in their arms,⟧” she said.
A motorman, requesting anonymity, said such cable cuts had become “⟦p:c|almost routine⟧” on the section. “⟦d:c|Contractors dig without checking where the cables are. Then the motorman gets the blame for the delay,⟧” he said.
### 055
@a Mirela Vukovic | -
@b Elspeth Ashcombe-Reid | the British number two
@c - | One spectator on Henman Hill
Elspeth Ashcombe-Reid's Wimbledon run ended in the quarter-finals on Tuesday as the British number two was beaten 6-4 3-6 6-2 by Croatia's Mirela Vukovic.
The 22-year-old from Bath had levelled the match with a run of five straight games but was broken twice early in the decider.
"⟦d:a|She was playing unbelievable in the second set. I had to change something, so I started going to her backhand higher and slower,⟧" Vukovic said. "⟦d:a|It worked, thank God.⟧"
Ashcombe-Reid admitted she had run out of ideas. "⟦d:b|She's so smart. Every time I found a pattern that worked she'd taken it away two games later,⟧" the Briton said. "⟦d:b|But I'll take a lot from this fortnight. A year ago I was playing qualifying in Roehampton.⟧"
One spectator on Henman Hill summed up the mood: "⟦d:c|Gutted for her. She'll be back, though.⟧"
### 056
@a Hemi Rāwiri-Steele | Department of Conservation ranger
@b Kirsteen Lockerbie | a seabird ecologist
Conservationists are celebrating the best breeding season on record for the tūturuatu, or shore plover, with 47 chicks fledged across five predator-free islands.
Department of Conservation ranger Hemi Rāwiri-Steele, who has worked with the species for 15 years, said the result was "⟦p:a|beyond anything we dared hope for⟧".
"⟦d:a|When I started, we were counting birds on our fingers. Now I need a spreadsheet,⟧" he said.
The numbers are still tiny. Kirsteen Lockerbie, a seabird ecologist, said one rat on the wrong island could undo years of work. "⟦d:b|People hear ‘best season ever’ and think the job is done. It's nowhere near done,⟧" she said.
### 057
@a Ofsted | -
@b Neville Ackroyd-Bell | headteacher
@c Rukhsar Siddiqui | -
A Bolton secondary school that was rated "⟦s:-|inadequate⟧" three years ago has been judged "⟦s:-|good⟧" in every category after an overhaul of its behaviour policy.
In their report, Ofsted inspectors said pupils at Ravensholme Academy now "⟦p:a|feel safe and are keen to learn⟧" and that lessons were "⟦p:a|calm and purposeful⟧".
Headteacher Neville Ackroyd-Bell, who joined in 2022, said the key had been consistency. "⟦d:b|We didn't do anything clever. We decided what the rules were, we told everyone, and we stuck to them – staff as well as pupils,⟧" he said.
Rukhsar Siddiqui, whose son is in Year 9, said the change had been obvious at home. "⟦d:c|He used to come home and tell me about fights. Now he tells me about his science homework. I'll take that,⟧" she said.
### 058
@a Purity Jepkemboi | -
@b Isaac Kiptanui | her coach
It is 5.30am in Iten and Purity Jepkemboi is already on her second loop of the red murram track, 2,400 metres above sea level, a line of younger runners strung out behind her like ducklings.
"⟦d:a:m|Here, nobody is special. You run with the girls who want your place, every day. You eat the same ugali. You sleep in the same kind of room.⟧
"⟦d:a|If you start thinking you are a star, Iten will remind you very quickly that you are not,⟧" she says later, sitting on a wooden bench outside the camp's kitchen.
Jepkemboi, 27, won the Berlin Marathon last September in 2:17:41, the fourth-fastest time in history. Her coach, Isaac Kiptanui, believes she can go faster.
"⟦d:b|Purity has not yet run a perfect race. In Berlin she lost maybe forty seconds in the wind between 25 and 30 kilometres,⟧" he says. "⟦d:b|On a good day, with good pacemakers, I think 2:16 is there.⟧"
Jepkemboi laughs when told of the prediction. "⟦d:a|Isaac says this every year. One year he will be right.⟧"
### 059
@a Gavin Lesauvage | Magistrate
@b Kylie Brennock | Police prosecutor
@c Brayden Dunstall | -
@d - | Dunstall's solicitor
A Sunshine Coast man who filmed himself driving at 212km/h on the Bruce Highway and posted the clip to TikTok has lost his licence for two years.
Brayden Dunstall, 23, of Buderim, pleaded guilty in Maroochydore Magistrates Court to dangerous operation of a motor vehicle.
Police prosecutor Senior Constable Kylie Brennock told the court the video had been viewed more than 90,000 times. "⟦d:b|The defendant has effectively advertised his own offence to tens of thousands of young drivers,⟧" she said.
Dunstall's solicitor said his client had deleted his social media accounts and was "⟦p:d|deeply embarrassed⟧".
Magistrate Gavin Lesauvage told Dunstall he was "⟦p:a|lucky not to be facing a manslaughter charge⟧". "⟦d:a|Two hundred and twelve kilometres an hour. I'd like you to think about what a family car does at that speed when a tyre goes,⟧" he said.
Outside court, Dunstall told reporters: "⟦d:c|I was an idiot. That's all I can say.⟧"
### 060
@a Marc-André Belliveau | Conservative House leader
@b Deepa Sandhu-Grewal | Housing Minister
@c - | one Liberal MP
OTTAWA — The federal government's new housing accelerator fund came under fire in question period Wednesday, with the Opposition accusing the Liberals of "⟦p:a|paying for press releases, not houses⟧".
"⟦d:a|Mr. Speaker, the minister has handed out four billion dollars. Can she tell this House how many homes have actually been built? Not announced – built?⟧" asked Conservative House leader Marc-André Belliveau.
Housing Minister Deepa Sandhu-Grewal said more than 100,000 units had been "⟦p:b|unlocked⟧" by zoning changes in partner cities. "⟦d:b|The member opposite voted against every single one of those agreements. He doesn't get to stand here and pretend otherwise,⟧" she said.
"⟦d:c|Shame!⟧" shouted one Liberal MP as Belliveau rose again.
"⟦d:a|Unlocked. Unlocked. Canadians can't live in an unlocked unit, Mr. Speaker,⟧" Belliveau replied.
### 061
@a Clarence Okoye-Hart | -
@b Miles Fenwright | the pianist
@c Delia | His daughter
@d - | an American visitor
Clarence Okoye-Hart, the trumpeter known throughout the London jazz scene as "⟦s:-|Sugar⟧", has died aged 84.
Born in Port of Spain, he arrived in Britain in 1961 and within a year was playing at Ronnie Scott's, where an American visitor reputedly told him he had "⟦p:d|the sweetest tone this side of Harlem⟧". The nickname followed.
He rarely gave interviews. In one, for a BBC radio documentary in 1998, he said: "⟦d:a|I never wanted to be famous. I wanted to be good. Those are different jobs, and most people only have time for one.⟧"
Miles Fenwright, the pianist, played with him for nearly 30 years. "⟦d:b|Clarence could make one note do the work of ten. He'd look at me when I was showing off and just shake his head,⟧" Fenwright said.
His daughter, Delia, said he had been playing until a few weeks before his death. "⟦d:c|He couldn't manage the stairs any more, but he'd sit in the kitchen and play ‘Body and Soul’ to the kettle,⟧" she said.
### 062
@a Zarnigar Hayat | Its writer
@b Fawad Rasheed Khokhar | the channel's head of content
When the first episode of "⟦s:-|Dhoop Kinaray Ka Ghar⟧" aired in January, few expected a slow family drama set in a decaying Lahore haveli to become the most-watched show in the country. Ten weeks on, its final episode trended worldwide on X.
Its writer, Zarnigar Hayat, says she has been "⟦p:a|completely overwhelmed⟧" by the response. “⟦d:a|I wrote it for my mother's generation. I thought young people would laugh at it. Instead they are the ones sending me voice notes at three in the morning,⟧” she told Dawn.
The show's catchphrase, “⟦s:-|Ghar ghar hota hai⟧”, has turned up on everything from truck art to wedding cakes.
Fawad Rasheed Khokhar, the channel's head of content, admitted the network had nearly shelved the series. “⟦d:b|The sales team said there was no hook. No villain, no slap, no second wife. I'm glad we ignored them,⟧” he said.
### 063
@a Tamsin Oyelowo-Grant | Her daughter
@b Ruahine District Hospital | the hospital
@c Pauline Oyelowo-Grant | Her mother
A Palmerston North woman who waited 14 hours in an emergency department with a broken hip says she was left "⟦p:c|lying in my own mess⟧" because staff were too busy to help her to a toilet.
Pauline Oyelowo-Grant, 81, fell in her garden on a Sunday afternoon. Her daughter, Tamsin, said she had complained to the Health and Disability Commissioner.
"⟦d:a|Mum is the most stoic person I know. She didn't ring a bell once because she didn't want to bother anyone. When I got there at 10pm she was crying,⟧" Tamsin Oyelowo-Grant said.
In a statement, Ruahine District Hospital said it was "⟦p:b|very sorry⟧" for the experience. "⟦d:b|Our emergency department was under extreme pressure that day and this fell well short of the standard we expect,⟧" the hospital said.
Her mother said she bore the nurses no ill will. "⟦d:c|They were run off their feet, the poor things,⟧" she said.
"""


def main() -> None:
    build_set(PASSAGES, out=OUT, prefix="fresh6", min_passages=60)


if __name__ == "__main__":
    main()
