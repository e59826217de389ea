"""Words that say a phrase names a person, and which gender: titles, role and kin nouns,
company and club name endings, first names.

Split from ``speakers``: the vocabulary on its own, so that the parse rules stay
readable. Lists are of general English news vocabulary, never of one text's
names; first names come from ``data/first_names.tsv`` (derived from
nomquamgender, MIT, by ``scripts/build_first_names.py``).
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsprism.annotate import pronouns as pr
from newsprism.annotate.names import ascii_fold

# Only words about the person they stand in: "his wife" is a woman, so the possessives and
# object pronouns (his, him, her, hers) are left out.
_MALE = set(
    "he mr mr. sir man boy father son brother husband uncle nephew grandfather king "
    "prince spokesman chairman congressman businessman lord monsieur herr grandson grandad "
    "granddad grandpa stepson stepfather boyfriend widower great-grandfather great-grandad "
    "great-grandson".split()
)
_FEMALE = set(
    "she mrs mrs. ms ms. miss madam madame woman girl mother daughter sister wife aunt "
    "niece grandmother queen princess spokeswoman chairwoman congresswoman businesswoman "
    "lady actress frau granddaughter grandma granny stepdaughter stepmother girlfriend "
    "widow gran nan great-gran great-grandmother great-granny great-grandma "
    "great-granddaughter".split()
)
TITLES = set(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. professor mayor president minister governor "
    "senator judge coach councillor councilor chief general colonel captain sir lady lord "
    "deputy secretary chancellor premier prime spokesman spokeswoman spokesperson sheriff "
    "rep. sen. gov. gen. col. capt. officer director commissioner ambassador pope father "
    "sister brother reverend rev. inspector sergeant constable detective chairman chairwoman "
    "former vice finance defence defense foreign interior health sgt sgt. lt lt. cpl cpl. "
    "insp insp. supt supt. det det. cllr cllr. hon hon. rt justice dame ceo cfo coo cto cs "
    "superintendent commander marshal mp mep msp mla pc recorder coroner magistrate "
    "major lieutenant brigadier admiral corporal private gunner trooper sapper seaman "
    "aircraftman airman rifleman guardsman fusilier bombardier".split()
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
# "Lee Scarrow, 34,", "Zofia, ten,", "Ada Mills, ninety-one,": an age in apposition
AGED = re.compile(rf",\s*(?:\d{{1,3}}|(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?),", re.I)

# Words that widen a title before a name: "District Judge", "Able Seaman", "Petty Officer".
TITLE_MODIFIERS = set(
    "district circuit county state high chief senior principal assistant acting associate "
    "crown supreme federal able leading ordinary petty warrant flight wing lance staff".split()
)


NON_PERSON_HEADS = (
    set(
        "statement report letter note sign message email post website document warning study "
        "survey ministry government company authority agency office police council court "
        "newspaper paper board union party team club firm group committee department service "
        "bank army navy military embassy kremlin house parliament assembly commission "
        "organisation organization association federation institute university school hospital "
        "operator airline brigade force regime administration cabinet spokesperson charity trust "
        "foundation society museum library network channel broadcaster bureau district "
        "coalition alliance forum consortium tribunal panel municipality fund programme program "
        "campaign movement tank laboratory observatory exchange directorate band orchestra choir "
        "side outfit station festival theatre gallery venue studio label airport zoo "
        # what business copy calls a company: "the utility said", "the insurer said"
        "utility insurer lender retailer manufacturer maker publisher provider supplier producer "
        "carrier developer regulator watchdog distributor wholesaler exporter importer brand "
        "chain startup start-up platform app website outlet franchise".split()
    )
    | pr.CLUB_WORDS  # a club's name: "Riverbend Athletic", "Wexcombe Rovers"
    | pr.COMPANY_WORDS  # a company's: "Nordvik Seafood", "Harlow Vale Developments"
)
# What business copy calls a company, in front of its name ("video game publisher
# Brightforge", "carmaker Voltra"): a one-word name after one of these is the company.
ORGANISATION_NOUNS = set(
    "company firm group business bank carrier operator airline retailer utility insurer "
    "lender manufacturer maker carmaker chipmaker automaker drugmaker publisher provider "
    "supplier producer developer regulator distributor wholesaler exporter importer brand "
    "chain startup start-up platform broadcaster network charity club band orchestra choir "
    "grocer supermarket".split()
)
# Singular nouns that name a group of people: what they say is not a "he" or a "she".
COLLECTIVE = set("staff team crew family police government audience crowd public jury".split())


# First names the table might miss or misjudge in news copy. No guess from endings: "-a" is
# female in Slavic and Romance names but not in Themba, Luca or Mwamba (measured on the gold
# sets: dropping the guess gained recall on four of them and lost none).
_MALE_FIRST = set(
    "john james peter paul michael david tom thomas mark daniel robert william richard joseph "
    "george ivan sergei sergey vladimir dmitry alexei oleg igor pavel karl hans lars ahmed "
    "mohammed ali omar jonas jan piotr pierre".split()  # not "jean": Jean Haworth, Jean Dupont
)
_FEMALE_FIRST = set(
    "mary elizabeth sarah karen helen ruth ellen rachel susan jennifer margaret catherine "
    "katherine ingrid astrid ines lea alice grace rose claire marie anne jane kate lucy emily "
    "chloe zoe".split()
)


class _FirstNames(dict[str, str]):
    """The table, looked up without accents: "Aurélie" is the table's "aurelie"."""

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and dict.__contains__(self, ascii_fold(key))

    def __getitem__(self, key: str) -> str:
        return dict.__getitem__(self, ascii_fold(key))

    def get(self, key: str, default: Any = None) -> Any:
        return dict.get(self, ascii_fold(key), default)


