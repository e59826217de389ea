#!/usr/bin/env python3
# ruff: noqa: E501  (news prose is kept one paragraph per line)
"""Generate the bundled example corpus ``examples/ferry/``.

The story, the place, the people and the outlets are all fictional.

Seven reports of one event (the capsizing of the river ferry *Morning Lark* in
the fictional city of Veldhaven) are written here as clean text; damage of the
kinds seen in real scraped news (mojibake, lossy mojibake, site chrome, a
repeated headline, a syndicated copy, a misspelt name, a doubled word, ...) is
then applied deterministically, and ``ferry.truth.json`` (beside the folder, so it is not read as a report) records every planted
problem together with the facts a correct dossier must show.

Run from anywhere::

    python examples/make_ferry.py          # (re)write examples/ferry/
    python examples/make_ferry.py --check  # fail if the committed files differ

The outputs are byte-identical on every run (gzip is written with mtime=0).
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "ferry"

# ---------------------------------------------------------------------------
# damage helpers
# ---------------------------------------------------------------------------


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Map the five bytes cp1252 leaves undefined to the same-numbered C1
    control character, as sloppy real-world decoders do. This keeps the damage
    lossless (ftfy's "sloppy-windows-1252")."""
    bad = err.object[err.start : err.end]
    return "".join(chr(b) for b in bad), err.end


codecs.register_error("newsprism-latin1-fallback", _latin1_fallback)


def mojibake_cp1252(text: str) -> str:
    """UTF-8 bytes wrongly decoded as Windows-1252 (lossless)."""
    return text.encode("utf-8").decode("cp1252", errors="newsprism-latin1-fallback")


# UTF-8 E2 80 xx read as cp1257: E2 is 'ā'; the continuation bytes were dropped.
LOSSY_CHARS = "\u2018\u2019\u201c\u201d\u2013\u2014"


def mojibake_lossy(text: str) -> str:
    return "".join("ā" if ch in LOSSY_CHARS else ch for ch in text)


def smart_quotes(text: str) -> str:
    """What a CMS does to straight quotes when it re-publishes a wire story."""
    text = re.sub(r'(^|[\s(\[])"', "\\1“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[])'", "\\1‘", text)
    return text.replace("'", "’")


def token_diffs(clean: str, damaged_fn) -> list[dict[str, object]]:
    """Every distinct damaged word with its repair and how often it occurs."""
    seen: dict[tuple[str, str], int] = {}
    for tok in clean.split():
        bad = damaged_fn(tok)
        if bad != tok:
            seen[(bad, tok)] = seen.get((bad, tok), 0) + 1
    return [[b, c, n] for (b, c), n in seen.items()]


def paras(*ps: str) -> str:
    return "\n\n".join(ps)


# ---------------------------------------------------------------------------
# 1. The Veldhaven Courier  (courier.txt) -- plain-text chrome, form A
# ---------------------------------------------------------------------------

COURIER_TITLE = "Morning Lark disaster: city mourns as divers search for the missing"

COURIER_BODY = [
    "VELDHAVEN — Divers returned to the River Aske at first light this morning as Veldhaven woke to the scale of Sunday evening’s ferry disaster, in which twelve people died and two are still missing.",
    "The Morning Lark overturned at about 18:40 on Sunday, midway through its ten-minute crossing from Old Quay to Kessel, with 58 passengers and three crew on board. Forty-seven people were rescued; nineteen were taken to St Agnes Hospital, where four remain in a serious condition.",
    "Mayor Ilse Brandvold, speaking at City Hall at eight o’clock this morning, said she had asked the regional government to appoint an independent investigator. “I have asked for a full, independent inquiry, and I want its first findings on my desk within thirty days,” she said. “Twelve families in this city went to bed last night without someone they love. They are owed answers, not statements.”",
    "The city council will meet in emergency session on Wednesday, and flags on public buildings will fly at half-mast until the funerals, the mayor said.",
    "The Aske Harbour Authority, which licenses and inspects the river ferries, defended its checks. “The vessel was inspected in March and certified for 80 passengers. We have no indication that it was overloaded,” said Renée Castellane, the authority’s spokesperson.",
    "But Jonas Achterberg, general secretary of the Ferry and River Workers’ Union, said the union had warned the authority in a letter last Friday that the ferry was “listing on every crossing” when full. Crew members told the Courier that the ferry’s 2019 “refit” had amounted to little more than new seats and a coat of paint.",
    "Tobias Lindqvist, skipper of the harbour tug Grebe, was among the first to reach the upturned hull. He and his two deckhands pulled nine people from the water. “I saw her go over in maybe ten seconds,” he said. “People were in the water before anyone could even shout.”",
    "On the quay, off-duty medical staff and passers-by wrapped survivors in coats and in tablecloths taken from the riverside cafés. “There were children on the quay screaming for their parents, and we had nothing, not even blankets,” said Nadia Okoro, a 34-year-old nurse who had been waiting for the next ferry.",
    "The names of the dead have not been released. Police said two children were among them and that the families of all twelve had been informed.",
    "The ferry’s master, a 44-year-old with fourteen years’ service on the river, survived and was questioned by police overnight, a police spokesperson said. He has not been arrested.",
    "Passenger crossings on the Aske are suspended until further notice. The city has laid on extra buses via the Hallen Bridge, and a book of condolence has been opened at the Old Quay ticket office.",
]

COURIER_CAPTION = "Divers search the river near Old Quay at first light on Monday."
COURIER_PHOTO_CREDIT = "Photo: Ruben Alst / The Veldhaven Courier"
COURIER_SHARE = "Share this article: Email | Print | Copy link"
COURIER_MOST_READ = [
    "MOST READ",
    "-",
    "Council approves new cycle lanes on Dyke Street",
    "-",
    "Veldhaven Rovers sign goalkeeper on two-year deal",
    "-",
    "Heatwave warning for the weekend as temperatures climb",
    "-",
    "Kessel bakery wins regional bread prize for third year",
    "-",
    "Tram line 4 closed for repairs until August",
    "COURIER ACCESS RANKING",
]


def build_courier() -> str:
    head = [
        COURIER_TITLE,
        "",
        "By Elin Marsh, Chief Reporter",
        "09:40 CEST, June 15, 2026",
        "",
        COURIER_CAPTION,
        COURIER_PHOTO_CREDIT,
        "",
    ]
    tail = ["", COURIER_SHARE, "", *COURIER_MOST_READ]
    return "\n".join(head) + "\n" + paras(*COURIER_BODY) + "\n" + "\n".join(tail) + "\n"


# ---------------------------------------------------------------------------
# 2. Northern Wire  (northwire.txt) -- the wire original; doubled word
# ---------------------------------------------------------------------------

NORTHWIRE_TITLE = "Twelve dead, two missing after ferry capsizes on Veldhaven river"

