"""Small built-in word lists the errata rules need, kept apart from the rules.

Both lists are deliberately short and general English, never words of a
particular story: the story's own reports are the main evidence (see
:mod:`newsprism.compare.errata`); these only cover what one story may not
repeat often enough to prove.
"""

from __future__ import annotations

# Words whose immediate repetition is grammatical or idiomatic
# ("what it is is", "he had had enough", "I told you you were", "gave her her keys").
GRAMMATICAL_DOUBLES = frozenset(
    """
    had that is was her you do does did him it there no yes very so bye ha
    now well really many far long knock blah tut chop night hip wait go
    """.split()
)

# Fixed two-word expressions of news English, in their usual order. A report
# writing them the other way round ("War World II") has most likely swapped
# them. Only phrases whose reversed order is not itself ordinary English.
FIXED_BIGRAMS = frozenset(
    tuple(p.split())
    for p in """
    world war
    prime minister
    vice president
    foreign minister
    foreign ministry
    defence minister
    defense minister
    defense secretary
    interior minister
    finance minister
    press secretary
    press conference
    news conference
    state department
    white house
    united states
    united nations
    united kingdom
    european union
    security council
    general assembly
    supreme court
    high court
    middle east
    new york
    los angeles
    wall street
    human rights
    climate change
    civil war
    cold war
    nuclear weapons
    armed forces
    police officer
    police officers
    fire brigade
    interest rates
    interest rate
    central bank
    stock market
    real estate
    health care
    law enforcement
    national security
    public health
    executive order
    foreign policy
    peace talks
    peace deal
    death toll
    oval office
    red cross
    """.strip().splitlines()
)
