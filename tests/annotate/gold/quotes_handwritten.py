"""Hand-written, fictional passages for the quote gold set (people and places invented).

Each passage is ``(id, text, quotes)``; each quote is ``(inner_text, kind, speaker,
description)`` or the same plus an occurrence index when the inner text repeats.
``inner_text`` is everything between the marks (trailing commas and full stops
inside the marks included), as the extractor must report it. Conventions:

- a split quote (``"…," he said. "…"``) is two quotes with the same speaker;
- a quote that runs over paragraphs (no closing mark before the next paragraph
  opens again) is one quote per paragraph;
- ``speaker`` is the fullest name the passage gives (a pronoun resolved to it);
  unnamed sources have ``speaker=None`` and a ``description``; a named speaker's
  description is the apposition when there is one;
- scare quotes have no speaker.

``build_quotes_gold.py`` turns these and the bundled example's passages into
``quotes.jsonl``.
"""

from __future__ import annotations

D, P, S = "direct", "partial", "scare"

PASSAGES: list[tuple[str, str, list[tuple]]] = [
    (
        "h001",
        '"We will reopen the bridge by Friday," said Mara Lindgren, the city engineer.',
        [("We will reopen the bridge by Friday,", D, "Mara Lindgren", "the city engineer")],
    ),
    (
        "h002",
        "Tomas Okafor said: “The figures are wrong and everyone in this building knows it.”",
        [
            (
                "The figures are wrong and everyone in this building knows it.",
                D,
                "Tomas Okafor",
                None,
            )
        ],
    ),
    (
        "h003",
        "Priya Raman chairs the housing committee. “Nobody has shown me a plan,” she said. "
        "“Until they do, I will vote against it.”",
        [
            ("Nobody has shown me a plan,", D, "Priya Raman", None),
            ("Until they do, I will vote against it.", D, "Priya Raman", None),
        ],
    ),
    (
        "h004",
        "The minister, Alan Reyes, told local radio: «Il n’y a pas de crise, il y a un retard.»",
        [("Il n’y a pas de crise, il y a un retard.", D, "Alan Reyes", "The minister")],
    ),
    (
        "h005",
        "»We are not afraid«, said Jana Kowalski. The mayor, Jana Kowalski, added that the "
        "council would meet again.",
        [("We are not afraid", D, "Jana Kowalski", None)],
    ),
    (
        "h006",
        "``The harvest was the worst in a decade,'' said Ole Brandt, who farms near the river.",
        [("The harvest was the worst in a decade,", D, "Ole Brandt", None)],
    ),
    (
        "h007",
        "“When the manager told me ‘we are closing on Monday’, I did not believe him,” said "
        "Lucia Ferreira, 42, a machinist.",
        [
            (
                "When the manager told me ‘we are closing on Monday’, I did not believe him,",
                D,
                "Lucia Ferreira",
                "a machinist",
            )
        ],
    ),
    (
        "h008",
        "Dr. Hanne Vik, who leads the clinic, described the week in detail.\n\n"
        "“On Monday we saw forty patients. By Wednesday it was a hundred and we had run out of "
        "beds.\n\n"
        "“By Friday the corridors were full,” she said.",
        [
            (
                "On Monday we saw forty patients. By Wednesday it was a hundred and we had run out "
                "of beds.",
                D,
                "Hanne Vik",
                None,
            ),
            ("By Friday the corridors were full,", D, "Hanne Vik", None),
        ],
    ),
    (
        "h009",
        "According to Samir Haddad, the port’s director, “the cranes have not moved since "
        "Tuesday.”",
        [("the cranes have not moved since Tuesday.", D, "Samir Haddad", "the port’s director")],
    ),
    (
        "h010",
        "Governor Elena Markovic was quoted as saying: “We are not going to raise taxes this "
        "year.”",
        [("We are not going to raise taxes this year.", D, "Elena Markovic", None)],
    ),
    (
        "h011",
        "“It’s too early to say,” the spokesman for the fire service told reporters.",
        [("It’s too early to say,", D, None, "the spokesman for the fire service")],
    ),
    (
        "h012",
        "The company’s ’90s logo is back, and the workers’ union doesn’t like it. Nobody’s "
        "asked them, the shop stewards’ letter says.",
        [],
    ),
    (
        "h013",
        "The reform has been described as a “reset” by some commentators, and the new office is "
        "already known as the “glass box”.",
        [("reset", S, None, None), ("glass box", S, None, None)],
    ),
    (
        "h014",
        "“Bring the boats in now.”\n\nThe radio message came at nine in the evening.",
        [("Bring the boats in now.", D, None, None)],
    ),
    (
        "h015",
        "Rafael Ortiz warned that the cuts would be “a disaster for every small school in the "
        "valley.”",
        [("a disaster for every small school in the valley.", P, "Rafael Ortiz", None)],
    ),
    (
        "h016",
        '"This was a failure of planning," Ines Carvalho wrote on her blog. "Nothing more, nothing '
        'less."',
        [
            ("This was a failure of planning,", D, "Ines Carvalho", None),
            ("Nothing more, nothing less.", D, "Ines Carvalho", None),
        ],
    ),
    (
        "h017",
        "“We should have listened,” a senior police officer, who asked not to be named, told the "
        "Gazette.",
        [("We should have listened,", D, None, "a senior police officer")],
    ),
    (
        "h018",
        "Karin Lund and her husband, Piet Lund, run the only bakery left in town. “The rent "
        "doubled in two years,” he said.",
        [("The rent doubled in two years,", D, "Piet Lund", None)],
    ),
    (
        "h019",
        "Amal Nasser, the union’s lawyer, met the board on Tuesday. Later that day Georg Feld, "
        "the chairman, arrived.\n\n“We have made an offer that is fair,” she insisted.",
        [("We have made an offer that is fair,", D, "Amal Nasser", None)],
    ),
    (
        "h020",
        "“Not again,” sighed one resident, pointing at the flooded cellar.",
        [("Not again,", D, None, "one resident")],
    ),
    (
        "h021",
        "The statement, posted on the ministry’s website, said the trains would run “as normal "
        "where possible”.",
        [("as normal where possible", P, None, "The statement")],
    ),
    (
        "h022",
        "“Is this the end of the line?” asked Noor Qureshi, a commuter from Ellby.",
        [("Is this the end of the line?", D, "Noor Qureshi", "a commuter from Ellby")],
    ),
    (
        "h023",
        "Paolo Greco, the coach, was blunt. “We played badly,” he admitted. “I take the blame.”",
        [
            ("We played badly,", D, "Paolo Greco", "the coach"),
            ("I take the blame.", D, "Paolo Greco", "the coach"),
        ],
    ),
    (
        "h024",
        "The report calls the project “over budget and behind schedule” and recommends an audit.",
        [("over budget and behind schedule", P, None, "The report")],
    ),
    (
        "h025",
        '"There is no money left," Finance Minister Leo Strand declared in parliament on Thursday.',
        [("There is no money left,", D, "Leo Strand", None)],
    ),
    (
        "h026",
        "“I don’t think he understood the question,” remarked Sofia Becker, a former aide.",
        [("I don’t think he understood the question,", D, "Sofia Becker", "a former aide")],
    ),
    (
        "h027",
        "Maya Olsen explained her decision in a letter to staff. “I have given this company twenty "
        "years,” she wrote. “It is time for someone else.”",
        [
            ("I have given this company twenty years,", D, "Maya Olsen", None),
            ("It is time for someone else.", D, "Maya Olsen", None),
        ],
    ),
    (
        "h028",
        "“The water is safe to drink,” the authority claimed in a statement on Monday.",
        [("The water is safe to drink,", D, None, "the authority")],
    ),
    (
        "h029",
        "Hugo Lam, a fisherman, recalled the storm of 1998. “The waves came over the harbour wall "
        "like it was made of paper,” he recalled.",
        [
            (
                "The waves came over the harbour wall like it was made of paper,",
                D,
                "Hugo Lam",
                None,
            )
        ],
    ),
    (
        "h030",
        "Councillor Ruth Adeyemi tweeted: “Proud of our volunteers tonight.”",
        [("Proud of our volunteers tonight.", D, "Ruth Adeyemi", None)],
    ),
    (
        "h031",
        "The mayor stated, “The library will stay open.”",
        [("The library will stay open.", D, None, "The mayor")],
    ),
    (
        "h032",
        "“We were not consulted,” acknowledged Victor Ilić, the deputy head of the agency. “That "
        "was a mistake.”",
        [
            ("We were not consulted,", D, "Victor Ilić", "the deputy head of the agency"),
            ("That was a mistake.", D, "Victor Ilić", "the deputy head of the agency"),
        ],
    ),
    (
        "h033",
        "Farmers call the new rule the “paper harvest”, a joke about the forms they must fill in.",
        [("paper harvest", S, None, None)],
    ),
    (
        "h034",
        "Ana Souza admitted that the figures were “not as good as we hoped” but said the trend "
        "was clear.",
        [("not as good as we hoped", P, "Ana Souza", None)],
    ),
    (
        "h035",
        "“We will appeal,” said Ben Adler, the club’s president. Adler, 58, has led the club "
        "since 2011.",
        [("We will appeal,", D, "Ben Adler", "the club’s president")],
    ),
    (
        "h036",
        'She opened the door and there it was: a sign reading "Closed for good".',
        [("Closed for good", S, None, None)],
    ),
    (
        "h037",
        "Julia Hart, a nurse, and Marco Ruiz, a porter, both worked the night shift. “It was "
        "chaos,” Ruiz said. “Nobody knew where to go.”",
        [
            ("It was chaos,", D, "Marco Ruiz", None),
            ("Nobody knew where to go.", D, "Marco Ruiz", None),
        ],
    ),
    (
        "h038",
        "The band’s 1970s hit “Blue Harbour” was played at the funeral.",
        [("Blue Harbour", S, None, None)],
    ),
    (
        "h039",
        "“The trial data are clear,” Dr. Kenji Mori, the study’s lead author, told the "
        "conference. “The drug works in older patients.”\n\nOther researchers were less sure.",
        [
            ("The trial data are clear,", D, "Kenji Mori", "the study’s lead author"),
            ("The drug works in older patients.", D, "Kenji Mori", "the study’s lead author"),
        ],
    ),
    (
        "h040",
        "“It’s the best offer we’ll get,” one union member said, “and we’d be fools to turn it "
        "down.”",
        [
            ("It’s the best offer we’ll get,", D, None, "one union member"),
            ("and we’d be fools to turn it down.", D, None, "one union member"),
        ],
    ),
    (
        "h041",
        "The sign on the gate said 'Keep out' and the dogs said the same thing.",
        [],
    ),
    (
        "h042",
        "“We have received no request from the city,” a spokeswoman for the railway said.",
        [("We have received no request from the city,", D, None, "a spokeswoman for the railway")],
    ),
    (
        "h043",
        "Lena Fischer, 31, said the new timetable was “a joke”. “I now wait forty minutes every "
        "morning,” she said.",
        [
            ("a joke", P, "Lena Fischer", None),
            ("I now wait forty minutes every morning,", D, "Lena Fischer", None),
        ],
    ),
    (
        "h044",
        "In a statement, Harlow Foods said it was “deeply sorry” for the recall and that “no other "
        "products are affected.”",
        [
            ("deeply sorry", P, "Harlow Foods", None),
            ("no other products are affected.", P, "Harlow Foods", None),
        ],
    ),
    (
        "h045",
        "“Our hospital is not closing,” the health secretary, Imran Shah, insisted on Tuesday.",
        [("Our hospital is not closing,", D, "Imran Shah", "the health secretary")],
    ),
    (
        "h046",
        "Asked whether she would resign, Chief Constable Grace Obi replied: “No. I have work "
        "to do.”",
        [("No. I have work to do.", D, "Grace Obi", None)],
    ),
    (
        "h047",
        "The film’s title, “Salt”, was chosen by the director’s daughter.",
        [("Salt", S, None, None)],
    ),
    (
        "h048",
        "“I never said that,” Felix Baumann told the court, adding: “My words were twisted.”",
        [
            ("I never said that,", D, "Felix Baumann", None),
            ("My words were twisted.", D, "Felix Baumann", None),
        ],
    ),
    (
        "h049",
        "“They promised us a school and we got a car park,” said a mother of three, who gave only "
        "her first name, Rosa.",
        [("They promised us a school and we got a car park,", D, "Rosa", "a mother of three")],
    ),
    (
        "h050",
        "Omar Said and Lina Haddad debated the plan. “It will cost too much,” Haddad argued. "
        "“Not if we phase it,” Said replied.",
        [
            ("It will cost too much,", D, "Lina Haddad", None),
            ("Not if we phase it,", D, "Omar Said", None),
        ],
    ),
    (
        "h051",
        "“Everything is under control,” the statement from the airport read.",
        [("Everything is under control,", D, None, "the statement from the airport")],
    ),
    (
        "h052",
        'Prime Minister Clara Voigt said the agreement was "a good day for both countries" and '
        'that talks would continue "in the spring."',
        [
            ("a good day for both countries", P, "Clara Voigt", None),
            ("in the spring.", P, "Clara Voigt", None),
        ],
    ),
    (
        "h053",
        "“He’s the best goalkeeper I’ve coached,” said Ivo Petrov of his young keeper, Dani Morel.",
        [("He’s the best goalkeeper I’ve coached,", D, "Ivo Petrov", None)],
    ),
    (
        "h054",
        "Rain fell all day. “Stay indoors if you can”, the weather service advised on its website.",
        [("Stay indoors if you can", D, None, "the weather service")],
    ),
    (
        "h055",
        "“Let me be clear: this is not over,” continued Eva Novak, the opposition leader, to "
        "loud applause.",
        [("Let me be clear: this is not over,", D, "Eva Novak", "the opposition leader")],
    ),
    (
        "h056",
        "The café owner, Tariq Bell, remembers the day the mill closed.\n\n“My father worked "
        "there thirty years. He came home at noon and sat in the kitchen without a word.\n\n"
        "“We didn’t know what had happened until the evening news.”",
        [
            (
                "My father worked there thirty years. He came home at noon and sat in the kitchen "
                "without a word.",
                D,
                "Tariq Bell",
                None,
            ),
            ("We didn’t know what had happened until the evening news.", D, "Tariq Bell", None),
        ],
    ),
    (
        "h057",
        "Experts quoted by the newspaper called the bridge “structurally unsound”.",
        [("structurally unsound", P, None, "Experts quoted by the newspaper")],
    ),
    (
        "h058",
        "Sara Wong’s brother, Daniel, said the family was “heartbroken.” “She was the light of "
        "every room,” he added.",
        [
            ("heartbroken.", P, "Daniel", None),
            ("She was the light of every room,", D, "Daniel", None),
        ],
    ),
    (
        "h059",
        "“Nobody is above the law,” the judge said as she handed down the sentence.",
        [("Nobody is above the law,", D, None, "the judge")],
    ),
    (
        "h060",
        "The word “resilience” appears eleven times in the report.",
        [("resilience", S, None, None)],
    ),
    (
        "h061",
        "Nils Berg, the harbour master, posted a short message on social media on Sunday night: "
        "“All boats accounted for. Thank you to every crew.”",
        [
            (
                "All boats accounted for. Thank you to every crew.",
                D,
                "Nils Berg",
                "the harbour master",
            )
        ],
    ),
    (
        "h062",
        "“This is a dark day for our town,” Mayor Beatrix Holm told reporters. Her deputy, Aron "
        "Falk, did not comment.",
        [("This is a dark day for our town,", D, "Beatrix Holm", None)],
    ),
    (
        "h063",
        "The deal, which critics dubbed a “sweetheart contract”, was signed in March.",
        [("sweetheart contract", S, None, None)],
    ),
    (
        "h064",
        "«Nous ne partirons pas», said Amélie Roux, the leader of the tenants’ association.",
        [("Nous ne partirons pas", D, "Amélie Roux", "the leader of the tenants’ association")],
    ),
    (
        "h065",
        '"The shelves were empty by noon," said Kwame Mensah, who runs a grocery in the old '
        'town. "People are scared."',
        [
            ("The shelves were empty by noon,", D, "Kwame Mensah", None),
            ("People are scared.", D, "Kwame Mensah", None),
        ],
    ),
    (
        "h066",
        "A doctor at the clinic, speaking on condition of anonymity, said: “We are rationing "
        "oxygen.”",
        [("We are rationing oxygen.", D, None, "A doctor at the clinic")],
    ),
    (
        "h067",
        'He paused for a long time. "I can\'t answer that," Leon Hardy said at last.',
        [("I can't answer that,", D, "Leon Hardy", None)],
    ),
    (
        "h068",
        "“Our members won’t accept it”, said Yusuf Demir of the drivers’ union, adding that "
        "strikes were “likely in the autumn.”",
        [
            ("Our members won’t accept it", D, "Yusuf Demir", None),
            ("likely in the autumn.", P, "Yusuf Demir", None),
        ],
    ),
    (
        "h069",
        "The opposition accused the government of “managed decline”, a phrase first used by "
        "Senator Irene Walsh in 2019.",
        [("managed decline", P, None, "The opposition")],
    ),
    (
        "h070",
        "“I was sure we had lost,” marvelled Rhea Kapoor, the winning candidate, on election "
        "night.",
        [("I was sure we had lost,", D, "Rhea Kapoor", "the winning candidate")],
    ),
    (
        "h071",
        "The children had a different view. “It’s the best summer ever,” said Theo, 9.",
        [("It’s the best summer ever,", D, "Theo", None)],
    ),
    (
        "h072",
        "Alma Reyes, the curator, and Jonas Pike, the gallery’s owner, disagreed about the sale. "
        "“It should stay in the city,” she said.",
        [("It should stay in the city,", D, "Alma Reyes", None)],
    ),
    (
        "h073",
        "The police said in a statement: “Two men have been arrested and released on bail.”",
        [("Two men have been arrested and released on bail.", D, None, "The police")],
    ),
    (
        "h074",
        "“We will rebuild,” the company’s chief executive, Mina Yilmaz, wrote in an email to "
        "customers. “Every order will be delivered.”",
        [
            ("We will rebuild,", D, "Mina Yilmaz", "the company’s chief executive"),
            ("Every order will be delivered.", D, "Mina Yilmaz", "the company’s chief executive"),
        ],
    ),
    (
        "h075",
        "Someone had painted “NO MORE” on the wall of the old post office.",
        [("NO MORE", S, None, None)],
    ),
    (
        "h076",
        "Stefan Horvat, the league’s commissioner, said the season would go ahead. "
        '"We have a plan for every scenario," he told a news conference. "Safety comes first."',
        [
            ("We have a plan for every scenario,", D, "Stefan Horvat", None),
            ("Safety comes first.", D, "Stefan Horvat", None),
        ],
    ),
    (
        "h077",
        "“This ruling changes nothing,” said the defence lawyer, Petra Cole. “We will go to the "
        "supreme court.”",
        [
            ("This ruling changes nothing,", D, "Petra Cole", "the defence lawyer"),
            ("We will go to the supreme court.", D, "Petra Cole", "the defence lawyer"),
        ],
    ),
    (
        "h078",
        "One of the volunteers put it simply: “If we don’t do it, who will?”",
        [("If we don’t do it, who will?", D, None, "One of the volunteers")],
    ),
    (
        "h079",
        "Bruno Kask, a retired miner, looked at the empty pit. “I spent my life down there,” "
        "he said quietly. “Now there’s nothing.”\n\nHis neighbour, Ellen Kask, nodded.",
        [
            ("I spent my life down there,", D, "Bruno Kask", None),
            ("Now there’s nothing.", D, "Bruno Kask", None),
        ],
    ),
    (
        "h080",
        "The so-called “green wall” along the motorway is now complete.",
        [("green wall", S, None, None)],
    ),
]