# straight quotes: wire copy
NORTHWIRE_BODY = [
    "VELDHAVEN, June 15 (Northern Wire) - Twelve people died and two were missing after a passenger ferry capsized on the River Aske in Veldhaven on Sunday evening, the city's harbour authority said, in the worst accident on the river in more than thirty years.",
    "The Morning Lark, a 38-metre double-ended ferry run by the operator Aske Crossings, overturned at about 18:40 during its ten-minute crossing from Old Quay to the Kessel district, with 58 passengers and three crew aboard. Forty-seven people were pulled from the water, 19 of whom were taken to hospital.",
    '"The vessel was inspected in March and certified for 80 passengers. We have no indication that it was overloaded," Renée Castellane, a spokesperson for the Aske Harbour Authority, told reporters at Old Quay late on Sunday.',
    "Survivors described the ferry heeling sharply to one side as it turned into the current midway across the river, which was running fast after a week of heavy rain.",
    'Tobias Lindqvist, the skipper of a harbour tug moored at Old Quay, said he and his two deckhands pulled nine people out of the river. "I saw her go over in maybe ten seconds," he said. "People were in the water before anyone could even shout."',
    "A senior harbour official, who asked not to be named because he was not authorised to speak to the media, said a strong-wind warning for the river had been issued at 17:30, an hour before the Morning Lark left the quay.",
    '"The crossing should have been suspended. Everyone on the quay knew the wind was getting up," the official said.',
    'Mayor Ilse Brandvold, who went to Old Quay as the rescue operation continued into the night, called the capsizing "the darkest night this city has known in a generation" and said she would seek a full independent inquiry.',
    'Jonas Achterberg, general secretary of the Ferry and River Workers\' Union, said the union had written to the harbour authority last Friday to warn that the Morning Lark was "listing on every crossing" when fully loaded.',
    '"We told them on Friday, in writing. Nobody came to look at the boat," Achterberg said.',
    'Aske Crossings said in a statement that it was "cooperating fully" with the investigation and that its thoughts were with the victims and their families. The company did not respond to questions about the union\'s letter.',
    "Divers from the city fire and rescue service were due to resume the search for the two missing passengers at first light on Monday. The harbour authority has closed the river to passenger traffic until further notice.",
    "The Morning Lark, built in 1987, was one of three ferries that together carry about 4,000 people a day across the Aske between the old town and Kessel, a largely residential district on the east bank.",
    "The last fatal accident on the river, in 1994, killed five people when a pleasure boat struck a pier of the Hallen Bridge.",
]

DOUBLED_CLEAN = "Divers from the city fire and rescue service"
DOUBLED_BAD = "Divers from the the city fire and rescue service"


def northwire_body_damaged() -> list[str]:
    body = list(NORTHWIRE_BODY)
    i = next(k for k, p in enumerate(body) if DOUBLED_CLEAN in p)
    body[i] = body[i].replace(DOUBLED_CLEAN, DOUBLED_BAD)
    return body


def build_northwire() -> str:
    head = [NORTHWIRE_TITLE, "By Oskar Feld", "June 15, 2026 06:12 UTC", ""]
    return (
        "\n".join(head) + "\n" + paras(*northwire_body_damaged()) + "\n\n(Editing by Mara Quist)\n"
    )


# ---------------------------------------------------------------------------
# 3. Aske Valley Post  (valleypost.txt.gz) -- syndicated rewrite of the wire,
#    no publication time, gzip-compressed
# ---------------------------------------------------------------------------

VALLEYPOST_TITLE = "Ferry capsizes on the Aske: twelve dead, two missing"
VALLEYPOST_INTRO = (
    "Twelve people are dead and two are still missing after the Veldhaven ferry Morning Lark "
    "overturned on the River Aske on Sunday evening, in what the harbour authority called the "
    "worst accident on the river in more than three decades."
)
VALLEYPOST_SUBS = [
    ("run by the operator Aske Crossings", "operated by Aske Crossings"),
    ("overturned at about 18:40 during", "overturned at around 18:40 during"),
    ("were pulled from the water, 19 of whom", "were rescued from the water, 19 of whom"),
    ("told reporters at Old Quay", "told journalists at Old Quay"),
    ("Survivors described the ferry", "Witnesses described the ferry"),
    ("which was running fast after", "which was running high after"),
    ("who asked not to be named because", "who spoke on condition of anonymity because"),
    ("a largely residential district", "a mostly residential district"),
]
# paragraph index (0-based, in NORTHWIRE_BODY) the copy leaves out
VALLEYPOST_DROPPED = 10


def valleypost_body() -> list[str]:
    out = [VALLEYPOST_INTRO]
    for k, p in enumerate(NORTHWIRE_BODY[1:], start=1):
        if k == VALLEYPOST_DROPPED:
            continue
        for a, b in VALLEYPOST_SUBS:
            p = p.replace(a, b)
        out.append(smart_quotes(p))
    for a, b in VALLEYPOST_SUBS:
        assert any(b in smart_quotes(x) or b in x for x in out), a
    return out


def build_valleypost() -> str:
    return VALLEYPOST_TITLE + "\n\n" + paras(*valleypost_body()) + "\n"


# ---------------------------------------------------------------------------
# 4. The Harbour Light  (harbourlight.txt) -- lossy mojibake throughout,
#    headline printed three times, plain-text chrome form B
# ---------------------------------------------------------------------------

HARBOURLIGHT_TITLE_VARIANT = "Morning Lark: twelve dead as Veldhaven ferry capsizes"
HARBOURLIGHT_TITLE = "Twelve dead as Veldhaven ferry capsizes on the Aske"
HARBOURLIGHT_NEWSLETTER = (
    "Get the Harbour Light’s morning briefing — the day’s news from the Aske, "
    "in your inbox by 7am. Sign up now"
)
HARBOURLIGHT_BODY = [
    "Twelve people died when the Morning Lark, one of the three ferries that link the old town with Kessel, capsized on the River Aske on Sunday evening. Two passengers are still missing, and divers — hampered by a fast, muddy current — were back in the water downstream of Old Quay on Monday.",
    "For the crews who work the crossing, grief came with anger. “The Morning Lark was listing on every crossing when she was full. Our members had been saying it for months — to the company, to the authority, to anyone who would listen,” Jonas Achterberg, general secretary of the Ferry and River Workers’ Union, told the Harbour Light on Monday.",
    "Achterberg said the union had put its concerns in writing last Friday, in a letter to the Aske Harbour Authority. “We told them on Friday, in writing. Nobody came to look at the boat,” he said.",
    HARBOURLIGHT_NEWSLETTER,
    "The authority’s spokesperson, Renee Castellane, said the ferry had passed its annual inspection. “The vessel was inspected in March and certified for 80 passengers. We have no indication that it was overloaded,” she said. The authority would not say whether it had received the union’s letter.",
    "The ferry overturned at about 18:40 with 58 passengers and three crew on board. Forty-seven people were rescued, many of them by the crew of the harbour tug Grebe and by fishermen who were mooring for the night.",
    "Mayor Ilse Brandvold said on Monday that she had asked for an independent inquiry and wanted “first findings on my desk within thirty days”. She called Sunday “the darkest night this city has known in a generation”.",
    "Aske Crossings’ managing director has not spoken publicly since the disaster. In a two-line statement the company said it was “cooperating fully” and asked for the privacy of the families to be respected.",
    "Passengers who used the Morning Lark regularly told the Harbour Light they had noticed the ferry lean. “You got used to it — you’d sit on the high side,” said one commuter, who did not want her name published. “Nobody thought it could actually go over.”",
    "The crossing is the busiest on the river: about 4,000 people a day use the three ferries, most of them commuters from Kessel. The city has laid on extra buses via the Hallen Bridge while ferry services are suspended.",
    "The city council will hold an emergency session on Wednesday to discuss the disaster and the ferry licences.",
]
HARBOURLIGHT_CHROME_TAIL = [
    "Leave a Reply",
    "",
    "Your email address will not be published. Required fields are marked *",
    "",
    "Comment *",
    "",
    "Name *",
    "",
    "Email *",
    "",
    "Post Comment",
    "",
    "Back to top",
]