@functools.cache
def first_names() -> dict[str, str]:
    """First name → ``m``/``f`` for names whose gender is clear (``data/first_names.tsv``,
    derived from nomquamgender by ``scripts/build_first_names.py``); accents are ignored
    when looking a name up."""
    return _read_names("data/first_names.tsv")


@functools.cache
def ambiguous_first_names() -> dict[str, str]:
    """Common first names whose gender is not clear (Amara, Maxime, Sasha; value ``?``):
    they tell a person's name from an organisation's, never a gender
    (``data/ambiguous_first_names.tsv``, built beside the first-name table)."""
    return _read_names("data/ambiguous_first_names.tsv")


def _read_names(path: str) -> dict[str, str]:
    table: dict[str, str] = _FirstNames()
    text = resources.files("newsprism.annotate").joinpath(path).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            table[name] = gender
    return table


def _genderless_title(word: str) -> bool:
    """A title or its modifier that says nothing of gender ("Judge", "Sen.", "Assistant";
    not "Mrs", "Sir" or "Father")."""
    if word in _MALE or word in _FEMALE:
        return False
    return word in TITLES or word.strip(".") in TITLES or word in TITLE_MODIFIERS


_SURNAME_PARTICLES = set("nic mac mc ó o' von der della bin".split())


def gender_of_name(name: str | None) -> str | None:
    """``m``/``f`` from a first name: the short lists here, then the first-name table; else
    None."""
    words = (name or "").split()
    while len(words) > 2 and _genderless_title(words[0].lower()):
        words = words[1:]  # "Assistant Coroner Imogen Trelawney": Imogen's, not a Judge's
    if len(words) < 2 or _genderless_title(words[0].lower()):
        return None  # "Judge Okafor", "Dr Vaughan": a surname says nothing
    first = words[0].lower().strip(".")
    if first == "ní":
        return "f"  # "Ní Bhriain": an Irish woman's surname
    if first in _SURNAME_PARTICLES:
        return None  # "Nic Giolla" (a woman's, not Nic the man's), "Mac Suibhne": a surname
    if words[0][:1].isupper() and (first in _MALE) != (first in _FEMALE):  # "Gran Pat",
        return "m" if first in _MALE else "f"  # "Uncle Tomasz": not the table's men called Gran
    if first in _MALE_FIRST:
        return "m"
    if first in _FEMALE_FIRST:
        return "f"
    known = first_names().get(first)
    if known is not None:
        return known
    return None


