"""Direct, partial and scare quotes of one article, with their speakers.

Marks are found by ``quote_marks`` (characters only); each quote is then
attributed by the first of these rules that applies, in this order, because
earlier rules rest on firmer evidence:

1. ``parse``: a speech verb outside the quote that the quote hangs from in the
   dependency parse (``warned that … “…”``, ``“…,” he said``);
2. ``post``: a speech verb in the reporter's words right after the quote
   (``“…,” said Vlad, a lawyer``), for parses that split the sentence;
3. ``pre``: a speech verb before the quote in its sentence (``Peskov said: “…”``);
4. ``according``: ``according to X`` in the quote's sentence;
5. ``turn`` and ``exchange`` (``exchanges``): a quote-only paragraph in a
   question-and-answer exchange, by the alternation of its sides or by the
   sentence that opened the questioning (``X asked Y whether …``);
6. ``continuation``: the second half of a split quote (``“…,” he said. “…”``)
   or the next paragraph of a long quote takes the speaker of its first part
   (and a first part with no attribution takes that of the part after it).

A split quote therefore gives two ``Quote`` records with one speaker, so that
every record is one contiguous span that a reader can highlight. Subjects are
turned into speakers in ``naming``; anaphors (pronouns, ``the 24-year-old``,
``the council``, a bare first name) are resolved in ``pronouns`` only when one
referent fits. A quote no rule attributes, or whose anaphor stays unresolved,
keeps ``speaker=None`` with a low confidence and a reason saying why.
"""

from __future__ import annotations

import hashlib
import re

from spacy.tokens import Doc, Token

from newsprism.annotate import speakers as sp
from newsprism.annotate.answers import ASKING
from newsprism.annotate.attribution import END_PUNCT, Attribution
from newsprism.annotate.cues import REPLY_VERBS, agent_of
from newsprism.annotate.exchanges import Exchanges
from newsprism.annotate.org_repair import repair_organisations
from newsprism.annotate.person_repair import repair_people
from newsprism.annotate.quote_marks import QuoteSpan
from newsprism.annotate.subjects import clause_verb, reported_by_person
from newsprism.model import Quote, QuoteKind

_SCARE_MAX_WORDS = 3
# "Then, in English:" between a quote and its translation
_IN_LANGUAGE = re.compile(r"^[\s.,]*(?:(?i:then|and|later),?\s+)?in [A-Z][a-z]+\s*:\s*$")
_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ]\w+")
# The speaker's own name in their words: "the kids started calling me Mr Wilf", "I'm Ade".
_SELF_NAMED = re.compile(
    r"\b(?:me|I'm|I’m|I am|name is|name's|name’s)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Auntie|Uncle)\.?\s+)?"
    r"([A-ZÀ-Þ]\w+)"
)


def quote_id(article_id: str, start: int) -> str:
    """``q`` plus 16 hex digits of SHA-256 over (article id, start): stable across runs."""
    return "q" + hashlib.sha256(f"{article_id}\x00{start}".encode()).hexdigest()[:16]


# What a beat between two quotes may not mention: a voice that is not the speaker's.
_VOICES = frozenset("reply answer shout cry voice call response retort heckle".split())