def harbourlight_clean() -> str:
    head = [
        HARBOURLIGHT_TITLE_VARIANT,
        "",
        HARBOURLIGHT_TITLE,
        "",
        HARBOURLIGHT_TITLE,
        "",
        "by Jess Tarrow",
        "Posted June 15, 2026 at 1:20 pm CEST",
        "",
    ]
    return (
        "\n".join(head)
        + "\n"
        + paras(*HARBOURLIGHT_BODY)
        + "\n\n"
        + "\n".join(HARBOURLIGHT_CHROME_TAIL)
        + "\n"
    )


def build_harbourlight() -> str:
    return mojibake_lossy(harbourlight_clean())


# ---------------------------------------------------------------------------
# 5. Aske Today  (asketoday.html) -- full web page; quote variant with
#    a bracketed insertion
# ---------------------------------------------------------------------------

ASKETODAY_TITLE = "Morning Lark capsizing: what we know so far"
CASTELLANE_A = (
    "The vessel was inspected in March and certified for 80 passengers. "
    "We have no indication that it was overloaded."
)
CASTELLANE_B = (
    "The vessel was inspected by [the authority] in March and certified for 80 passengers. "
    "There is no indication at this stage that it was overloaded."
)

ASKETODAY_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Morning Lark capsizing: what we know so far | Aske Today</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Twelve people died and two are missing after a Veldhaven river ferry overturned on Sunday evening.">
<meta name="author" content="Lina Vos">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Aske Today">
<meta property="og:title" content="Morning Lark capsizing: what we know so far">
<meta property="og:url" content="https://asketoday.example/veldhaven/2026/06/15/morning-lark-what-we-know">
<meta property="article:published_time" content="2026-06-15T14:30:00+02:00">
<meta property="article:modified_time" content="2026-06-15T16:02:00+02:00">
<meta property="article:author" content="Lina Vos">
<meta property="article:section" content="Veldhaven">
<link rel="canonical" href="https://asketoday.example/veldhaven/2026/06/15/morning-lark-what-we-know">
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "veldhaven", "paywall": false});</script>
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button></div>
<header class="site-header">
  <a class="logo" href="/">Aske Today</a>
  <span class="tagline">News from the river, every day</span>
  <a class="btn-subscribe" href="/subscribe">Subscribe</a>
  <a class="btn-login" href="/login">Log in</a>
</header>
<nav class="main-nav" aria-label="Sections">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li class="active"><a href="/veldhaven">Veldhaven</a></li>
    <li><a href="/kessel">Kessel</a></li>
    <li><a href="/sport">Sport</a></li>
    <li><a href="/culture">Culture</a></li>
    <li><a href="/opinion">Opinion</a></li>
  </ul>
</nav>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/veldhaven">Veldhaven</a> &rsaquo; Morning Lark</div>
<main id="content">
<article class="story">
  <header class="story-head">
    <h1 class="story-title">Morning Lark capsizing: what we know so far</h1>
    <p class="standfirst">Twelve people died and two are missing after a Veldhaven river ferry overturned on Sunday evening. Here is what we know.</p>
    <div class="byline">By <a rel="author" href="/authors/lina-vos">Lina Vos</a> &middot; <time datetime="2026-06-15T14:30:00+02:00">15 June 2026, 14:30</time> &middot; Updated 16:02</div>
  </header>
  <figure class="lead-image">
    <img src="/media/2026/06/morning-lark-hull.jpg" alt="The upturned hull of a ferry beside a quay" width="1200" height="675">
    <figcaption>The upturned hull of the Morning Lark is towed towards Old Quay on Monday. <span class="credit">Photo: Aske Today / Jonne Berk</span></figcaption>
  </figure>
  <div class="story-body" id="story-body-1">
    <h2>What happened?</h2>
    <p>The Morning Lark, a 38-metre passenger ferry operated by Aske Crossings, capsized on the River Aske at about 18:40 on Sunday, June 14, roughly halfway through the crossing from Old Quay to Kessel. There were 58 passengers and three crew on board. The crossing normally takes about ten minutes, and the Morning Lark was one of three ferries on a route used by about 4,000 people a day.</p>
    <p>Witnesses said the ferry leaned sharply as it turned into the current, then rolled over within seconds. Tobias Lindqvist, the skipper of the harbour tug Grebe, saw it happen from his wheelhouse. &ldquo;I saw her go over in maybe ten seconds,&rdquo; he said.</p>
    <h2>How many people died?</h2>
    <p>Twelve people are confirmed dead, including two children, and two are still missing. Forty-seven people were rescued and nineteen were taken to St Agnes Hospital.</p>
    <p>&ldquo;There were children on the quay screaming for their parents, and we had nothing, not even blankets,&rdquo; said Nadia Okoro, a 34-year-old nurse who helped treat survivors on the quayside.</p>
  </div>
  <aside class="inline-promo">
    <p><strong>Read more:</strong> <a href="/veldhaven/2026/06/15/ferry-suspended-travel">Ferry services suspended: how to get across the Aske this week</a></p>
  </aside>
  <div class="ad-slot" data-slot="mpu-1"><span class="ad-label">Advertisement</span></div>
  <div class="story-body" id="story-body-2">
    <h2>Was the ferry safe?</h2>
    <p>The Aske Harbour Authority says the ferry passed an inspection in March. &ldquo;The vessel was inspected by [the authority] in March and certified for 80 passengers. There is no indication at this stage that it was overloaded,&rdquo; its spokesperson, Ren&eacute;e Castellane, said.</p>
    <p>The Ferry and River Workers&rsquo; Union disputes that the ferry was sound. Its general secretary, Jonas Achterberg, says the union warned the authority last Friday that the Morning Lark was &ldquo;listing on every crossing&rdquo;.</p>
    <p>A strong-wind warning for the river was in force from 17:30 on Sunday, according to the regional weather service, about an hour before the ferry left Old Quay.</p>
    <h2>What happens next?</h2>
    <p>Mayor Ilse Brandvold has asked for a full independent inquiry. &ldquo;I have asked for a full, independent inquiry, and I want its first findings on my desk within thirty days,&rdquo; she told a news conference on Monday morning. The city council will meet in emergency session on Wednesday.</p>
    <p>Ferry services across the Aske are suspended until further notice. Extra buses are running between the old town and Kessel via the Hallen Bridge.</p>
    <p>Relatives looking for information can go to the family assistance centre the city has opened at the Old Quay ticket office, where a book of condolence is also available.</p>
  </div>
  <div class="share-bar">Share: <a href="#">Email</a> <a href="#">Copy link</a> <a href="#">Print</a></div>
  <p class="tags">Tags: <a href="/tag/morning-lark">Morning Lark</a>, <a href="/tag/river-aske">River Aske</a>, <a href="/tag/ferries">Ferries</a></p>