# Person nouns compounded of "man" (a list, not the ending: "Abdirahman", "Coleman" and
# "human" end so too; "chairman", "spokesman" are in ``_MALE``).
_MAN_COMPOUNDS = set(
    "fisherman policeman fireman postman milkman dustman craftsman layman linesman "
    "frenchman dutchman englishman irishman scotsman welshman cornishman countryman "
    "clergyman councilman alderman sportsman horseman yachtsman doorman "
    "barman handyman salesman tradesman workman groundsman batsman cameraman gunman "
    "middleman nobleman serviceman kinsman tribesman marksman watchman lineman "
    "repairman statesman churchman weatherman anchorman frontman".split()
)


def gender_of_words(words: list[str], compounds: bool = True) -> str | None:
    """``m``/``f`` when a title or role noun says so, else None; with ``compounds``, also a
    compound of "man" or "woman" ("a fisherman", "the policewoman", "the Dutchman")."""
    lowered = {w.lower() for w in words}
    male, female = bool(lowered & _MALE), bool(lowered & _FEMALE)
    if compounds:
        male = male or bool(lowered & _MAN_COMPOUNDS)
        female = female or any(len(w) > 5 and w.endswith("woman") for w in lowered)
    if male != female:
        return "m" if male else "f"
    return None


# Nouns that name a person by role: a subject headed by one is someone, not something.
PERSON_NOUNS = set(
    "source insider official spokesman spokeswoman spokesperson resident witness analyst "
    "expert observer critic aide adviser advisor diplomat officer colleague neighbour neighbor "
    "friend relative member employee worker lawyer attorney executive founder owner manager "
    "director chief head leader chairman chairwoman president minister secretary doctor nurse "
    "professor teacher student artist designer singer actor actress player coach captain "
    "campaigner organiser organizer frontman frontwoman commissioner mayor governor senator "
    "chair boss skipper gaffer deckhand gondolier editor poet writer author engineer pilot "
    "surgeon soldier guard miner builder researcher judge survivor victim "
    "parent mother father man woman veteran farmer driver passenger "
    "shopkeeper landlord tenant fan voter representative rep delegate steward negotiator "
    "volunteer staffer activist patient pupil customer client mourner protester "
    "demonstrator onlooker bystander commuter shopper resident nurse midwife paramedic "
    "firefighter constable detective sergeant inspector prosecutor barrister solicitor "
    "counsel defendant juror star mechanic plumber electrician cox jockey caddie referee "
    "trainer umpire forward midfielder goalkeeper passer-by passerby person lifeguard chef barista "
    "graduate alumnus alumna bride groom sibling twin cousin ally rival candidate nominee "
    "hostage refugee migrant rebel pal mate".split()
)


def is_role(doc: Doc, token: Token) -> bool:
    """A nominal that names a person's role (a title, a person noun, ``-ist``/``-ian``)."""
    low = token.lower_
    if low in TITLES or low in PERSON_NOUNS:
        return True
    if len(low) > 4 and low.endswith(("ist", "ian")) and low not in first_names():  # not "Sir
        # Lucian Fairbairn" or "Julian Okafor", but "Propagandist Margarita Simonyan",
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None  # not "Holmqvist said"
        return token.is_lower or (following is not None and following.is_title)
    return token.is_lower and _agent_noun(low)  # "the stationmaster", never "Trevor"


def is_office(word: str) -> bool:
    """A title or an agent noun ("the Speaker", "the Chair", "the Pope"), as opposed to a
    nationality ("the Spaniard", "the Italian"), which needs a person at the centre."""
    low = word.lower()
    return low in TITLES or low in PERSON_NOUNS or _agent_noun(low)


def human_description(description: str | None) -> bool:
    """Whether a description's head names a person ("a senior engineer at the dam", "one
    father", "her staff"), not a thing that "reads" or "says" ("the thermometer")."""
    head = pr.description_head(description)
    if head is None:
        return False
    words = (description or "").lower().split()
    verb = next((i for i, w in enumerate(words) if i >= 2 and w.endswith("ing")), None)
    if verb is not None and pr.description_head(" ".join(words[:verb])) != head:
        # "a 23-year-old law student counting votes": a participle opens a reduced relative
        return human_description(" ".join(words[:verb])) or _human_head(head)
    return _human_head(head)


