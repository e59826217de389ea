"""Passages of the bundled fictional example (``examples/ferry``) for the quote gold set.

Copied from the example's reports with their encoding damage repaired by hand
(the quote stage sees cleaned text), one passage per run of paragraphs a reader
needs to attribute the quotes. Same conventions as ``quotes_handwritten.py``.
"""

from __future__ import annotations

D, P, S = "direct", "partial", "scare"

BRANDVOLD_1 = (
    "I have asked for a full, independent inquiry, and I want its first findings on my desk "
    "within thirty days,"
)
CASTELLANE = (
    "The vessel was inspected in March and certified for 80 passengers. We have no indication "
    "that it was overloaded,"
)
ACHTERBERG = "We told them on Friday, in writing. Nobody came to look at the boat,"
LINDQVIST_1 = "I saw her go over in maybe ten seconds,"
LINDQVIST_2 = "People were in the water before anyone could even shout."
OKORO = (
    "There were children on the quay screaming for their parents, and we had nothing, not even "
    "blankets,"
)

PASSAGES: list[tuple[str, str, list[tuple]]] = [
    (
        "x01-courier",
        "Mayor Ilse Brandvold, speaking at City Hall at eight o’clock this morning, said she had "
        "asked the regional government to appoint an independent investigator. “"
        + BRANDVOLD_1
        + "” she said. “Twelve families in this city went to bed last night without someone they "
        "love. They are owed answers, not statements.”\n\n"
        "The city council will meet in emergency session on Wednesday, and flags on public "
        "buildings will fly at half-mast until the funerals, the mayor said.\n\n"
        "The Aske Harbour Authority, which licenses and inspects the river ferries, defended its "
        "checks. “" + CASTELLANE + "” said Renée Castellane, the authority’s spokesperson.",
        [
            (BRANDVOLD_1, D, "Ilse Brandvold", None),
            (
                "Twelve families in this city went to bed last night without someone they love. "
                "They are owed answers, not statements.",
                D,
                "Ilse Brandvold",
                None,
            ),
            (CASTELLANE, D, "Renée Castellane", "the authority’s spokesperson"),
        ],
    ),
    (
        "x02-courier",
        "But Jonas Achterberg, general secretary of the Ferry and River Workers’ Union, said the "
        "union had warned the authority in a letter last Friday that the ferry was “listing on "
        "every crossing” when full. Crew members told the Courier that the ferry’s 2019 "
        "“refit” had amounted to little more than new seats and a coat of paint.\n\n"
        "Tobias Lindqvist, skipper of the harbour tug Grebe, was among the first to reach the "
        "upturned hull. He and his two deckhands pulled nine people from the water. “"
        + LINDQVIST_1
        + "” he said. “"
        + LINDQVIST_2
        + "”\n\n"
        "On the quay, off-duty medical staff and passers-by wrapped survivors in coats and in "
        "tablecloths taken from the riverside cafés. “" + OKORO + "” said Nadia Okoro, a "
        "34-year-old nurse who had been waiting for the next ferry.",
        [
            ("listing on every crossing", P, "Jonas Achterberg", None),
            ("refit", S, None, None),
            (LINDQVIST_1, D, "Tobias Lindqvist", None),
            (LINDQVIST_2, D, "Tobias Lindqvist", None),
            (OKORO, D, "Nadia Okoro", "a 34-year-old nurse"),
        ],
    ),
    (
        "x03-northwire",
        '"' + CASTELLANE + '" Renée Castellane, a spokesperson for the Aske Harbour Authority, '
        "told reporters at Old Quay late on Sunday.\n\n"
        "Survivors described the ferry heeling sharply to one side as it turned into the current "
        "midway across the river, which was running fast after a week of heavy rain.\n\n"
        "Tobias Lindqvist, the skipper of a harbour tug moored at Old Quay, said he and his two "
        'deckhands pulled nine people out of the river. "' + LINDQVIST_1 + '" he said. "'
        "" + LINDQVIST_2 + '"',
        [
            (
                CASTELLANE,
                D,
                "Renée Castellane",
                "a spokesperson for the Aske Harbour Authority",
            ),
            (LINDQVIST_1, D, "Tobias Lindqvist", None),
            (LINDQVIST_2, D, "Tobias Lindqvist", None),
        ],
    ),
    (
        "x04-northwire",
        "A senior harbour official, who asked not to be named because he was not authorised to "
        "speak to the media, said a strong-wind warning for the river had been issued at 17:30, "
        "an hour before the Morning Lark left the quay.\n\n"
        '"The crossing should have been suspended. Everyone on the quay knew the wind was '
        'getting up," the official said.\n\n'
        "Mayor Ilse Brandvold, who went to Old Quay as the rescue operation continued into the "
        'night, called the capsizing "the darkest night this city has known in a generation" and '
        "said she would seek a full independent inquiry.",
        [
            (
                "The crossing should have been suspended. Everyone on the quay knew the wind was "
                "getting up,",
                D,
                None,
                "the official",
            ),
            (
                "the darkest night this city has known in a generation",
                P,
                "Ilse Brandvold",
                None,
            ),
        ],
    ),
    (
        "x05-northwire",
        "Jonas Achterberg, general secretary of the Ferry and River Workers' Union, said the "
        "union had written to the harbour authority last Friday to warn that the Morning Lark "
        'was "listing on every crossing" when fully loaded.\n\n'
        '"' + ACHTERBERG + '" Achterberg said.\n\n'
        'Aske Crossings said in a statement that it was "cooperating fully" with the '
        "investigation and that its thoughts were with the victims and their families. The "
        "company did not respond to questions about the union's letter.",
        [
            ("listing on every crossing", P, "Jonas Achterberg", None),
            (ACHTERBERG, D, "Jonas Achterberg", None),
            ("cooperating fully", P, "Aske Crossings", None),
        ],
    ),
    (
        "x06-valleypost",
        "“" + CASTELLANE + "” Renée Castellane, a spokesperson for the Aske Harbour Authority, "
        "told journalists at Old Quay late on Sunday.\n\n"
        "A senior harbour official, who spoke on condition of anonymity because he was not "
        "authorised to speak to the media, said a strong-wind warning for the river had been "
        "issued at 17:30, an hour before the Morning Lark left the quay.\n\n"
        "“The crossing should have been suspended. Everyone on the quay knew the wind was "
        "getting up,” the official said.\n\n"
        "Mayor Ilse Brandvold, who went to Old Quay as the rescue operation continued into the "
        "night, called the capsizing “the darkest night this city has known in a generation” "
        "and said she would seek a full independent inquiry.\n\n"
        "Jonas Achterberg, general secretary of the Ferry and River Workers’ Union, said the "
        "union had written to the harbour authority last Friday to warn that the Morning Lark "
        "was “listing on every crossing” when fully loaded.\n\n"
        "“" + ACHTERBERG + "” Achterberg said.",
        [
            (
                CASTELLANE,
                D,
                "Renée Castellane",
                "a spokesperson for the Aske Harbour Authority",
            ),
            (
                "The crossing should have been suspended. Everyone on the quay knew the wind was "
                "getting up,",
                D,
                None,
                "the official",
            ),
            (
                "the darkest night this city has known in a generation",
                P,
                "Ilse Brandvold",
                None,
            ),
            ("listing on every crossing", P, "Jonas Achterberg", None),
            (ACHTERBERG, D, "Jonas Achterberg", None),
        ],
    ),
    (
        "x07-harbourlight",
        "For the crews who work the crossing, grief came with anger. “The Morning Lark was "
        "listing on every crossing when she was full. Our members had been saying it for months "
        "— to the company, to the authority, to anyone who would listen,” Jonas Achterberg, "
        "general secretary of the Ferry and River Workers’ Union, told the Harbour Light on "
        "Monday.\n\n"
        "Achterberg said the union had put its concerns in writing last Friday, in a letter to "
        "the Aske Harbour Authority. “" + ACHTERBERG + "” he said.",
        [
            (
                "The Morning Lark was listing on every crossing when she was full. Our members had "
                "been saying it for months — to the company, to the authority, to anyone who "
                "would listen,",
                D,
                "Jonas Achterberg",
                "general secretary of the Ferry and River Workers’ Union",
            ),
            (ACHTERBERG, D, "Jonas Achterberg", None),
        ],
    ),
    (
        "x08-harbourlight",
        "The authority’s spokesperson, Renee Castellane, said the ferry had passed its annual "
        "inspection. “" + CASTELLANE + "” she said. The authority would not say whether it had "
        "received the union’s letter.\n\n"
        "The ferry overturned at about 18:40 with 58 passengers and three crew on board. "
        "Forty-seven people were rescued, many of them by the crew of the harbour tug Grebe and "
        "by fishermen who were mooring for the night.\n\n"
        "Mayor Ilse Brandvold said on Monday that she had asked for an independent inquiry and "
        "wanted “first findings on my desk within thirty days”. She called Sunday “the darkest "
        "night this city has known in a generation”.",
        [
            (CASTELLANE, D, "Renee Castellane", None),
            ("first findings on my desk within thirty days", P, "Ilse Brandvold", None),
            (
                "the darkest night this city has known in a generation",
                P,
                "Ilse Brandvold",
                None,
            ),
        ],
    ),
    (
        "x09-harbourlight",
        "Aske Crossings’ managing director has not spoken publicly since the disaster. In a "
        "two-line statement the company said it was “cooperating fully” and asked for the "
        "privacy of the families to be respected.\n\n"
        "Passengers who used the Morning Lark regularly told the Harbour Light they had noticed "
        "the ferry lean. “You got used to it — you’d sit on the high side,” said one commuter, "
        "who did not want her name published. “Nobody thought it could actually go over.”",
        [
            ("cooperating fully", P, None, "the company"),
            ("You got used to it — you’d sit on the high side,", D, None, "one commuter"),
            ("Nobody thought it could actually go over.", D, None, "one commuter"),
        ],
    ),
    (
        "x10-lowmoor",
        "Many carried photographs. Some had waited through the night at Old Quay as divers "
        "searched for the two passengers who are still missing.\n\n"
        "“My brother took that ferry every weekend for twenty years. He used to joke that she "
        "leaned like a tired horse,” said Karel Voss, 61, whose younger brother Emil was among "
        "the dead. “Now I want to know who decided she was fit to sail.”\n\n"
        "Others stood in silence.",
        [
            (
                "My brother took that ferry every weekend for twenty years. He used to joke that "
                "she leaned like a tired horse,",
                D,
                "Karel Voss",
                None,
            ),
            ("Now I want to know who decided she was fit to sail.", D, "Karel Voss", None),
        ],
    ),
    (
        "x11-lowmoor",
        "The Aske Harbour Authority’s spokesperson, Renée Castellane, said the authority would "
        "hand all of its inspection records to the inquiry. “" + CASTELLANE + "” she said — a "
        "line that drew jeers from the crowd when it was read out.\n\n"
        "Mayor Ilse Brandvold came out to speak to the families shortly after midday. She "
        "repeated her promise of a full independent inquiry and said she wanted “first findings "
        "on my desk within thirty days”. The inquiry is expected to examine the ferry’s "
        "stability records and the training of its crew, according to a draft of its terms of "
        "reference seen by the Record.\n\n"
        "Jonas Achterberg, the ferry workers’ union leader, stood with the relatives. He said "
        "the union had warned the authority last Friday that the ferry was “listing on every "
        "crossing” and that nobody had come to inspect it.",
        [
            (CASTELLANE, D, "Renée Castellane", None),
            ("first findings on my desk within thirty days", P, "Ilse Brandvold", None),
            ("listing on every crossing", P, "Jonas Achterberg", None),
        ],
    ),
    (
        "x12-lowmoor",
        "Tobias Lindqvist, the tug skipper who pulled nine people from the water, came to the "
        "gathering but would not be drawn on the rescue. “I was just the nearest boat,” he "
        "said.\n\n"
        "The city council will meet in emergency session on Wednesday. A memorial service is "
        "planned at St Agnes’ Church once the search is over.\n\n"
        "“We are not going anywhere until we get the truth,” Voss said as the crowd began to "
        "leave.",
        [
            ("I was just the nearest boat,", D, "Tobias Lindqvist", None),
            ("We are not going anywhere until we get the truth,", D, "Voss", None),
        ],
    ),
    (
        "x13-radiokessel",
        "Mayor Ilse Brandvoll told a news conference yesterday that she had asked for a full "
        "independent inquiry. “" + BRANDVOLD_1 + "” she said.\n\n"
        "The city council meets in emergency session tomorrow. Opposition councillors have asked "
        "Brandvoll to suspend the harbour authority’s chief executive while the inquiry runs.\n\n"
        "The Aske Harbour Authority has said the ferry passed an inspection in March. “"
        + CASTELLANE
        + "” spokesperson Renée Castellane said on Sunday night.",
        [
            (BRANDVOLD_1, D, "Ilse Brandvoll", None),
            (CASTELLANE, D, "Renée Castellane", None),
        ],
    ),
    (
        "x14-radiokessel",
        "But a strong-wind warning had been in force on the river since 17:30, an hour before "
        "the ferry left Old Quay. Radio Kessel has seen a copy of the warning, which advised "
        "operators of small passenger vessels to “consider suspending” crossings.\n\n"
        "Jonas Achterberg of the Ferry and River Workers’ Union said the union had warned the "
        "authority last Friday that the ferry was “listing on every crossing”. “"
        + ACHTERBERG
        + "” he said.",
        [
            ("consider suspending", P, None, "the warning"),
            ("listing on every crossing", P, "Jonas Achterberg", None),
            (ACHTERBERG, D, "Jonas Achterberg", None),
        ],
    ),
    (
        "x15-asketoday",
        "Witnesses said the ferry leaned sharply as it turned into the current, then rolled over "
        "within seconds. Tobias Lindqvist, the skipper of the harbour tug Grebe, saw it happen "
        "from his wheelhouse. “" + LINDQVIST_1 + "” he said.\n\n"
        "How many people died?\n\n"
        "Twelve people are confirmed dead, including two children, and two are still missing. "
        "Forty-seven people were rescued and nineteen were taken to St Agnes Hospital.\n\n"
        "“" + OKORO + "” said Nadia Okoro, a 34-year-old nurse who helped treat survivors on the "
        "quayside.",
        [
            (LINDQVIST_1, D, "Tobias Lindqvist", None),
            (OKORO, D, "Nadia Okoro", "a 34-year-old nurse"),
        ],
    ),
    (
        "x16-asketoday",
        "The Aske Harbour Authority says the ferry passed an inspection in March. “The vessel "
        "was inspected by [the authority] in March and certified for 80 passengers. There is no "
        "indication at this stage that it was overloaded,” its spokesperson, Renée Castellane, "
        "said.\n\n"
        "The Ferry and River Workers’ Union disputes that the ferry was sound. Its general "
        "secretary, Jonas Achterberg, says the union warned the authority last Friday that the "
        "Morning Lark was “listing on every crossing”.\n\n"
        "Mayor Ilse Brandvold has asked for a full independent inquiry. “" + BRANDVOLD_1 + "” "
        "she told a news conference on Monday morning.",
        [
            (
                "The vessel was inspected by [the authority] in March and certified for 80 "
                "passengers. There is no indication at this stage that it was overloaded,",
                D,
                "Renée Castellane",
                "its spokesperson",
            ),
            ("listing on every crossing", P, "Jonas Achterberg", None),
            (BRANDVOLD_1, D, "Ilse Brandvold", None),
        ],
    ),
    (
        "x17-lowmoor-title",
        "‘We want the truth’: families of Morning Lark victims demand answers",
        [("We want the truth", D, None, None)],
    ),
]