</article>
<aside class="related" aria-label="Related stories">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/veldhaven/2026/06/15/ferry-suspended-travel">Ferry services suspended: how to get across the Aske this week</a></li>
    <li><a href="/veldhaven/2026/06/15/book-of-condolence">Book of condolence opens at Old Quay</a></li>
    <li><a href="/veldhaven/2026/06/15/council-emergency-session">Council to hold emergency session on Wednesday</a></li>
    <li><a href="/veldhaven/2019/04/02/morning-lark-refit">From 2019: Aske Crossings unveils refitted Morning Lark</a></li>
  </ul>
</aside>
<section id="comments" class="comments">
  <h2>3 comments</h2>
  <ol class="comment-list">
    <li class="comment"><span class="comment-author">riverrat_kessel</span> <time datetime="2026-06-15T15:02:00+02:00">15:02</time><p>I took that ferry every morning for ten years. Everyone knew she leaned. Thoughts with the families.</p></li>
    <li class="comment"><span class="comment-author">M. Ostrander</span> <time datetime="2026-06-15T15:40:00+02:00">15:40</time><p>Why was it sailing at all with a wind warning in force? Someone has to answer for this.</p></li>
    <li class="comment"><span class="comment-author">anna_b</span> <time datetime="2026-06-15T16:11:00+02:00">16:11</time><p>The nurses and the tug crew are heroes. Thank you.</p></li>
  </ol>
  <form class="comment-form" action="/comments" method="post">
    <h3>Leave a comment</h3>
    <label>Name <input name="name"></label>
    <label>Comment <textarea name="body"></textarea></label>
    <button type="submit">Post comment</button>
  </form>
</section>
</main>
<footer class="site-footer">
  <p>&copy; 2026 Aske Today Media. All rights reserved.</p>
  <ul class="footer-links">
    <li><a href="/about">About us</a></li>
    <li><a href="/contact">Contact</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/cookies">Cookie settings</a></li>
  </ul>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 6. The Lowmoor Record  (feeds.jsonl, record 1) -- lossless mojibake on most
#    paragraphs; says the capsizing happened on *Saturday*
# ---------------------------------------------------------------------------

LOWMOOR_TITLE = "‘We want the truth’: families of Morning Lark victims demand answers"
LOWMOOR_BODY = [
    "By Peter Hallam",
    "Relatives of the twelve people who died when the Morning Lark capsized on the River Aske on Saturday evening gathered outside Veldhaven City Hall on Monday, demanding to know why the ferry had been allowed to sail.",
    "Many carried photographs. Some had waited through the night at Old Quay as divers searched for the two passengers who are still missing.",
    "“My brother took that ferry every weekend for twenty years. He used to joke that she leaned like a tired horse,” said Karel Voss, 61, whose younger brother Emil was among the dead. “Now I want to know who decided she was fit to sail.”",
    "Others stood in silence. Schoolchildren from Kessel, where most of the victims lived, laid flowers and hand-written cards against the railings of City Hall, and a small brass band from the district played as the crowd grew to several hundred.",
    "The Aske Harbour Authority’s spokesperson, Renée Castellane, said the authority would hand all of its inspection records to the inquiry. “The vessel was inspected in March and certified for 80 passengers. We have no indication that it was overloaded,” she said — a line that drew jeers from the crowd when it was read out.",
    "Mayor Ilse Brandvold came out to speak to the families shortly after midday. She repeated her promise of a full independent inquiry and said she wanted “first findings on my desk within thirty days”. The inquiry is expected to examine the ferry’s stability records and the training of its crew, according to a draft of its terms of reference seen by the Record.",
    "Jonas Achterberg, the ferry workers’ union leader, stood with the relatives. He said the union had warned the authority last Friday that the ferry was “listing on every crossing” and that nobody had come to inspect it.",
    "The Morning Lark was carrying 58 passengers and three crew when it overturned midway between Old Quay and Kessel. Forty-seven people survived.",
    "Tobias Lindqvist, the tug skipper who pulled nine people from the water, came to the gathering but would not be drawn on the rescue. “I was just the nearest boat,” he said.",
    "The city council will meet in emergency session on Wednesday. A memorial service is planned at St Agnes’ Church once the search is over.",
    "“We are not going anywhere until we get the truth,” Voss said as the crowd began to leave.",
]
# paragraphs that were double-decoded (the last two were added later, cleanly)
LOWMOOR_DAMAGED = range(0, len(LOWMOOR_BODY) - 2)


def lowmoor_text_clean() -> str:
    return paras(*LOWMOOR_BODY)


def lowmoor_text() -> str:
    return paras(
        *(mojibake_cp1252(p) if i in LOWMOOR_DAMAGED else p for i, p in enumerate(LOWMOOR_BODY))
    )


# ---------------------------------------------------------------------------
# 7. Radio Kessel  (feeds.jsonl, record 2, given as `html`) -- says 14 dead;
#    misspells the mayor's name
# ---------------------------------------------------------------------------

RADIOKESSEL_TITLE = "Morning Lark: 14 dead as questions grow over wind warning"
RADIOKESSEL_BODY = [
    "Fourteen people died when the passenger ferry Morning Lark capsized on the River Aske on Sunday evening, and questions are growing over why the crossing went ahead after a strong-wind warning had been issued.",
    "The ferry, operated by Aske Crossings, overturned at about 18:40 with 58 passengers and three crew on board. Forty-seven people survived, several of them pulled from the water by the crew of a harbour tug.",
    "Mayor Ilse Brandvoll told a news conference yesterday that she had asked for a full independent inquiry. “I have asked for a full, independent inquiry, and I want its first findings on my desk within thirty days,” she said.",
    "The city council meets in emergency session tomorrow. Opposition councillors have asked Brandvoll to suspend the harbour authority’s chief executive while the inquiry runs.",
    "The Aske Harbour Authority has said the ferry passed an inspection in March. “The vessel was inspected in March and certified for 80 passengers. We have no indication that it was overloaded,” spokesperson Renée Castellane said on Sunday night.",
    "But a strong-wind warning had been in force on the river since 17:30, an hour before the ferry left Old Quay. Radio Kessel has seen a copy of the warning, which advised operators of small passenger vessels to “consider suspending” crossings. The harbour authority declined to say who had decided to keep the crossing open, and Aske Crossings has not responded to repeated requests for comment from Radio Kessel since Sunday night.",
    "Jonas Achterberg of the Ferry and River Workers’ Union said the union had warned the authority last Friday that the ferry was “listing on every crossing”. “We told them on Friday, in writing. Nobody came to look at the boat,” he said.",
    "In Kessel, where most of the passengers lived, shops closed early yesterday afternoon and several hundred people gathered at the ferry landing for a silent vigil that lasted until after dark.",
    "Ferry services across the Aske remain suspended, and extra buses are running between the old town and Kessel via the Hallen Bridge.",
    "Tobias Lindqvist, the tug skipper who rescued nine people, will be honoured by the city at a ceremony after the funerals, the mayor’s office said.",
]
MISSPELT_BAD = "Brandvoll"
MISSPELT_GOOD = "Brandvold"