def _human_head(head: str) -> bool:
    head = head.rstrip("s") if head not in PERSON_NOUNS and head.endswith("s") else head
    return (
        head in TITLES
        or head in PERSON_NOUNS
        or head in COLLECTIVE
        or head in _MALE
        or head in _FEMALE
        or (len(head) > 4 and head.endswith(("ist", "ian")))
        or (len(head) > 5 and head.endswith(_COMPOUND_PERSON) and head not in _NOT_PEOPLE)
        or (len(head) > 3 and head.endswith("-old"))  # "the 24-year-old"
        or _agent_noun(head)  # "a welder", "the bystander", "a consultant"
    )


# "the fisherman", "a policewoman", "one chairperson", "the townspeople"
_COMPOUND_PERSON = ("man", "men", "woman", "women", "person", "people")
_NOT_PEOPLE = {"doberman", "ottoman", "walkman", "caiman", "superman"}

# Agent nouns that name things, not people: "the thermometer reads", "the monitor showed".
_DEVICES = set(
    "computer printer container trailer monitor motor reactor sensor generator elevator "
    "radiator calculator indicator counter meter timer scanner register letter paper "
    "corridor border order number member water weather winter summer dinner tower river "
    "corner chapter quarter center centre matter paper cancer error mirror floor door "
    "statement document comment element moment agreement government department parliament "
    "event percent accident incident restaurant plant giant".split()
)


def _agent_noun(head: str) -> bool:
    if head in _DEVICES or head in NON_PERSON_HEADS or head.endswith(("meter", "ment")):
        return False
    return len(head) > 4 and head.endswith(("er", "or", "ant", "ent", "ee", "ess"))


def looks_like_person(words: list[str]) -> bool:
    """False for documents and institutions ("the statement", "the ministry", "Halvorsen &
    Brandt")."""
    last = words[-1].lower() if words else ""
    if "&" in words:
        return False
    return last not in NON_PERSON_HEADS and last.removesuffix("s") not in NON_PERSON_HEADS


def the_office(name: Span) -> bool:
    """``the Speaker``, ``the Chair``: one capitalised office word after "the"."""
    return (
        len(name) == 1
        and name.start > 0
        and name.doc[name.start - 1].lower_ == "the"
        and is_office(name[0].text)
    )


def opening_role(word: Token, length: int) -> bool:
    """A role noun capitalised only because it opens the sentence, before a name of two
    words at least: "Trainer Seamus Fahy" (not "Parker Jones", a first name)."""
    low = word.lower_
    return (
        length >= 3
        and bool(word.is_sent_start)
        and (low in PERSON_NOUNS or low in TITLES)
        and low not in first_names()
    )


def possessive_name(token: Token) -> bool:
    """An organisation's name with a plural common noun in the possessive inside it, every
    word capitalised: "Safe Harbour Women's Aid" (not "Britain's Foreign Secretary")."""
    poss = [c for c in token.children if c.dep_ == "poss"]
    if not (token.is_title and len(poss) == 1 and poss[0].tag_ == "NNS" and poss[0].is_title):
        return False
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.lower_ != "the"]
    return all(t.is_title or t.tag_ == "POS" for t in words)


COUNTRY_FIRST_WORDS = frozenset(
    "south north east west new sri costa puerto saudi hong el san central".split()
)


def demonym_shape(name: Span) -> bool:
    """Whether a name after "the" has a nationality's shape: one word ("the Spaniard"), two
    joined by a hyphen ("the Danish-Russian"), or two where the first opens a country's name
    and the second ends as nationalities do ("the Sri Lankan", "the New Zealander")."""
    if len(name) == 1 or (len(name) == 3 and name[1].text == "-"):
        return True
    if len(name) != 2 or name[0].lower_ not in COUNTRY_FIRST_WORDS:
        return False
    return name[1].lower_.endswith(("an", "er", "ese", "i"))


def organisation_role(role: Span) -> bool:
    """An indefinite role headed, at its end, by an organisation's noun: "Second Look, a
    miscarriage of justice charity" is no person."""
    return (
        len(role) > 1
        and role[0].lower_ in ("a", "an")
        and role.root.i == role.end - 1
        and role.root.lower_ in ORGANISATION_NOUNS
    )