PASSAGES += [
    (
        "h081",
        "“The numbers do not add up,” asserted Dieter Frank, an economist at the institute. "
        "Frank said the budget gap was at least twice as large.",
        [("The numbers do not add up,", D, "Dieter Frank", "an economist at the institute")],
    ),
    (
        "h082",
        "Hospital director Olga Petrenko noted that the ward had been “full since October” and "
        "that staff were exhausted.",
        [("full since October", P, "Olga Petrenko", None)],
    ),
    (
        "h083",
        "The minister’s aide, who was not authorised to speak publicly, said the plan was “dead "
        "in the water.”",
        [("dead in the water.", P, None, "The minister’s aide")],
    ),
    (
        "h084",
        "“We did everything right,” Coach Elif Aydın told the club’s website after the match.",
        [("We did everything right,", D, "Elif Aydın", None)],
    ),
    (
        "h085",
        "“Where is the money?” the protesters chanted outside the town hall.",
        [("Where is the money?", D, None, "the protesters")],
    ),
    (
        "h086",
        "Reporters asked about the leak. “I have nothing to add,” the senator’s spokesman, Aaron "
        "Price, replied.",
        [("I have nothing to add,", D, "Aaron Price", "the senator’s spokesman")],
    ),
    (
        "h087",
        'The sentence "Mistakes were made" was all the board offered, and it satisfied nobody.',
        [("Mistakes were made", S, None, None)],
    ),
    (
        "h088",
        "Marta Ruiz, who owns the pharmacy on Mill Street, said the shortage had lasted weeks. "
        "“I call the supplier every morning. Every morning they say next week,” Ruiz said.",
        [
            (
                "I call the supplier every morning. Every morning they say next week,",
                D,
                "Marta Ruiz",
                None,
            )
        ],
    ),
    (
        "h089",
        "“You can’t fix forty years of neglect in one budget,” a senior official at the ministry "
        "said. “But you can start.”",
        [
            (
                "You can’t fix forty years of neglect in one budget,",
                D,
                None,
                "a senior official at the ministry",
            ),
            ("But you can start.", D, None, "a senior official at the ministry"),
        ],
    ),
    (
        "h090",
        "For years the plant’s owners promised “jobs for life”.",
        [("jobs for life", P, None, "the plant’s owners")],
    ),
    (
        "h091",
        "``We will not be intimidated,'' Senator Walter Gray said in a statement. ``Not now, not "
        "ever.''",
        [
            ("We will not be intimidated,", D, "Walter Gray", None),
            ("Not now, not ever.", D, "Walter Gray", None),
        ],
    ),
    (
        "h092",
        "Kofi Asante, the head of the refugee agency, told the council: «We need two hundred "
        "more beds before winter.»",
        [
            (
                "We need two hundred more beds before winter.",
                D,
                "Kofi Asante",
                "the head of the refugee agency",
            )
        ],
    ),
    (
        "h093",
        "“It’s not about money,” Hanna Berg said. “It’s about respect.” Her colleague, Tom Berg, "
        "disagreed.",
        [
            ("It’s not about money,", D, "Hanna Berg", None),
            ("It’s about respect.", D, "Hanna Berg", None),
        ],
    ),
    (
        "h094",
        "Many residents still remember the ’80s floods. “The water reached the second floor,” "
        "said Agnes Toll, 77. “We lived upstairs for a month.”",
        [
            ("The water reached the second floor,", D, "Agnes Toll", None),
            ("We lived upstairs for a month.", D, "Agnes Toll", None),
        ],
    ),
    (
        "h095",
        "He called the decision “unacceptable.” The decision was announced by the board chair, "
        "Lars Moe, on Friday.",
        [("unacceptable.", P, None, None)],
    ),
    (
        "h096",
        "The inspector’s report said the building had “serious structural defects” and should "
        "be closed.",
        [("serious structural defects", P, None, "The inspector’s report")],
    ),
    (
        "h097",
        "Greta Nyström, a climate scientist, was quoted as saying that the glacier had lost “a "
        "third of its mass in twenty years.”",
        [("a third of its mass in twenty years.", P, "Greta Nyström", "a climate scientist")],
    ),
    (
        "h098",
        "“Please help us,” read a handwritten note taped to the door.",
        [("Please help us,", D, None, "a handwritten note")],
    ),
    (
        "h099",
        "Vera Lindahl, the head of the teachers’ association, said the strike would go ahead.\n\n"
        "“We gave the ministry every chance. They chose not to take it,” Lindahl said.",
        [
            (
                "We gave the ministry every chance. They chose not to take it,",
                D,
                "Vera Lindahl",
                None,
            )
        ],
    ),
    (
        "h100",
        'Investigators found an email with the subject line "urgent - delete after reading".',
        [("urgent - delete after reading", S, None, None)],
    ),
    (
        "h101",
        "“I’ll believe it when I see it,” said Pedro Alves. “They’ve promised this before.” "
        "Alves, a taxi driver, has worked the airport rank for twenty years.",
        [
            ("I’ll believe it when I see it,", D, "Pedro Alves", None),
            ("They’ve promised this before.", D, "Pedro Alves", None),
        ],
    ),
    (
        "h102",
        "The company has been accused of “greenwashing” by campaigners.",
        [("greenwashing", P, None, "campaigners")],
    ),
    (
        "h103",
        "The mayor’s office has not replied. “We are still waiting,” said Hilde Sand, who "
        "organised the petition.",
        [("We are still waiting,", D, "Hilde Sand", None)],
    ),
    (
        "h104",
        "“The virus doesn’t care about borders,” the WHO’s regional director, Dr. Amara Diallo, "
        "said on Thursday.",
        [
            (
                "The virus doesn’t care about borders,",
                D,
                "Amara Diallo",
                "the WHO’s regional director",
            )
        ],
    ),
    (
        "h105",
        "Municipal workers said the storm drains were blocked. “Nobody cleaned them this year,” "
        "one of them said.",
        [("Nobody cleaned them this year,", D, None, "one of them")],
    ),
    (
        "h106",
        "The letter ends: “With deep regret, the board.”",
        [("With deep regret, the board.", D, None, "The letter")],
    ),
    (
        "h107",
        "“We’re not done yet,” Zara Ali, 19, told the crowd. “This is just the beginning.”",
        [
            ("We’re not done yet,", D, "Zara Ali", None),
            ("This is just the beginning.", D, "Zara Ali", None),
        ],
    ),
    (
        "h108",
        "The old quarter’s residents call it “the island”, because the tram never comes.",
        [("the island", S, None, None)],
    ),
    (
        "h109",
        "Nobody in the village wanted to talk about the fire. “Ask someone else,” a man outside "
        "the church said, and walked away.",
        [("Ask someone else,", D, None, "a man outside the church")],
    ),
    (
        "h110",
        "“The fund is solvent,” Chief Financial Officer Dana Kirsch said. Analysts were not "
        "convinced.",
        [("The fund is solvent,", D, "Dana Kirsch", None)],
    ),
    (
        "h111",
        'He said: "Stop the count." Nobody knew who "he" was.',
        [("Stop the count.", D, None, None), ("he", S, None, None)],
    ),
    (
        "h112",
        "The opening line of her speech, “Friends, we are tired”, drew a standing ovation.",
        [("Friends, we are tired", D, None, None)],
    ),
    (
        "h113",
        "“Ten years,” said Walter Ng, the owner. “Ten years I have paid my taxes here.”",
        [
            ("Ten years,", D, "Walter Ng", "the owner"),
            ("Ten years I have paid my taxes here.", D, "Walter Ng", "the owner"),
        ],
    ),
    (
        "h114",
        "Students described the exam as “brutal” and “unfair”.",
        [("brutal", P, None, "Students"), ("unfair", P, None, "Students")],
    ),
    (
        "h115",
        "The council leader, Iris Mäkelä, wrote on Facebook that the pool would reopen. "
        "“Thank you for your patience,” she wrote.",
        [("Thank you for your patience,", D, "Iris Mäkelä", None)],
    ),
    (
        "h116",
        "The court heard that the defendant shouted “Get out!” before the fire started.",
        [("Get out!", D, None, "the defendant")],
    ),
    (
        "h117",
        "“Honestly? I cried,” Lotte Frey said of the moment she heard. Frey, a violinist, had "
        "waited eleven years for the post.",
        [("Honestly? I cried,", D, "Lotte Frey", None)],
    ),
    (
        "h118",
        "Environmental groups said the plan was a “step backwards”, while the industry welcomed "
        "it.",
        [("step backwards", P, None, "Environmental groups")],
    ),
    (
        "h119",
        'Ahmed Karimi is 63. "I have driven this route since the bridge opened," he said. '
        '"I know every pothole."',
        [
            ("I have driven this route since the bridge opened,", D, "Ahmed Karimi", None),
            ("I know every pothole.", D, "Ahmed Karimi", None),
        ],
    ),
    (
        "h120",
        "Her ‘temporary’ job lasted thirty years, and she doesn’t regret a day of it.",
        [("temporary", S, None, None)],
    ),
    (
        "h121",
        "‘We were never told’, said Ruth Okeke, whose house was flooded twice.",
        [("We were never told", D, "Ruth Okeke", None)],
    ),
    (
        "h122",
        "The prosecutor, Mei Lin, addressed the jury. “The evidence is overwhelming,” Lin said. "
        "“You have seen the footage.”\n\nThe defence called no witnesses.",
        [
            ("The evidence is overwhelming,", D, "Mei Lin", None),
            ("You have seen the footage.", D, "Mei Lin", None),
        ],
    ),
    (
        "h123",
        '"They told us the dam was safe. It wasn\'t," said a farmer who lost his herd, '
        "declining to give his name.",
        [("They told us the dam was safe. It wasn't,", D, None, "a farmer who lost his herd")],
    ),
    (
        "h124",
        "A missing closing mark should not swallow the text: “we start at dawn, the organiser "
        "said.\n\nThe march began at seven. Police estimated the crowd at two thousand.",
        [],
    ),
    (
        "h125",
        "“The line will reopen on Monday,” the operator said in a statement. “Replacement buses "
        "run until then.”",
        [
            ("The line will reopen on Monday,", D, None, "the operator"),
            ("Replacement buses run until then.", D, None, "the operator"),
        ],
    ),
    (
        "h126",
        "Defence Minister Arjun Mehta, speaking to troops in the north, said: “You are the "
        "reason this country sleeps safely.”",
        [("You are the reason this country sleeps safely.", D, "Arjun Mehta", None)],
    ),
    (
        "h127",
        "Mehta and General Ola Sunde inspected the base. “The morale is high,” the general "
        "told reporters afterwards.",
        [("The morale is high,", D, "Ola Sunde", None)],
    ),
    (
        "h128",
        "Nina Petrova, an analyst at Baltic Research, has a simpler explanation: “Fear.”",
        [("Fear.", D, "Nina Petrova", "an analyst at Baltic Research")],
    ),
    (
        "h129",
        "“Sell,” was the advice of one broker. Another disagreed.",
        [("Sell,", D, None, "one broker")],
    ),
    (
        "h130",
        "“My daughter is in that building,” Ilse Moreau shouted at the police line. “Let me "
        "through!”",
        [
            ("My daughter is in that building,", D, "Ilse Moreau", None),
            ("Let me through!", D, "Ilse Moreau", None),
        ],
    ),
]