def radiokessel_html() -> str:
    out = []
    for i, p in enumerate(RADIOKESSEL_BODY):
        p = p.replace("&", "&amp;")
        if i == 0:
            out.append(f"<p><strong>{p}</strong></p>")
        else:
            out.append(f"<p>{p}</p>")
        if i == 4:
            out.append(
                '<figure><img src="https://radiokessel.example/img/old-quay.jpg" alt="">'
                "<figcaption>Old Quay on Monday morning. (Radio Kessel)</figcaption></figure>"
            )
    out.append(
        '<p class="listen">Listen to our special programme on the Morning Lark at 18:00 on Radio Kessel.</p>'
    )
    return "\n".join(out)


def radiokessel_text_clean() -> str:
    return paras(*(p.replace(MISSPELT_BAD, MISSPELT_GOOD) for p in RADIOKESSEL_BODY))


def build_feeds() -> str:
    recs = [
        {
            "id": "lowmoor-20260615-ferry",
            "outlet": "The Lowmoor Record",
            "title": LOWMOOR_TITLE,
            "published": "2026-06-15T15:05:00Z",
            "url": "https://lowmoor-record.example/news/2026/06/15/morning-lark-families",
            "text": lowmoor_text(),
        },
        {
            "id": "rk-20260616-0715",
            "outlet": "Radio Kessel",
            "title": RADIOKESSEL_TITLE,
            "published": "Tue, 16 Jun 2026 07:15:00 +0200",
            "url": "https://radiokessel.example/news/morning-lark-14-dead",
            "html": radiokessel_html(),
        },
    ]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ---------------------------------------------------------------------------
# TRUTH.json
# ---------------------------------------------------------------------------

ALL_FILES = [
    "courier.txt",
    "northwire.txt",
    "valleypost.txt.gz",
    "harbourlight.txt",
    "asketoday.html",
    "feeds.jsonl#lowmoor-20260615-ferry",
    "feeds.jsonl#rk-20260616-0715",
]
COURIER, NORTHWIRE, VALLEYPOST, HARBOURLIGHT, ASKETODAY, LOWMOOR, RADIOKESSEL = ALL_FILES


def clean_texts() -> dict[str, str]:
    """The body text each report *should* yield once cleaned (used to check
    that every string quoted in TRUTH.json really is in the report)."""
    return {
        COURIER: paras(*COURIER_BODY),
        NORTHWIRE: paras(*NORTHWIRE_BODY),
        VALLEYPOST: paras(*valleypost_body()),
        HARBOURLIGHT: paras(*(p for p in HARBOURLIGHT_BODY if p != HARBOURLIGHT_NEWSLETTER)),
        ASKETODAY: _html_text(ASKETODAY_HTML),
        LOWMOOR: lowmoor_text_clean(),
        RADIOKESSEL: radiokessel_text_clean(),
    }


def _html_text(html: str) -> str:
    import html as _h

    body = html.split('<div class="story-body" id="story-body-1">')[1].split(
        '<div class="share-bar">'
    )[0]
    body = re.sub(r"<aside.*?</aside>|<div class=\"ad-slot\".*?</div>", "", body, flags=re.S)
    return _h.unescape(re.sub(r"<[^>]+>", "", body))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace('"', "“").replace("'", "’").replace("”", "“")).strip()


def quote(text, speaker, files, description=None, parts=None, kind="direct"):
    return {
        "text": text,
        "kind": kind,
        "speaker": speaker,
        "speaker_description": description,
        "files": files,
        **({"parts": parts} if parts else {}),
    }