class _Extractor(Exchanges):
    """Speakers, kinds and the pass over one article."""

    # -- kinds ------------------------------------------------------------------------
    def kind(self, q: QuoteSpan, index: int, att: Attribution | None) -> QuoteKind:
        """``direct`` when the quote stands as a statement, else ``partial`` or ``scare``."""
        pre = self.text[self.frame_start(q, index) : q.open_at].rstrip()
        content = self.text[q.start : q.end]
        words = len(content.split())
        upper = content[:1].isupper() or not content[:1].isalpha()
        if not pre or pre[-1] in ":—–-•*":
            return "direct"
        if words <= _SCARE_MAX_WORDS and (pre.lower().endswith("so-called") or self.nickname(q)):
            return "scare"  # "her so-called “growth dividend”", Vince “The Viper” Maddox
        if pre[-1] == "," and (att is not None or (upper and words >= 3)):
            return "direct"
        if att is not None and content[:1].isupper() and (words >= 2 or content[-1:] in "!?"):
            near = self.tokens(max(0, q.open_at - 60), q.open_at)
            between = near[[t.i for t in near].index(att.cue.i) + 1 :] if att.cue in near else None
            if between is not None and all(
                t.dep_ in ("dobj", "dative", "det", "amod", "compound") for t in between
            ):
                return "direct"  # "the defendant shouted “Get out!”", "told reporters “…”"
        if words <= _SCARE_MAX_WORDS:
            if att is None:
                return "scare"
            if self.verb(att.cue) in sp.WEAK_CUES and att.cue.tag_ not in ("VBD", "VBN", "VBG"):
                return "scare"
        return "partial"

    def nickname(self, q: QuoteSpan) -> bool:
        """A quote inside a name: proper nouns right before the opening mark and after the close."""
        before = self.doc.char_span(q.open_at - 1, q.open_at, alignment_mode="expand")
        after = self.doc.char_span(q.close_end + 1, q.close_end + 2, alignment_mode="expand")
        if not (q.closed and before and after and self.text[q.close_end : q.close_end + 1] == " "):
            return False
        return before[-1].pos_ == "PROPN" and after[0].pos_ == "PROPN" and after[0].is_title

    # -- driver -----------------------------------------------------------------------
    def attribute(self, q: QuoteSpan, index: int) -> Attribution | None:
        deaf: set[int] = set()  # cues of words spoken to someone: not the quote's speaker's
        for n, rule in enumerate((self.by_post, self.by_pre, self.by_according, self.by_colon)):
            att = self.by_parse(q) if n == 0 else None
            if att is None or att.subject is None:
                att = rule(q, index)
            if att is not None and att.cue.i in deaf:
                continue
            if att is not None and sp.spoken_to(att.cue):
                teller = agent_of(att.cue)  # "Oduya was asked by presenter X: “…?”": X's
                if teller is None:  # "he had been told to “…”", "“…?” he was asked": unnamed
                    subject = att.subject  # before the verb: "he was asked", not "asked X"
                    if subject is not None and subject.i < att.cue.i and att.cue.lower_ == "asked":
                        listener = Attribution(att.reason, att.cue, subject)
                        self.fill(listener, self.frame_start(q, index))
                        self.asked_of[q.open_at] = listener  # who answers next
                    deaf.add(att.cue.i)  # "When he was told, Kingsley grinned: “…”": the
                    continue  # grin's subject may still speak
                att = Attribution(att.reason, att.cue, teller)
                self.fill(att, self.frame_start(q, index))
                return att
            if att is not None and att.subject is not None:
                self.fill(att, self.frame_start(q, index))
                return att
        return None

    def run(self) -> list[Quote]:
        subjects = self.static_candidates()
        self.why: dict[int, str] = {}  # quote -> why its speaker was left unknown
        results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]] = []
        s_index = 0
        for index, q in enumerate(self.spans):
            self.answerer = None  # the last quote's answerer names no later subject
            while s_index < len(subjects) and subjects[s_index][0] < q.open_at:
                self.add_subject(subjects[s_index][1], subjects[s_index][2])
                s_index += 1
            self.questioner = self.asked_before(q, results)
            self.answerer = self.asked_one(q, results) or self.asked_by_writer(q, results)
            words = self.text[q.start : q.end]
            self.named_in_quote = set(_CAPITALISED.findall(words)) - set(_SELF_NAMED.findall(words))
            att = self.attribute(q, index)
            if att is not None and att.name is None and att.description is None:
                att = None if att.reason.endswith("pronoun") or att.subject is None else att
            kind = self.kind(q, index, att)
            if att is not None and att.name is None and att.description is None:
                if att.subject is not None and att.subject.lower_ in sp.PRONOUNS:
                    self.why[q.open_at] = (
                        f"abstained: {att.subject.text!r} ({att.reason}, "
                        f"“{att.cue.text}”) has no single referent"
                    )
                att = None  # a cue whose subject names nobody ("he" with no referent)
            if kind == "direct" and self.text[q.start].islower() and results:
                prev = results[-1]
                if prev[0].closed and self.same_sentence_gap(prev[0].close_end, q.open_at):
                    kind = prev[2]  # second half of a split fragment: “…,” she wrote, “confirmed…”
            if results and self.translation(results[-1][0], q):
                kind = results[-1][2]  # “Wir dachten …” (“We thought …”): the same words
            if att is not None and results and _interpreted(att):
                att = self.interpreted(results[-1], att)  # "A volunteer translated: “…”"
            if att is None and kind == "direct":
                att = self.answer_to_put(q, results)  # "X put it to Y …. “…?” ¶ “…”": Y's
            if att is None and kind == "direct":
                att = self.answer_by_listener(q, results)  # "“…?” he was asked. ¶ “…”"
            if att is None and kind == "direct":
                att = self.answer_to_office(q, results)  # "“Minister, how many?” ¶ “…”"
            if att is None and kind == "direct":
                att = self.writer_asked(q, results)  # "“…?” I ask. ¶ “…”": the interviewee
            if att is None and kind == "direct":
                att = self.turn(q, results)  # before "goes on": a question passes the turn
            if att is None and kind == "direct":
                att = self.exchange(q, results)  # "X asked Y whether …" ¶ “…?” ¶ “…”
            if att is None and kind == "direct":
                att = self.answer_to_asked(q, results)  # "“…?” X asked. ¶ “…”": not X
            if att is None and results:
                att = self.continuation(q, index, results)
            if att is None and kind == "direct":
                att = self.by_context(q, index)
                if att is not None and att.subject is not None:
                    self.fill(att, self.frame_start(q, index))
                if att is not None and att.name is None and att.description is None:
                    att = None
            if att is None and kind == "direct":
                att = self.voice_returns(q, results)  # a profile's subject resumes
            if att is None and kind == "direct":
                att = self.statement_read(q, results)  # "… read her statement …" ¶ “…”
            if kind == "scare":
                att = None
            att = self.addressed_is_not_speaker(q, att, kind)  # "“…, Mr Pennycook.”"
            att = None if q.open_at in self.asked_of else att  # the asker is not named
            if att is not None and att.name and " " not in att.name and att.person:
                self.expand_name(att, q.open_at)  # "the 11-year-old" resolved to "Ananya"
            results.append((q, att, kind))
            if kind == "direct" and att is not None and att.name:
                self.quoted.append((q.open_at, att.name))
            self.named_in_quote = set()
            if kind != "direct":
                self.fragments.add(q.open_at)
            if att is not None and att.span is not None and (att.name or att.description):
                plural = (  # "Critics noted …", "her staff say": a later "she" is not them
                    att.name is None
                    and att.subject is not None
                    and (att.subject.tag_ in ("NNS", "NNPS") or att.subject.lower_ in sp.COLLECTIVE)
                )
                if att.subject is not None:
                    self.spoken.add(att.subject.i)
                # "“…,” she said." of "a ski instructor": a woman, whom a later "he" is not
                said_as = [att.subject.lower_] if att.subject is not None else []
                para = self.text.rfind("\n", 0, q.open_at) + 1
                # "Prideaux reminded jurors that Ashby-Lane had described himself as “…”":
                # words inside another's report do not make their speaker the centre
                embedded = (
                    kind != "direct"
                    and att.subject is not None
                    and reported_by_person(clause_verb(att.subject))
                )
                self.remember(  # one who speaks again in a later paragraph is recent there
                    att.span[0] if att.span[0] >= para else q.open_at,
                    att.name,
                    att.description,
                    att.span,
                    att.person,
                    [w for w in said_as if w in ("he", "she")],
                    not embedded,
                    plural=plural,
                )
        self.backfill(results)
        return [self.record(q, att, kind) for q, att, kind in results]

    def continuation(
        self,
        q: QuoteSpan,
        index: int,
        results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]],
    ) -> Attribution | None:
        prev, prev_att, prev_kind = results[-1]
        if prev_att is None or (prev_att.name is None and prev_att.description is None):
            return None
        if prev_kind == "scare" or (
            prev_kind == "partial" and "\n" in self.text[prev.close_end : q.open_at]
        ):
            return None  # "… a building one critic called “a cathedral …”. ¶ “I hate that line.”"
        if prev.open_at in self.interviews and self.question(q) and self.only_quote(q):
            return None  # "“…” ¶ “Why not?”": the writer asks the interviewee again
        between = self.text[prev.close_end : q.open_at]
        if not prev.closed:
            ok = "\n" in between and not between.strip()
        elif "\n" in between:
            if not self.next_paragraph(prev, prev_att, q, index, results[-1][2]):
                return None
            ok = True
        else:
            cue_between = prev.close_end <= prev_att.cue.idx < q.open_at
            ends = sum(t.text in END_PUNCT for t in self.tokens(prev.close_end, q.open_at))
            ok = not between.strip(" ,.;") or (cue_between and ends <= 1)
            ok = ok or self.translation(prev, q)
            ok = ok or (results[-1][2] != "scare" and self.beat(prev, prev_att, q))
        if not ok:
            return None
        att = prev_att.carried("continuation")
        att.confidence = prev_att.confidence - 0.05
        return att

    def interpreted(
        self, prev: tuple[QuoteSpan, Attribution | None, QuoteKind], att: Attribution
    ) -> Attribution:
        """The words an interpreter gives are the speaker's before them: "“Tengo miedo …,” she
        said. A volunteer translated: “I am afraid …”" (kept as found when nobody spoke
        just before)."""
        _, prev_att, kind = prev
        if kind != "direct" or prev_att is None or not (prev_att.name or prev_att.description):
            return att
        return prev_att.carried("translation", att.cue)

    def translation(self, prev: QuoteSpan, q: QuoteSpan) -> bool:
        """A quote in brackets right after another is its translation: ``“…” (“…”)``; so is
        one after a dash: ``«J'ai eu de la chance.» — "I was lucky."``."""
        between = self.text[prev.close_end : q.open_at]
        if not prev.closed or "\n" in between:
            return False
        if between.strip() in ("—", "–", "-", "--") or _IN_LANGUAGE.match(between):
            return True  # also "«Lassan, lassan.» Then, in English: «Slowly.»"
        return between.strip() == "(" and self.text[
            q.close_end : q.close_end + 3
        ].lstrip().startswith(")")

    def beat(self, prev: QuoteSpan, att: Attribution, q: QuoteSpan) -> bool:
        """A pause between two quotes of one paragraph: ``“…,” he says. There is a long
        pause. “…”`` / ``“…” Another pause. “…”`` - a short sentence naming nobody, with no
        pronoun but the cue's own and no other cue, after a statement, not a question."""
        if not prev.closed or self.question(prev):
            return False
        toks = self.tokens(prev.close_end, q.open_at)
        if sum(t.is_alpha for t in toks) > 12 or sum(t.text in END_PUNCT for t in toks) > 2:
            return False
        own = {t.i for t in att.subject.subtree} if att.subject is not None else set()
        for t in (t for t in toks if t.i not in own):
            named = t.ent_type_ in ("PERSON", "ORG", "NORP") or (t.is_title and not t.is_sent_start)
            if named or t.lower_ in sp.PRONOUNS or t.lower_ in ("i", "we", "you"):
                return False  # "Then Dimitrov stood", "She laughs": someone else in the scene
            if t.pos_ == "NOUN" and (sp.human_description(t.lower_) or t.lower_ in _VOICES):
                return False  # "comes the reply", "One member was more measured:"
            if t.lower_ in ("another", "one") and t.nbor(1).text == ":":
                return False  # "In another: “…”" - another message
            if t != att.cue and self.cue(t) is not None:
                return False
        return True

    def next_paragraph(
        self, prev: QuoteSpan, prev_att: Attribution, q: QuoteSpan, index: int, kind: QuoteKind
    ) -> bool:
        """A paragraph that is only a quote, right after a paragraph ending with a direct quote
        and at most its attribution, goes on with that speaker (the news convention:
        ``“…,” she said.`` / ``“…”``). A reply in between (``X replied``) makes it a dialogue,
        where the turn may pass, so not then."""
        newline = self.text.find("\n", prev.close_end)
        if kind != "direct" and (newline < 0 or self.text[prev.close_end : newline].strip(" .,;")):
            return False  # a fragment goes on only when it ends its paragraph: he says, “…”.
        if newline < 0 or self.text[newline : q.open_at].strip():
            return False  # reporter's words before the quote in its paragraph
        tail = self.tokens(prev.close_end, newline)
        if sum(t.text in END_PUNCT for t in tail) > 1:
            return False  # another sentence after the quote: the speaker may have changed
        words = [t for t in tail if not t.is_punct and not t.is_space]  # “… two wives”.
        if words and not (prev.close_end <= prev_att.cue.idx < newline):
            return False
        if self.verb(prev_att.cue) in REPLY_VERBS:
            return False
        asked = (
            self.verb(prev_att.cue) in ASKING
            and "?" in self.text[self.text.rfind("\n", 0, prev.open_at) + 1 : newline]
        )  # "“Tested by whom?” F asked. “Because the only assessment …”"
        if asked or (self.question(prev) and self.only_quote(prev)):
            return False  # "“Did you raise this?” Van der Merwe asked. ¶ “I wrote to …”": the
            # one asked answers, never the asker
        if self.bare_question(q) and not self.question(prev):
            return False  # "“… I'm planning a comeback,” she says. ¶ “Are you?”": the other side
        after = self.text[q.close_end : self.frame_end(q, index)]
        if self.addresses(self.text[q.start : q.end], prev_att):
            return False  # "Senator, it's more complicated …": an answer to them, not more
        return not after.strip(" .,;:!?…—–-\n")

    def backfill(self, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]) -> None:
        """A paragraph of a long quote with no attribution takes that of the paragraph after it."""
        for i in range(len(results) - 2, -1, -1):
            q, att, kind = results[i]
            nxt, nxt_att, _ = results[i + 1]
            if (
                att is None
                and not q.closed
                and nxt_att is not None
                and not self.text[q.end : nxt.open_at].strip()
            ):
                back = Attribution("continuation", nxt_att.cue, nxt_att.subject)
                back.name, back.description, back.span = (
                    nxt_att.name,
                    nxt_att.description,
                    nxt_att.span,
                )
                back.confidence = nxt_att.confidence - 0.05
                results[i] = (q, back, kind)

    def record(self, q: QuoteSpan, att: Attribution | None, kind: QuoteKind) -> Quote:
        text = self.text[q.start : q.end]
        if att is None:
            return Quote(
                id=quote_id(self.article_id, q.start),
                article_id=self.article_id,
                text=text,
                start=q.start,
                end=q.end,
                kind=kind,
                confidence=0.6 if kind == "scare" else 0.3,
                reason="scare: short, no speech cue"
                if kind == "scare"
                else self.why.get(q.open_at, "no attribution found"),
            )
        return Quote(
            id=quote_id(self.article_id, q.start),
            article_id=self.article_id,
            text=text,
            start=q.start,
            end=q.end,
            kind=kind,
            speaker=att.name,
            speaker_description=att.description,
            cue=None if att.reason == "interview" else self._cue_text(att.cue),
            speaker_start=att.span[0] if att.span else None,
            speaker_end=att.span[1] if att.span else None,
            confidence=round(max(0.1, att.confidence), 2),
            reason=att.reason,
        )

    def _cue_text(self, cue: Token) -> str:
        if cue.lower_ == "according":
            return "according to"
        if (
            cue.lower_ == "saying" and cue.head.head.lower_ == "quoted"
            if cue.head.head is not None
            else False
        ):
            return "quoted as saying"
        return cue.text


def extract_quotes(doc: Doc, article_id: str) -> list[Quote]:
    """Every quote of ``doc`` (one article's cleaned text) in text order, with speakers."""
    return _Extractor(repair_people(repair_organisations(doc)), article_id).run()


def _interpreted(att: Attribution) -> bool:
    """A cue that relays someone else's words in another language: "translated", "interpreted"."""
    return att.cue is not None and att.cue.lemma_.lower() in ("translate", "interpret")
