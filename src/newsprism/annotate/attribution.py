"""Where a quote's attribution is: the speech cue next to it and that cue's subject.

Split from ``quotes`` to keep modules short. ``Frames`` knows the geometry of
one article (which characters are inside quotes, where a quote's sentence
starts and ends in the reporter's words) and the rules that find a cue; the
subclass in ``quotes`` turns the cue's subject into a speaker. Every rule stays
inside the quote's own sentence and paragraph: a cue in the next sentence
belongs to another statement.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate.quote_marks import QuoteSpan, find_quote_spans
from newsprism.clean.header import match_dateline

END_PUNCT = {".", "!", "?"}
_CONFIDENCE = {
    "parse": 0.9,
    "post": 0.9,
    "pre": 0.85,
    "according": 0.85,
    "continuation": 0.8,
    "colon": 0.65,
    "context": 0.55,
    "interview": 0.55,
}
# What a quote is called when the next sentence says whose it was ("That was the verdict of X").
_SPEECH_NOUNS = set(
    "verdict view assessment message word reaction response advice warning answer explanation "
    "summary reply comment take conclusion judgement judgment description".split()
)
# Things that "say" a quote without a speech verb: "The letter ends: “…”".
_TEXT_SOURCES = set(
    "letter note statement message sign notice post email tweet banner placard leaflet "
    "report text memo caption".split()
)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Where the datelines are: a paragraph opening ``PLACE (Agency) -`` (see ``clean.header``)."""
    found = []
    start = 0
    for para in text.split("\n"):
        match = match_dateline(para)
        if match is not None:
            found.append((start, start + match[1]))
        start += len(para) + 1
    return found


class Attribution:
    """What one rule found: who (name or description), the cue, and the evidence span."""

    def __init__(self, reason: str, cue: Token, subject: Token | None) -> None:
        self.reason = reason
        self.cue = cue
        self.subject = subject
        self.name: str | None = None
        self.description: str | None = None
        self.span: tuple[int, int] | None = None
        self.confidence = _CONFIDENCE.get(reason, 0.5)
        self.person = True