def build_truth() -> dict:
    lowmoor_damage = token_diffs(
        "\n".join(LOWMOOR_BODY[i] for i in LOWMOOR_DAMAGED), mojibake_cp1252
    )
    harbour_damage = token_diffs(harbourlight_clean(), mojibake_lossy)
    truth = {
        "schema": "newsprism-example-truth/1",
        "story": {
            "summary": (
                "Fictional. On Sunday 14 June 2026 at about 18:40 CEST the river ferry Morning Lark "
                "capsized on the River Aske in the fictional city of Veldhaven with 58 passengers and "
                "3 crew aboard: 12 dead, 2 missing, 47 rescued. A wind warning had been issued at 17:30; "
                "the ferry union says it warned the harbour authority the previous Friday."
            ),
            "event": {
                "what": "capsizing of the ferry Morning Lark",
                "date": "2026-06-14",
                "time_local": "18:40",
                "timezone": "Europe/Berlin (CEST, UTC+2)",
                "utc": "2026-06-14T16:40:00Z",
            },
            "fictional": True,
        },
        "files": {
            COURIER: {
                "outlet": "The Veldhaven Courier",
                "format": "txt",
                "title": COURIER_TITLE,
                "dateline": "VELDHAVEN",
                "published": "2026-06-15T07:40:00Z",
                "published_as_printed": "09:40 CEST, June 15, 2026",
                "byline": "Elin Marsh",
            },
            NORTHWIRE: {
                "outlet": "Northern Wire",
                "format": "txt",
                "title": NORTHWIRE_TITLE,
                "dateline": "VELDHAVEN, June 15 (Northern Wire)",
                "published": "2026-06-15T06:12:00Z",
                "published_as_printed": "June 15, 2026 06:12 UTC",
                "byline": "Oskar Feld",
            },
            VALLEYPOST: {
                "outlet": "Aske Valley Post",
                "format": "txt (gzip)",
                "title": VALLEYPOST_TITLE,
                "dateline": None,
                "published": None,
                "published_as_printed": None,
                "byline": None,
            },
            HARBOURLIGHT: {
                "outlet": "The Harbour Light",
                "format": "txt",
                "title": HARBOURLIGHT_TITLE,
                "dateline": None,
                "published": "2026-06-15T11:20:00Z",
                "published_as_printed": "Posted June 15, 2026 at 1:20 pm CEST",
                "byline": "Jess Tarrow",
            },
            ASKETODAY: {
                "outlet": "Aske Today",
                "format": "html",
                "title": ASKETODAY_TITLE,
                "dateline": None,
                "published": "2026-06-15T12:30:00Z",
                "published_as_printed": "2026-06-15T14:30:00+02:00",
                "byline": "Lina Vos",
            },
            LOWMOOR: {
                "outlet": "The Lowmoor Record",
                "format": "jsonl record (text)",
                "title": LOWMOOR_TITLE,
                "dateline": None,
                "published": "2026-06-15T15:05:00Z",
                "published_as_printed": "2026-06-15T15:05:00Z",
                "byline": "Peter Hallam",
            },
            RADIOKESSEL: {
                "outlet": "Radio Kessel",
                "format": "jsonl record (html)",
                "title": RADIOKESSEL_TITLE,
                "dateline": None,
                "published": "2026-06-16T05:15:00Z",
                "published_as_printed": "Tue, 16 Jun 2026 07:15:00 +0200",
                "byline": None,
            },
        },
        "damage": [
            {
                "file": LOWMOOR,
                "kind": "mojibake_lossless",
                "note": "UTF-8 decoded as Windows-1252 (undefined bytes kept as C1 controls); all paragraphs "
                "but the last two (those are clean, so the report mixes damaged and clean text)",
                "occurrences_format": ["damaged word", "correct word", "count"],
                "occurrences": lowmoor_damage,
                "examples": [
                    {"damaged": mojibake_cp1252("Renée Castellane"), "correct": "Renée Castellane"},
                    {"damaged": mojibake_cp1252("Authority’s"), "correct": "Authority’s"},
                    {"damaged": mojibake_cp1252("“I was"), "correct": "“I was"},
                    {
                        "damaged": mojibake_cp1252("she said — a line"),
                        "correct": "she said — a line",
                    },
                ],
            },
            {
                "file": HARBOURLIGHT,
                "kind": "mojibake_lossy",
                "note": "every ‘ ’ “ ” – — became 'ā' (UTF-8 E2 80 xx read as "
                "cp1257, continuation bytes dropped); the whole file including headlines and chrome",
                "occurrences_format": ["damaged word", "correct word", "count"],
                "occurrences": harbour_damage,
                "examples": [
                    {"damaged": "Workersā Union", "correct": "Workers’ Union"},
                    {"damaged": "Crossingsā managing", "correct": "Crossings’ managing"},
                    {"damaged": "ācooperating fullyā", "correct": "“cooperating fully”"},
                    {"damaged": "divers ā hampered", "correct": "divers — hampered"},
                ],
            },
            {
                "file": COURIER,
                "kind": "chrome_text",
                "note": "plain-text site chrome: photo credit (with a real caption above it), share line, "
                "MOST READ list with '-' separators and a ranking line",
                "lines": [
                    COURIER_PHOTO_CREDIT,
                    COURIER_SHARE,
                    *[x for x in COURIER_MOST_READ if x != "-"],
                ],
                "caption": COURIER_CAPTION,
            },
            {
                "file": HARBOURLIGHT,
                "kind": "chrome_text",
                "note": "newsletter prompt between body paragraphs; comment form and 'Back to top' at the end "
                "(all with the file's lossy mojibake)",
                "lines": [
                    mojibake_lossy(HARBOURLIGHT_NEWSLETTER),
                    *[x for x in HARBOURLIGHT_CHROME_TAIL if x],
                ],
            },
            {
                "file": HARBOURLIGHT,
                "kind": "repeated_headline",
                "lines": [HARBOURLIGHT_TITLE_VARIANT, HARBOURLIGHT_TITLE, HARBOURLIGHT_TITLE],
                "correct": HARBOURLIGHT_TITLE,
                "note": "first line is a variant of the headline; the real headline follows twice",
            },
            {
                "file": ASKETODAY,
                "kind": "chrome_html",
                "note": "cookie banner, header, nav, breadcrumbs, inline promo, ad slot, share bar, tags, "
                "related stories, 3 comments + comment form, footer; body in two sibling "
                "div.story-body containers",
                "must_not_appear_in_text": [
                    "Everyone knew she leaned",
                    "Someone has to answer for this",
                    "Related stories",
                    "Aske Crossings unveils refitted Morning Lark",
                    "All rights reserved",
                    "We use cookies",
                    "Advertisement",
                ],
                "must_appear_in_text": [
                    "The Morning Lark, a 38-metre passenger ferry",
                    "Twelve people are confirmed dead",
                    "There is no indication at this stage",
                    "family assistance centre",
                ],
            },
            {
                "file": RADIOKESSEL,
                "kind": "chrome_html",
                "note": "a station promo line after the body",
                "lines": [
                    "Listen to our special programme on the Morning Lark at 18:00 on Radio Kessel."
                ],
                "caption": "Old Quay on Monday morning. (Radio Kessel)",
            },
            {
                "file": NORTHWIRE,
                "kind": "doubled_word",
                "damaged": DOUBLED_BAD,
                "correct": DOUBLED_CLEAN,
            },
            {
                "file": RADIOKESSEL,
                "kind": "misspelt_name",
                "damaged": MISSPELT_BAD,
                "correct": MISSPELT_GOOD,
                "count": 2,
                "contexts": [
                    "Mayor Ilse Brandvoll told a news conference",
                    "asked Brandvoll to suspend",
                ],
                "note": "consistent within the report; every other report spells it Brandvold",
            },
            {
                "file": VALLEYPOST,
                "kind": "no_publication_time",
                "note": "no date or time anywhere in the file (gzip mtime is 0 too)",
            },
            {
                "file": VALLEYPOST,
                "kind": "gzip",
                "note": "gzip-compressed plain text, mtime=0, no name in header",
            },
        ],
        "copies": [
            {
                "original": NORTHWIRE,
                "copy": VALLEYPOST,
                "kind": "syndicated_rewrite",
                "intro_replaced": {"original": NORTHWIRE_BODY[0], "copy": VALLEYPOST_INTRO},
                "dropped_paragraph": NORTHWIRE_BODY[VALLEYPOST_DROPPED],
                "word_substitutions": [{"original": a, "copy": b} for a, b in VALLEYPOST_SUBS],
                "other_changes": [
                    "straight quotes turned into curly quotes",
                    "doubled 'the the' of the original not carried over",
                    "title, byline, time and editing credit replaced by a new title only",
                ],
                "shared_paragraphs": len(NORTHWIRE_BODY) - 2,
            },
        ],
        "people": [
            {
                "canonical": "Ilse Brandvold",
                "role": "Mayor of Veldhaven",
                "in_files": ALL_FILES,
                "variants": {
                    "Ilse Brandvold": [f for f in ALL_FILES if f != RADIOKESSEL],
                    "Ilse Brandvoll": [RADIOKESSEL],
                    "Brandvoll": [RADIOKESSEL],
                },
                "misspellings": ["Brandvoll"],
            },
            {
                "canonical": "Renée Castellane",
                "role": "spokesperson, Aske Harbour Authority",
                "in_files": ALL_FILES,
                "variants": {
                    "Renée Castellane": [
                        COURIER,
                        NORTHWIRE,
                        VALLEYPOST,
                        ASKETODAY,
                        LOWMOOR,
                        RADIOKESSEL,
                    ],
                    "Renee Castellane": [HARBOURLIGHT],
                },
                "raw_damaged_forms": {mojibake_cp1252("Renée Castellane"): [LOWMOOR]},
                "note": "'Renee' (accent dropped) is a spelling variant, not a misspelling",
            },
            {
                "canonical": "Jonas Achterberg",
                "role": "general secretary, Ferry and River Workers' Union",
                "in_files": ALL_FILES,
                "variants": {
                    "Jonas Achterberg": ALL_FILES,
                    "Achterberg": [NORTHWIRE, VALLEYPOST, HARBOURLIGHT],
                },
            },
            {
                "canonical": "Tobias Lindqvist",
                "role": "skipper of the harbour tug Grebe, rescuer",
                "in_files": [COURIER, NORTHWIRE, VALLEYPOST, ASKETODAY, LOWMOOR, RADIOKESSEL],
                "variants": {
                    "Tobias Lindqvist": [
                        COURIER,
                        NORTHWIRE,
                        VALLEYPOST,
                        ASKETODAY,
                        LOWMOOR,
                        RADIOKESSEL,
                    ]
                },
            },
            {
                "canonical": "Nadia Okoro",
                "role": "34-year-old nurse, witness",
                "in_files": [COURIER, ASKETODAY],
                "variants": {"Nadia Okoro": [COURIER, ASKETODAY]},
            },
            {
                "canonical": "Karel Voss",
                "role": "61, brother of a victim",
                "in_files": [LOWMOOR],
                "variants": {"Karel Voss": [LOWMOOR], "Voss": [LOWMOOR]},
            },
            {
                "canonical": "Emil Voss",
                "role": "victim, brother of Karel Voss",
                "in_files": [LOWMOOR],
                "variants": {"Emil": [LOWMOOR]},
            },
        ],
        "unnamed_sources": [
            {"description": "a senior harbour official", "files": [NORTHWIRE, VALLEYPOST]},
            {
                "description": "one commuter (a woman who did not want her name published)",
                "files": [HARBOURLIGHT],
            },
            {"description": "a police spokesperson", "files": [COURIER]},
            {"description": "the ferry's master, a 44-year-old (not quoted)", "files": [COURIER]},
        ],
        "bylines_and_credits": {
            "Elin Marsh": COURIER,
            "Ruben Alst": COURIER,
            "Oskar Feld": NORTHWIRE,
            "Mara Quist": NORTHWIRE,
            "Jess Tarrow": HARBOURLIGHT,
            "Lina Vos": ASKETODAY,
            "Jonne Berk": ASKETODAY,
            "Peter Hallam": LOWMOOR,
        },
        "organisations": [
            "Aske Harbour Authority",
            "Aske Crossings",
            "Ferry and River Workers' Union",
            "Veldhaven city council",
            "St Agnes Hospital",
            "Northern Wire",
            "Radio Kessel",
        ],
        "places": ["Veldhaven", "River Aske", "Old Quay", "Kessel", "Hallen Bridge", "City Hall"],
        "differences": [
            {
                "kind": "date",
                "claim": "day the ferry capsized",
                "values": {
                    "Sunday (2026-06-14)": [
                        COURIER,
                        NORTHWIRE,
                        VALLEYPOST,
                        HARBOURLIGHT,
                        ASKETODAY,
                        RADIOKESSEL,
                    ],
                    "Saturday (2026-06-13)": [LOWMOOR],
                },
                "evidence": {LOWMOOR: "capsized on the River Aske on Saturday evening"},
            },
            {
                "kind": "number",
                "claim": "number of dead",
                "values": {
                    "12": [COURIER, NORTHWIRE, VALLEYPOST, HARBOURLIGHT, ASKETODAY, LOWMOOR],
                    "14": [RADIOKESSEL],
                },
                "evidence": {
                    RADIOKESSEL: "Fourteen people died",
                    COURIER: "twelve people died",
                    NORTHWIRE: "Twelve people died",
                    ASKETODAY: "Twelve people are confirmed dead",
                },
                "note": "Radio Kessel does not mention the two missing; 14 = 12 dead + 2 missing",
            },
            {
                "kind": "quote_wording",
                "speaker": "Renée Castellane",
                "values": {
                    CASTELLANE_A: [
                        COURIER,
                        NORTHWIRE,
                        VALLEYPOST,
                        HARBOURLIGHT,
                        LOWMOOR,
                        RADIOKESSEL,
                    ],
                    CASTELLANE_B: [ASKETODAY],
                },
                "note": "same quote; Aske Today has a bracketed insertion and a few words changed",
            },
        ],
        "agreed_facts": [
            {"claim": "58 passengers and three crew on board", "files": ALL_FILES},
            {"claim": "47 people rescued / survived", "files": ALL_FILES},
            {
                "claim": "overturned at about 18:40",
                "files": [COURIER, NORTHWIRE, VALLEYPOST, HARBOURLIGHT, ASKETODAY, RADIOKESSEL],
            },
            {
                "claim": "two people still missing",
                "files": [COURIER, NORTHWIRE, VALLEYPOST, HARBOURLIGHT, ASKETODAY, LOWMOOR],
            },
            {
                "claim": "strong-wind warning issued at 17:30, an hour before the ferry left",
                "files": [NORTHWIRE, VALLEYPOST, ASKETODAY, RADIOKESSEL],
            },
            {"claim": "union warned the authority last Friday (2026-06-12)", "files": ALL_FILES},
            {"claim": "inspected in March, certified for 80 passengers", "files": ALL_FILES},
            {
                "claim": "city council emergency session on Wednesday (2026-06-17)",
                "files": [COURIER, HARBOURLIGHT, ASKETODAY, LOWMOOR, RADIOKESSEL],
            },
            {
                "claim": "about 4,000 people a day use the crossing",
                "files": [NORTHWIRE, VALLEYPOST, HARBOURLIGHT, ASKETODAY],
            },
            {"claim": "19 taken to hospital", "files": [COURIER, NORTHWIRE, VALLEYPOST, ASKETODAY]},
            {
                "claim": "Lindqvist and his crew pulled nine people from the water",
                "files": [COURIER, NORTHWIRE, VALLEYPOST, LOWMOOR, RADIOKESSEL],
            },
        ],
        "single_source_facts": [
            {
                "claim": "ferry built in 1987",
                "files": [NORTHWIRE, VALLEYPOST],
                "note": "VALLEYPOST copies NORTHWIRE",
            },
            {
                "claim": "Aske Crossings 'cooperating fully'",
                "files": [NORTHWIRE, HARBOURLIGHT],
                "omitted_by_copy": VALLEYPOST,
            },
            {
                "claim": "last fatal accident on the river in 1994 killed five",
                "files": [NORTHWIRE, VALLEYPOST],
            },
            {"claim": "four remain in a serious condition", "files": [COURIER]},
            {
                "claim": "the ferry's master was questioned by police and not arrested",
                "files": [COURIER],
            },
        ],
        "timeline": [
            {
                "date": "2026-03",
                "event": "ferry inspected and certified for 80 passengers",
                "expressed_as": "in March",
            },
            {
                "date": "2026-06-12",
                "event": "union letter warning the ferry was listing",
                "expressed_as": {
                    "last Friday": ALL_FILES,
                    "on Friday": [NORTHWIRE, VALLEYPOST, HARBOURLIGHT, RADIOKESSEL],
                },
            },
            {"date": "2026-06-14T17:30+02:00", "event": "strong-wind warning issued"},
            {
                "date": "2026-06-14T18:40+02:00",
                "event": "ferry capsized",
                "expressed_as": {
                    "on Sunday": [
                        COURIER,
                        NORTHWIRE,
                        VALLEYPOST,
                        HARBOURLIGHT,
                        ASKETODAY,
                        RADIOKESSEL,
                    ],
                    "Sunday, June 14": [ASKETODAY],
                    "on Saturday evening (wrong)": [LOWMOOR],
                },
            },
            {
                "date": "2026-06-15",
                "event": "divers resume search at first light",
                "expressed_as": {
                    "this morning": [COURIER],
                    "on Monday": [NORTHWIRE, VALLEYPOST, HARBOURLIGHT],
                },
            },
            {
                "date": "2026-06-15T08:00+02:00",
                "event": "mayor's news conference at City Hall",
                "expressed_as": {
                    "at eight o’clock this morning": [COURIER],
                    "on Monday morning": [ASKETODAY],
                    "yesterday": [RADIOKESSEL],
                },
            },
            {
                "date": "2026-06-17",
                "event": "city council emergency session",
                "expressed_as": {
                    "on Wednesday": [COURIER, HARBOURLIGHT, ASKETODAY, LOWMOOR],
                    "tomorrow": [RADIOKESSEL],
                },
            },
        ],
        "quotes": [
            quote(
                "I have asked for a full, independent inquiry, and I want its first findings on my desk within thirty days.",
                "Ilse Brandvold",
                [COURIER, ASKETODAY, RADIOKESSEL],
            ),
            quote(
                "first findings on my desk within thirty days",
                "Ilse Brandvold",
                [HARBOURLIGHT, LOWMOOR],
                kind="partial",
            ),
            quote(
                "Twelve families in this city went to bed last night without someone they love. They are owed answers, not statements.",
                "Ilse Brandvold",
                [COURIER],
                kind="direct (continues the previous quote after 'she said')",
            ),
            quote(
                "the darkest night this city has known in a generation",
                "Ilse Brandvold",
                [NORTHWIRE, VALLEYPOST, HARBOURLIGHT],
                kind="partial",
            ),
            quote(
                CASTELLANE_A,
                "Renée Castellane",
                [COURIER, NORTHWIRE, VALLEYPOST, HARBOURLIGHT, LOWMOOR, RADIOKESSEL],
            ),
            quote(
                CASTELLANE_B,
                "Renée Castellane",
                [ASKETODAY],
                kind="direct (variant wording, bracketed insertion)",
            ),
            quote(
                "listing on every crossing",
                "Jonas Achterberg",
                [COURIER, NORTHWIRE, VALLEYPOST, ASKETODAY, LOWMOOR, RADIOKESSEL],
                kind="partial",
            ),
            quote(
                "The Morning Lark was listing on every crossing when she was full. Our members had been saying it for months — to the company, to the authority, to anyone who would listen.",
                "Jonas Achterberg",
                [HARBOURLIGHT],
            ),
            quote(
                "We told them on Friday, in writing. Nobody came to look at the boat.",
                "Jonas Achterberg",
                [NORTHWIRE, VALLEYPOST, HARBOURLIGHT, RADIOKESSEL],
            ),
            quote(
                "I saw her go over in maybe ten seconds. People were in the water before anyone could even shout.",
                "Tobias Lindqvist",
                [COURIER, NORTHWIRE, VALLEYPOST],
                kind="split",
                parts=[
                    "I saw her go over in maybe ten seconds,",
                    "he said.",
                    "People were in the water before anyone could even shout.",
                ],
                description="speaker named in the previous sentence, quote split around 'he said'",
            ),
            quote(
                "I saw her go over in maybe ten seconds.",
                "Tobias Lindqvist",
                [ASKETODAY],
                kind="direct (first half only)",
            ),
            quote("I was just the nearest boat.", "Tobias Lindqvist", [LOWMOOR]),
            quote(
                "There were children on the quay screaming for their parents, and we had nothing, not even blankets.",
                "Nadia Okoro",
                [COURIER, ASKETODAY],
                kind="direct (speaker named after the quote)",
                description="a 34-year-old nurse",
            ),
            quote(
                "The crossing should have been suspended. Everyone on the quay knew the wind was getting up.",
                None,
                [NORTHWIRE, VALLEYPOST],
                kind="direct (unnamed source)",
                description="a senior harbour official",
            ),
            quote(
                "You got used to it — you’d sit on the high side. Nobody thought it could actually go over.",
                None,
                [HARBOURLIGHT],
                kind="split (unnamed source)",
                description="one commuter, who did not want her name published",
                parts=[
                    "You got used to it — you’d sit on the high side,",
                    "said one commuter, who did not want her name published.",
                    "Nobody thought it could actually go over.",
                ],
            ),
            quote(
                "My brother took that ferry every weekend for twenty years. He used to joke that she leaned like a tired horse. Now I want to know who decided she was fit to sail.",
                "Karel Voss",
                [LOWMOOR],
                kind="split",
                description="61, brother of a victim",
            ),
            quote(
                "We are not going anywhere until we get the truth.",
                "Karel Voss",
                [LOWMOOR],
                description="referred to by surname only ('Voss said')",
            ),
            quote(
                "cooperating fully",
                "Aske Crossings",
                [NORTHWIRE, HARBOURLIGHT],
                kind="partial (organisation statement)",
            ),
            quote(
                "consider suspending",
                None,
                [RADIOKESSEL],
                kind="partial (from a document)",
                description="the strong-wind warning",
            ),
            quote(
                "We want the truth",
                "Karel Voss (paraphrased in headline)",
                [LOWMOOR],
                kind="headline quote",
            ),
            quote("refit", None, [COURIER], kind="scare quote (not a quote, no speaker)"),
        ],
    }
    return truth


