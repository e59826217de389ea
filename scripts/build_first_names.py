"""Build ``src/newsprism/annotate/data/first_names.tsv``: first names whose gender is clear.

Why: a quote's ``she said`` is resolved to the nearest compatible person, and
"compatible" needs the person's gender. Titles and role nouns tell it sometimes;
first names tell it far more often. The table is derived from nomquamgender
0.1.4 (MIT, Ian Van Buskirk; name counts from many national sources), keeping
only names seen at least ``MIN_COUNT`` times in at least ``MIN_SOURCES``
sources with P(female) >= 0.9 (``f``) or <= 0.1 (``m``). Ambiguous names
(Robin, Kim, Jordan) are left out, so they stay unknown. The looser counts (20 in 3
sources, from 100 in 5) bring in names news copy meets from outside the big national
registers (Themba, Tamati, Celestine): 55,721 names, 535 kB.

A second table, ``data/ambiguous_first_names.tsv``, lists the common names whose gender
is *not* clear (0.1 < P(female) < 0.9, seen at least ``AMBIGUOUS_MIN_COUNT`` times in at
least ``AMBIGUOUS_MIN_SOURCES`` sources: Amara, Maxime, Sasha). They say nothing about
gender, but they still tell a person's name from an organisation's when the tagger
missed it ("Maxime Delorme" labelled ORG). A name that is also an ordinary English word
(written in lower case in Webster's Second, the ``web2`` list of the ``english-words``
package: rainbow, river, robin, august) is left out: "Rainbow Haven", "Robin Hill" name
places as often as people.

The derived table is checked in so that nothing is downloaded or
parsed at run time. Rebuild it with::

    python -m venv /tmp/nqg
    /tmp/nqg/bin/pip install nomquamgender==0.1.4 english-words==2.0.2
    /tmp/nqg/bin/python scripts/build_first_names.py \
        /tmp/nqg/lib/python3.*/site-packages/nomquamgender
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MIN_COUNT = 20
MIN_SOURCES = 3
AMBIGUOUS_MIN_COUNT = 300
AMBIGUOUS_MIN_SOURCES = 5
DATA = Path(__file__).resolve().parents[1] / "src/newsprism/annotate/data"
OUT = DATA / "first_names.tsv"
AMBIGUOUS_OUT = DATA / "ambiguous_first_names.tsv"


def main(package: Path) -> None:
    data = json.loads((package / "name_data.json").read_text(encoding="utf-8"))
    licence = next(package.parent.glob("nomquamgender-*.dist-info/LICENSE*")).read_text()
    rows = []
    ambiguous = []
    from english_words import get_english_words_set  # only when building the tables

    common_words = get_english_words_set(["web2"], lower=False)
    for name, (sources, count, p_female, *_rest) in data.items():
        if count < MIN_COUNT or sources < MIN_SOURCES or len(name) < 2:
            continue
        if not name.replace("-", "").isalpha():
            continue
        if p_female >= 0.9:
            rows.append(f"{name}\tf")
        elif p_female <= 0.1:
            rows.append(f"{name}\tm")
        elif (
            count >= AMBIGUOUS_MIN_COUNT
            and sources >= AMBIGUOUS_MIN_SOURCES
            and name.isalpha()
            and name not in common_words
        ):
            ambiguous.append(f"{name}\t?")
    header = [
        "# First names with a clear gender, derived by scripts/build_first_names.py from",
        "# nomquamgender 0.1.4 (https://github.com/ianvanbuskirk/nomquamgender), whose licence:",
        *("# " + line if line else "#" for line in licence.strip().splitlines()),
    ]
    DATA.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join([*header, *sorted(rows)]) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    header[0] = "# First names either gender has (?), derived by scripts/build_first_names.py from"
    AMBIGUOUS_OUT.write_text("\n".join([*header, *sorted(ambiguous)]) + "\n", encoding="utf-8")
    print(f"{len(ambiguous)} names -> {AMBIGUOUS_OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