class Frames:
    """Quote geometry of one article and the cue-finding rules."""

    def __init__(self, doc: Doc, article_id: str) -> None:
        self.doc = doc
        self.text = doc.text
        self.article_id = article_id
        self.use_lemma = doc.has_annotation("LEMMA")
        self.spans = find_quote_spans(self.text)
        self.starts = [s.open_at for s in self.spans]
        self.candidates: list[pr.Candidate] = []
        self.gender: dict[str, str] = {}
        self.resolved: dict[int, pr.Candidate] = {}  # pronoun token -> referent, resolved once
        self.datelines = _datelines(self.text)
        self.spoken: set[int] = set()  # subjects already remembered as a quote's speaker

    def in_dateline(self, pos: int) -> bool:
        """Inside a dateline (``PARIS (AFP) -``) opening a paragraph: not the reporter's words."""
        return any(start <= pos < end for start, end in self.datelines)

    # -- geometry -----------------------------------------------------------------
    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i].open_at <= pos < max(
            self.spans[i].close_end, self.spans[i].end + 1
        )

    def tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        if span is None:
            return []
        return [t for t in span if not self.inside(t.idx) and not self.in_dateline(t.idx)]

    def subject(self, cue: Token) -> Token | None:
        """The cue's subject, unless the parse put it inside a quote; a dateline the parse
        made the subject (``PARIS (AFP) - France's economy minister, …, said``) gives way
        to its apposition."""
        subj = sp.subject_of(cue)
        if subj is not None and subj.tag_ == "VBG":  # "Sentencing, the Recorder, Judge X, told"
            appos = [c for c in subj.children if c.dep_ == "appos"]
            subj = appos[0] if appos else subj
        if subj is not None and self.in_dateline(subj.idx):
            rest = [c for c in subj.children if c.dep_ == "appos" and not self.in_dateline(c.idx)]
            subj = rest[0] if rest else None
        return None if subj is None or self.inside(subj.idx) else subj

    def cue(self, token: Token) -> str | None:
        verb = sp.is_cue(token, self.use_lemma)
        if verb == "put" and not any(c.lower_ == "it" for c in token.children):
            return None
        if verb == "sum" and not any(c.lower_ == "up" for c in token.children):
            return None  # "summed up": "That was how X summed up …"
        if verb == "go" and not any(c.lower_ == "on" and c.dep_ == "prt" for c in token.children):
            return None  # "“…,” he goes on."
        if verb in ("shoot", "hit", "fire") and not any(c.lower_ == "back" for c in token.children):
            return None  # "“…,” Pryor shot back.""
        return verb

    # -- rules --------------------------------------------------------------------
    def by_parse(self, q: QuoteSpan) -> Attribution | None:
        inner = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if inner is None:
            return None
        roots = [t for t in inner if not (inner.start <= t.head.i < inner.end) or t.head == t]
        for root in roots[:3]:
            node = root
            for _ in range(6):
                if node.head == node:
                    break
                if node.dep_ in ("conj", "appos") and node.pos_ in ("VERB", "AUX"):
                    break
                node = node.head
                if self.inside(node.idx):
                    continue
                if self.cue(node) and node.lower_ not in ("read", "reads", "reading"):
                    if node.idx > q.end and ":" in self.text[q.close_end : node.idx]:
                        return None  # a headline or label: "‘…’: families demand answers"
                    if not self.same_sentence(q, node):
                        return None
                    cue = self.outer_cue(node)
                    return Attribution("parse", cue, self.subject(cue))
        return None

    def outer_cue(self, cue: Token) -> Token:
        """``X said the union had warned that … “…”``: the words are X's report."""
        node = cue
        for _ in range(3):
            if node.dep_ != "ccomp" or node.head == node:
                break
            node = node.head
            if self.cue(node) and not self.inside(node.idx) and self.subject(node) is not None:
                return node
        return cue

    def same_sentence(self, q: QuoteSpan, cue: Token) -> bool:
        """No paragraph break or sentence end in the reporter's words between quote and cue."""
        gap = (q.close_end, cue.idx) if cue.idx >= q.end else (cue.idx + len(cue), q.open_at)
        if "\n" in self.text[gap[0] : gap[1]]:
            return False
        return not any(t.text in END_PUNCT for t in self.tokens(*gap))

    def same_sentence_gap(self, start: int, end: int) -> bool:
        if "\n" in self.text[start:end]:
            return False
        return not any(t.text in END_PUNCT for t in self.tokens(start, end))

    def frame_end(self, q: QuoteSpan, index: int) -> int:
        limit = self.text.find("\n", q.close_end)
        limit = len(self.text) if limit < 0 else limit
        if index + 1 < len(self.spans):
            limit = min(limit, self.spans[index + 1].open_at)
        return limit

    def by_post(self, q: QuoteSpan, index: int) -> Attribution | None:
        if not q.closed:
            return None
        inner_last = self.text[q.end - 1]
        after = self.text[q.close_end : q.close_end + 3].lstrip()
        if not (inner_last in ",?!…—–-" or after[:1] in (",", "—", "–") or after[:1].islower()):
            return None
        for n, token in enumerate(self.tokens(q.close_end, self.frame_end(q, index))):
            if token.text in END_PUNCT or n > 25:
                break
            if self.cue(token):
                subj = self.subject(token)
                if subj is not None:
                    return Attribution("post", token, subj)
                break
        return self.by_post_order(q, index)

    def by_post_order(self, q: QuoteSpan, index: int) -> Attribution | None:
        """``“…,” NP(, apposition,) said.`` / ``“…,” said NP.`` read by word order.

        For parses that hang the subject off the quote or miss it: the head of
        the first noun phrase before the cue, or right after a clause-initial cue.
        """
        clause: list[Token] = []
        for token in self.tokens(q.close_end, self.frame_end(q, index)):
            if token.text in END_PUNCT or len(clause) > 12:
                break
            clause.append(token)
        said = ("said", "says", "told")
        k = next(
            (
                n
                for n, t in enumerate(clause)
                if self.cue(t)
                or t.lower_ in said
                or (t.lower_ in sp.SPEECH_FORMS and self.clause_final(clause, n))
            ),
            None,
        )
        if k is None:
            return None
        rest = clause[k + 1 :] if k == 0 or all(t.is_punct for t in clause[:k]) else clause[:k]
        head: Token | None = None
        for token in rest:
            if token.pos_ == "PRON" and head is None:
                return Attribution("post", clause[k], token)
            hyphen = token.tag_ == "HYPH" or (token.i > 0 and self.doc[token.i - 1].tag_ == "HYPH")
            if token.pos_ in ("NOUN", "PROPN") or (hyphen and head is not None):
                head = token if token.tag_ != "HYPH" else head  # "the 24-year-old": "old"
            elif head is not None or token.text == ",":
                break
        return Attribution("post", clause[k], head) if head is not None else None

    @staticmethod
    def clause_final(clause: list[Token], n: int) -> bool:
        """A mis-tagged verb ending a short clause after a nominal: "the statement read"."""
        last = n == len(clause) - 1 or clause[n + 1].is_punct
        return last and n > 0 and n < 9 and clause[n - 1].pos_ in ("NOUN", "PROPN", "PRON")

    def frame_start(self, q: QuoteSpan, index: int) -> int:
        start = self.text.rfind("\n", 0, q.open_at) + 1
        if index > 0:
            start = max(start, self.spans[index - 1].close_end)
        for token in reversed(self.tokens(start, q.open_at)):
            if token.text in END_PUNCT:
                return token.idx + 1
        return start

    def by_pre(self, q: QuoteSpan, index: int) -> Attribution | None:
        for token in reversed(self.tokens(self.frame_start(q, index), q.open_at)):
            verb = self.cue(token)
            if verb and verb != "read":
                return Attribution("pre", token, self.subject(token))
        return None

    def by_according(self, q: QuoteSpan, index: int) -> Attribution | None:
        start, end = self.frame_start(q, index), self.frame_end(q, index)
        for token in self.tokens(start, end):
            if token.lower_ == "according" and token.i + 1 < len(self.doc):
                to = self.doc[token.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if to.lower_ == "to" and objects:
                    return Attribution("according", token, objects[0])
        return None

    # -- attribution without a speech verb in the quote's own sentence ----------------
    def by_colon(self, q: QuoteSpan, index: int) -> Attribution | None:
        """``Nina Petrova has a simpler explanation: “Fear.”``: the clause's subject.

        Only a name, a pronoun or a text that speaks (letter, statement, sign):
        "The rules are clear: “…”" names nobody.
        """
        before = self.tokens(self.frame_start(q, index), q.open_at)
        if len(before) < 3 or before[-1].text != ":":
            return None
        node = before[-2]
        for _ in range(8):
            if node.head == node or self.inside(node.head.idx):
                break
            node = node.head
        subj = self.subject(node)
        if subj is None or subj.idx > before[-1].idx or subj.i < before[0].i:
            return None
        ok = subj.pos_ in ("PROPN", "PRON") or subj.lower_ in _TEXT_SOURCES
        ok = ok or (subj.pos_ == "NOUN" and sp.is_role(self.doc, subj))  # "Another insider was …:"
        return Attribution("colon", node, subj) if ok else None

    def sentences(self, start: int, end: int) -> list[list[Token]]:
        """The reporter's sentences between two offsets, as token lists."""
        out: list[list[Token]] = [[]]
        for token in self.tokens(start, end):
            out[-1].append(token)
            if token.text in END_PUNCT:
                out.append([])
        return [s for s in out if any(not t.is_punct for t in s)]

    def people_in(self, tokens: list[Token]) -> int:
        """Distinct PERSON entities among ``tokens`` ("Khan" after "Anwar Khan" is one)."""
        where = {t.i for t in tokens}
        names = {e.text for e in self.doc.ents if e.label_ == "PERSON" and e.start in where}
        return len({n for n in names if not any(o.endswith(" " + n) for o in names)})

    def sentence_subject(
        self,
        sent: list[Token],
        need_cue: bool,
        scope: list[Token] | None = None,
        answer: bool = False,
    ) -> Attribution | None:
        """The subject of a sentence that introduces a speaker next to a bare quote.

        Without a speech verb, only a lone named person (in ``scope``, the sentence by
        default) or a lone he/she: two people there tie.
        """
        cues = [t for t in sent if self.cue(t) and self.subject(t) is not None]
        named = [c for c in cues if self.names_someone(self.subject(c))]
        cues = named + [c for c in cues if c not in named]  # not "those words, posted …"
        if cues:
            subj = self.subject(cues[0])
            assert subj is not None
            asked = [c for c in cues[0].children if c.dep_ == "dobj"] if answer else []
            if cues[0].lemma_.lower() in ("ask", "question") and len(asked) == 1:
                who = asked[0]  # "Farouk then asked him to describe …. “He called me …”"
                if who.lower_ in ("him", "her") or sp.name_of(self.doc, who) is not None:
                    return Attribution("context", cues[0], who)
            if subj.ent_type_ != "PERSON" and self.people_in(scope or sent) > 1:
                return None  # "She told Ana Ruiz that Tom Reed …": two people compete
            return Attribution("context", cues[0], subj)
        if need_cue and sent[-1].text != ":":
            return None
        # Active subjects only: "Tom Reed was arrested. “Justice at last.”" is not Reed's.
        subjects = [t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
        if len(subjects) != 1:
            return None  # nobody, or a tie: keep the speaker unknown
        subj = subjects[0]
        own = {t.i for t in subj.subtree}  # "Bronwen Ellery, his daughter," is one person
        others = self.people_in([t for t in (scope or sent) if t.i not in own])
        if subj.lower_ in ("he", "she") and not self.people_in(scope or sent):
            return Attribution("context", subj.head, subj)  # "She was angry."
        name = sp.name_of(self.doc, subj)
        definite = (  # "The 58-year-old has sold all but 200 of his ewes." - resolved later
            name is None
            and subj.pos_ == "NOUN"
            and sp.phrase_of(self.doc, subj)[0].lower_ == "the"
            and sp.human_description(sp.phrase_of(self.doc, subj).text)
        )
        if others or not (definite or (name is not None and self.named_person(name, subj))):
            return None
        return Attribution("context", subj.head, subj)

    def identified(self, sent: list[Token]) -> Attribution | None:
        """``The speaker is Jenny Cole, …`` / ``The woman speaking is Gülsen Aydın``: a
        sentence after a bare quote that says who spoke it."""
        for token in sent:
            if token.dep_ != "nsubj" or token.head.lemma_ != "be" or token.head.dep_ != "ROOT":
                continue
            if token.lower_ in ("that", "this", "those", "these"):  # "That was the verdict of X"
                for attr in (c for c in token.head.children if c.dep_ == "attr"):
                    if attr.lemma_.lower() not in _SPEECH_NOUNS:
                        continue
                    for of in (c for c in attr.children if c.lower_ == "of"):
                        for who in (c for c in of.children if c.dep_ == "pobj"):
                            name = sp.name_of(self.doc, who)
                            if name is not None and self.named_person(name, who):
                                return Attribution("context", token.head, who)
                continue
            speaking = any(c.lower_ in ("speaking", "talking") for c in token.children)
            if token.lower_ not in ("speaker", "voice") and not speaking:
                continue
            for attr in (c for c in token.head.children if c.dep_ == "attr"):
                name = sp.name_of(self.doc, attr)
                if name is not None and self.named_person(name, attr):
                    return Attribution("context", token.head, attr)
        return None

    def names_someone(self, subj: Token | None) -> bool:
        """Whether a cue's subject is a pronoun or a person's name."""
        if subj is None:
            return False
        if subj.lower_ in ("he", "she", "they"):
            return True
        name = sp.name_of(self.doc, subj)
        return name is not None and self.named_person(name, subj)

    def known_surname(self, token: Token) -> str | None:
        """The full name when ``token`` is a lone capitalised word that ends an earlier
        name of two or more words ("Larch" after "Edmund Larch"), whatever the tagger
        called either: organisations are not shortened to their last word."""
        if not token.is_title or token.ent_type_ not in ("", "PERSON", "ORG"):
            return None
        if any(c.dep_ == "compound" or c.pos_ == "PROPN" for c in token.lefts):
            return None
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
            return None
        low = token.lower_
        if token.i > 1 and sp.joined_hyphen(self.doc, token.i - 1):  # "Okonkwo-Hill"
            low = self.doc[token.i - 2 : token.i + 1].text.lower()
        found = {
            c.name
            for c in self.candidates
            if c.name and len(c.name.split()) >= 2 and c.name.split()[-1].lower() == low
        }
        found |= {
            e.text
            for e in self.doc.ents
            if e.label_ in ("PERSON", "ORG")
            and e.end_char <= token.idx
            and len(e) >= 2
            and e[-1].lower_ == low
            and not self.inside(e.start_char)
        }
        for earlier in self.doc[: token.i]:  # proper-noun runs the tagger left untyped
            if earlier.lower_ == low and earlier.i > 0 and not self.inside(earlier.idx):
                start = earlier.i
                while start > 0 and self.doc[start - 1].pos_ == "PROPN":
                    start -= 1
                if start < earlier.i and not any(
                    t.ent_type_ == "GPE" for t in self.doc[start : earlier.i]
                ):
                    run = self.doc[start : earlier.i + 1]
                    found.add(sp.strip_titles(run).text)
        if not found and low not in sp.first_names():  # "Lim" after "Lim Beng Kiat"
            found = {
                e.text
                for e in self.doc.ents
                if e.label_ == "PERSON"
                and e.end_char <= token.idx
                and len(e) >= 2
                and e[0].lower_ == low
                and not self.inside(e.start_char)
            }
        found = {f for f in found if not any(g != f and g.endswith(" " + f) for g in found)}
        return next(iter(found)) if len(found) == 1 else None

    def named_person(self, name: Span, subj: Token) -> bool:
        """A person's name: a PERSON entity, or a name of two or more words that a title,
        a first name or a role in apposition says is someone's ("Ilse Varga, the union's
        general secretary", even when the tagger calls it an organisation)."""
        if any(t.ent_type_ == "PERSON" for t in name):
            return True
        if len(name) == 1 and self.known_surname(name[0]) is not None:
            return True  # "Ravenscroft, a mother of two, took up running at 30."
        if len(name) < 2 or any(t.ent_type_ not in ("", "ORG") for t in name):
            return False
        roles = [c for c in subj.children if c.dep_ == "appos" and sp.is_role(self.doc, c)]
        if subj.i not in range(name.start, name.end) and sp.is_role(self.doc, subj):
            roles.append(subj)  # "Pendlebury's chair, Rosalind Firth,"
        return bool(roles) or (
            sp.person_name(self.doc, name, None) and not all(t.ent_type_ == "ORG" for t in name)
        )

    def interviewee(self, question: Token, window: int = 1500) -> Attribution | None:
        """Who answers the reporter's question: the named person last quoted, else the
        named person the reporter asked ("We asked Sunniva Holt, the director, …")."""
        at = question.idx
        spoke = [
            c
            for c in self.candidates
            if c.speaker and c.person and c.name and c.at < at and at - c.at <= window
        ]
        asked: Attribution | None = None
        for token in self.doc[: question.i]:
            if at - token.idx > window or self.inside(token.idx):
                continue
            if token.lemma_.lower() in ("ask", "interview") and token.pos_ == "VERB":
                for obj in (c for c in token.children if c.dep_ == "dobj"):
                    name = sp.name_of(self.doc, obj)
                    if name is not None and self.named_person(name, obj):
                        asked = Attribution("interview", question, None)
                        asked.name, asked.span = name.text, (name.start_char, name.end_char)
                        desc = sp.description_of(self.doc, obj, name)
                        if desc is not None and desc.start != name.start:
                            asked.description = desc.text
        if spoke and (asked is None or asked.span is None or spoke[-1].at > asked.span[0]):
            last = spoke[-1]
            found = Attribution("interview", question, None)
            found.name, found.description = last.name, last.description
            found.span = (last.name_start, last.name_end)
            return found
        return asked

    def by_context(self, q: QuoteSpan, index: int) -> Attribution | None:
        """A quote standing as its own sentence, attributed in the sentence next to it.

        The previous sentence of its paragraph (a speech verb, a colon, or a named
        person as its only subject), the next one (a speech verb), or, for a quote
        that opens its paragraph, the last sentence of the paragraph before. Two
        different speakers around the quote tie: no attribution.
        """
        frame = self.frame_start(q, index)
        if self.tokens(frame, q.open_at):
            return None
        after = self.tokens(q.close_end, self.frame_end(q, index))
        if after and after[0].text not in END_PUNCT and self.text[q.end - 1] not in ".!?":
            return None
        para = self.text.rfind("\n", 0, q.open_at) + 1
        lo = max(para, self.spans[index - 1].close_end if index else 0)
        prev = self.sentences(lo, q.open_at)
        question = self.text[q.start : q.end].rstrip(" .,").endswith("?")
        answer = not question  # "He then asked Lavigne whether …. “Has the minister …?”"
        found = self.sentence_subject(prev[-1], need_cue=False, answer=answer) if prev else None
        if found is None and prev and prev[-1][-1].text == "?":
            return self.interviewee(prev[-1][-1])  # "Is it autobiographical? “Only the …”"
        end = self.text.find("\n", q.close_end)
        end = len(self.text) if end < 0 else end
        if index + 1 < len(self.spans):
            end = min(end, self.spans[index + 1].open_at)
        nxt = self.sentences(q.close_end, end)
        if nxt and nxt[0][0].idx >= q.close_end:
            later = self.sentence_subject(nxt[0], need_cue=True) or self.identified(nxt[0])
            if found is None:
                found = later
            elif (
                later is not None
                and later.subject is not None
                and found.subject is not None
                and later.subject.lower_ != found.subject.lower_
            ):
                return None  # two different speakers around the quote: a tie
        if found is None and para and not self.text[para : q.open_at].strip():
            p_end = len(self.text[:para].rstrip())
            p_start = self.text.rfind("\n", 0, p_end) + 1
            if p_end > p_start and not any(p_start <= s.open_at < p_end for s in self.spans):
                last = self.sentences(p_start, p_end)
                found = self.sentence_subject(last[-1], False, answer=answer) if last else None
        if found is None and not self.text[para : q.open_at].strip():
            found = self.says_this(q)
        return found

    def says_this(self, q: QuoteSpan) -> Attribution | None:
        """A quote that is its whole paragraph, owned by the next paragraph's opening
        sentence: ``“…”`` / ``Graham Tilbrook says this without a smile.``"""
        end = self.text.find("\n", q.close_end)
        if end < 0 or self.text[q.close_end : end].strip(" .,;:!?…"):
            return None
        start = end + len(self.text[end:]) - len(self.text[end:].lstrip())
        if start >= len(self.text):
            return None
        stop = self.text.find("\n", start)
        sentences = self.sentences(start, len(self.text) if stop < 0 else stop)
        if not sentences:
            return None
        for token in sentences[0]:
            if not self.cue(token):
                continue
            said = [c for c in token.children if c.dep_ in ("dobj", "advmod", "ccomp")]
            if any(c.lower_ in ("this", "that", "so", "these", "those") for c in said):
                subject = self.subject(token)
                return Attribution("context", token, subject) if subject is not None else None
        return None