def check_truth(truth: dict) -> None:
    """Every quote and name variant listed must really be in its report."""
    texts = clean_texts()
    normed = {k: _norm(v) for k, v in texts.items()}
    for q in truth["quotes"]:
        if q["kind"] == "headline quote":
            continue
        for f in q["files"]:
            for piece in q.get("parts") or [q["text"]]:
                for sub in re.split(r"(?<=[.,]) ", _norm(piece)):
                    assert sub.rstrip(".,") in normed[f], (f, sub)
    for p in truth["people"]:
        for variant, files in p["variants"].items():
            for f in files:
                raw = paras(*RADIOKESSEL_BODY) if f == RADIOKESSEL else texts[f]
                assert variant in raw, (f, variant)


def compact_json(o: object, ind: int = 0, width: int = 110) -> str:
    """Indented JSON that keeps short lists and objects on one line."""
    flat = json.dumps(o, ensure_ascii=False)
    if not isinstance(o, (list, dict)) or not o or ind + len(flat) <= width:
        return flat
    pad = " " * (ind + 1)
    if isinstance(o, dict):
        items = [
            f"{pad}{json.dumps(k, ensure_ascii=False)}: {compact_json(v, ind + 1, width)}"
            for k, v in o.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + " " * ind + "}"
    items = [pad + compact_json(v, ind + 1, width) for v in o]
    return "[\n" + ",\n".join(items) + "\n" + " " * ind + "]"


def wordcount(s: str) -> int:
    return len(re.findall(r"[A-Za-z0-9\u00c0-\u024f'\u2019-]+", s))


# ---------------------------------------------------------------------------


def outputs() -> dict[str, bytes]:
    truth = build_truth()
    check_truth(truth)
    for name, text in clean_texts().items():
        n = wordcount(text)
        assert 350 <= n <= 700, (name, n)
    return {
        "ferry/courier.txt": build_courier().encode("utf-8"),
        "ferry/northwire.txt": build_northwire().encode("utf-8"),
        "ferry/valleypost.txt.gz": gzip.compress(
            build_valleypost().encode("utf-8"), compresslevel=9, mtime=0
        ),
        "ferry/harbourlight.txt": build_harbourlight().encode("utf-8"),
        "ferry/asketoday.html": ASKETODAY_HTML.encode("utf-8"),
        "ferry/feeds.jsonl": build_feeds().encode("utf-8"),
        "ferry.truth.json": (compact_json(truth) + "\n").encode("utf-8"),
    }


def main(argv: list[str]) -> int:
    outs = outputs()
    if "--check" in argv:
        bad = [n for n, b in outs.items() if not (HERE / n).is_file() or (HERE / n).read_bytes() != b]
        for n in bad:
            print(f"differs: {n}", file=sys.stderr)
        return 1 if bad else 0
    if "--wordcount" in argv:
        for name, text in clean_texts().items():
            print(f"{wordcount(text):4d}  {name}")
        return 0
    OUT.mkdir(exist_ok=True)
    for n, b in outs.items():
        (HERE / n).write_bytes(b)
    print(f"wrote {len(outs)} files to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
