"""A generated corpus of small fictional reports, grouped in stories, written as JSONL.

Every name, place and event is made up. Each story has its own people, town
and figures, so the clusterer can tell stories apart; each report words the
story its own way (sentence order, a quote, sometimes a different figure).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

_FIRST = "Ilse Tomas Maren Oskar Vida Jorun Beno Halla Kasimir Lene Rurik Sanne".split()
_LAST = "Varnholt Quenby Strand Ollivar Dessaine Murrow Kettleby Asplund Trevane Holm".split()
_TOWNS = "Veldhaven Lowmoor Kessel Brackwater Ostrin Fennmouth Aldergate Corrow Pellan".split()
_EVENTS = [
    ("bridge", "closed the {town} bridge after cracks were found in its {n} supports"),
    ("school", "ordered {n} pupils of the {town} school home after a boiler fault"),
    ("harbour", "suspended {n} ferry crossings from {town} harbour in the storm"),
    ("mill", "fought a fire at the old {town} mill for {n} hours"),
    ("market", "counted {n} stalls lost when the {town} market flooded"),
]
_HEADS = ["update", "latest", "what we know"]
_OUTLETS = ["Harbour Times", "Lowmoor Record", "Radio Kessel", "Coast Wire", "Aske Today"]


def _person(k: int) -> str:
    return f"{_FIRST[k % len(_FIRST)]} {_LAST[(k // len(_FIRST) + k) % len(_LAST)]}"


def _word(k: int) -> str:
    """A made-up capitalised word, unique per ``k`` (the name of a story's inquiry)."""
    syllables = "ba ce di fo gu ka le mi no pu ra se".split()
    return "".join(syllables[(k // 12**i) % 12] for i in range(3)).capitalize()


def generate(n: int, seed: int = 3) -> list[dict[str, str]]:
    """``n`` report records (id, title, text, published, outlet), stories interleaved."""
    rng = random.Random(seed)
    records: list[dict[str, str]] = []
    stories: list[dict[str, object]] = []
    day0 = dt.date(2031, 5, 1)
    while len(records) < n:
        if not stories or rng.random() < 0.15:
            kind, event = rng.choice(_EVENTS)
            stories.append(
                {
                    "town": rng.choice(_TOWNS) + rng.choice(["", " North", " Quay"]),
                    "kind": kind,
                    "event": event,
                    "n": rng.randint(3, 400),
                    "official": _person(len(stories)),
                    "day": day0 + dt.timedelta(days=len(stories) // 3),
                    "tag": _word(len(stories)),
                }
            )
        s = rng.choice(stories[-6:])
        figure = s["n"] if rng.random() > 0.2 else int(s["n"]) + 1  # type: ignore[call-overload]
        event = str(s["event"]).format(town=s["town"], n=figure)
        sentences = [
            f"Officials in {s['town']} {event} on {s['day']:%A}.",  # type: ignore[str-format]
            f'"We will not take risks with the {s["kind"]}," said {s["official"]}.',
            f"{s['official']} added that the {s['tag']} review would report within a week.",
            f"Residents of {s['town']} said the {s['kind']} had worried them for years.",
            f"The {s['tag']} inquiry will hear from engineers and the council.",
        ]
        rng.shuffle(sentences)
        index = len(records)
        records.append(
            {
                "id": f"gen{index:04d}",
                "title": f"{s['town']}: {s['kind']} {rng.choice(_HEADS)}",
                "text": " ".join(sentences),
                "published": f"{s['day']}T{8 + index % 10:02d}:{index % 60:02d}:00Z",
                "outlet": rng.choice(_OUTLETS),
            }
        )
    return records


def write_corpus(folder: Path, n: int, per_file: int = 50, seed: int = 3) -> list[str]:
    """Write ``n`` records as JSONL files of ``per_file`` lines; return the ids in order."""
    folder.mkdir(parents=True, exist_ok=True)
    records = generate(n, seed)
    for start in range(0, n, per_file):
        lines = [json.dumps(r) for r in records[start : start + per_file]]
        (folder / f"part{start // per_file:03d}.jsonl").write_text("\n".join(lines) + "\n")
    return [r["id"] for r in records]
