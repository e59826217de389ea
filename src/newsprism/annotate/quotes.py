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
5. ``continuation``: the second half of a split quote (``“…,” he said. “…”``)
   or the next paragraph of a long quote takes the speaker of its first part
   (and a first part with no attribution takes that of the part after it).

A split quote therefore gives two ``Quote`` records with one speaker, so that
every record is one contiguous span that a reader can highlight. Pronoun
subjects are resolved in ``speakers``. A quote no rule attributes keeps
``speaker=None`` with a low confidence.
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc, Token

from newsprism.annotate import speakers as sp
from newsprism.annotate.attribution import END_PUNCT, Attribution, Frames
from newsprism.annotate.quote_marks import QuoteSpan
from newsprism.model import Quote, QuoteKind

_SCARE_MAX_WORDS = 3
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir"}


def quote_id(article_id: str, start: int) -> str:
    """``q`` plus 16 hex digits of SHA-256 over (article id, start): stable across runs."""
    return "q" + hashlib.sha256(f"{article_id}\x00{start}".encode()).hexdigest()[:16]


class _Extractor(Frames):
    """Speakers, kinds and the pass over one article."""

    # -- naming ---------------------------------------------------------------------
    def fill(self, att: Attribution, before: int) -> None:
        """Turn the attribution's subject into a name or description (pronouns resolved)."""
        subject = att.subject
        if subject is None:
            return
        if self.inside(subject.idx):
            att.subject = None
            return
        if subject.pos_ == "PRON" or subject.lower_ in sp.PRONOUNS:
            para = self.text.rfind("\n", 0, subject.idx) + 1
            cand = self.resolved.get(subject.i) or sp.resolve_pronoun(
                subject.lower_, before, self.candidates, para_start=para
            )
            if cand is not None:
                self.resolved[subject.i] = cand
            if cand is None:
                return
            if subject.lower_ in ("he", "she") and cand.name:
                self.gender.setdefault(cand.name, sp.PRONOUNS[subject.lower_])
                cand.gender = cand.gender or sp.PRONOUNS[subject.lower_]
            att.name, att.description, att.person = cand.name, cand.description, cand.person
            att.span = (subject.idx, subject.idx + len(subject))
            att.reason += "+pronoun"
            att.confidence -= 0.1
            return
        if subject.lower_ in ("i", "we", "you", "it", "who", "that", "which", "this"):
            return
        name = sp.name_of(self.doc, subject)
        desc = sp.description_of(self.doc, subject, name)
        if name is not None:
            att.name = name.text
            att.span = (name.start_char, name.end_char)
            att.person = not all(t.ent_type_ == "ORG" for t in name)  # "Acme said"
        elif desc is not None:
            att.span = (desc.start_char, desc.end_char)
            att.person = sp.looks_like_person([t.text for t in desc])
        if desc is not None and (name is None or desc.start != name.start):
            att.description = desc.text
        before_name = sp.role_before(self.doc, name) if name is not None else None
        honorific = before_name is not None and before_name[0].lower_.rstrip(".") in _HONORIFICS
        if att.description is None and before_name is not None and not honorific:
            att.description = before_name.text  # the role stays, apart from the name
        if name is None and desc is not None and subject.pos_ == "PROPN":
            att.name, att.description = desc.text, None
        if name is None and desc is not None and len(desc) == 1 and desc[0].is_title:
            known = [c.name for c in self.candidates if c.name and c.name.split()[-1] == desc.text]
            if known:  # "Mendes" tagged as a noun after "Laura Mendes"
                att.name, att.description = known[-1], None
        if name is None and desc is not None and len(desc) == 2 and desc[0].lower_ == "the":
            role = desc[1].lower_
            for cand in reversed(self.candidates):
                if before - cand.at > 900:
                    break
                if cand.name and role in cand.aliases:
                    att.name, att.reason = cand.name, att.reason + "+role"
                    break

    def remember(
        self,
        at: int,
        name: str | None,
        desc: str | None,
        span: tuple[int, int],
        person: bool,
        words: list[str],
        speaker: bool = False,
        group: int = -1,
        plural: bool = False,
    ) -> None:
        gender = "p" if plural else sp.gender_of_words(words)
        if name is not None:
            gender = self.gender.get(name, gender) or sp.gender_of_name(name)
            if gender is not None:
                self.gender.setdefault(name, gender)
        cand = sp.Candidate(at, name, desc, span[0], span[1], gender, person, speaker=speaker)
        cand.group = group
        cand.aliases = {w for w in words if w in sp.TITLES}  # roles: "the general" → Ola Sunde
        self.candidates.append(cand)

    def static_candidates(self) -> list[tuple[int, Token, int]]:
        """Subjects in the reporter's text that a later pronoun may point back to.

        Conjoined subjects ("A and B disagreed") share a group: a pronoun cannot
        choose between them by recency.
        """
        found = []
        for token in self.doc:
            if token.dep_ in ("nsubj", "nsubjpass") and not self.inside(token.idx):
                group = token.i if token.conjuncts else -1
                found.append((token.idx, token, group))
                found.extend((c.idx, c, group) for c in token.conjuncts if c.i > token.i)
        found.sort(key=lambda triple: triple[0])
        return found

    def add_subject(self, token: Token, group: int = -1) -> None:
        if token.pos_ == "PRON":
            if self.cue(token.head):
                att = Attribution("pre", token.head, token)
                self.fill(att, token.idx)  # "X said she had asked": X is in this sentence
                if att.span and (att.name or att.description):
                    self.remember(
                        token.idx, att.name, att.description, att.span, att.person, [], True
                    )
            return
        name = sp.name_of(self.doc, token)
        ent_person = name is not None and any(
            e.label_ == "PERSON" for e in self.doc.ents if e.start <= name.start < e.end
        )
        words = [t.lower_ for t in token.subtree if t.dep_ in ("compound", "appos") or t == token]
        if name is not None:
            window = self.doc[max(0, name.start - 2) : name.end]
            words += [t.lower_ for t in window if t.dep_ != "poss"]
            words += [t.lower_ for c in token.children if c.dep_ == "appos" for t in c.subtree]
        if name is not None and (ent_person or token.pos_ == "PROPN"):
            # An untagged two-word name ("Ines Moll") is a person; one word may be a place.
            person = ent_person or (len(name) >= 2 and not any(t.ent_type_ for t in name))
            span = (name.start_char, name.end_char)
            spoke = self.cue(token.head) is not None  # "X said officials were …": a speaker
            self.remember(token.idx, name.text, None, span, person, words, spoke, group)
        elif token.pos_ == "NOUN" and (
            self.cue(token.head) or not sp.looks_like_person([token.text])
        ):
            desc = sp.phrase_of(self.doc, token)
            person = sp.looks_like_person([t.text for t in desc])
            span = (desc.start_char, desc.end_char)
            plural = token.tag_ in ("NNS", "NNPS")
            spoke = self.cue(token.head) is not None
            self.remember(token.idx, None, desc.text, span, person, words, spoke, group, plural)

    # -- kinds ------------------------------------------------------------------------
    def kind(self, q: QuoteSpan, index: int, att: Attribution | None) -> QuoteKind:
        """``direct`` when the quote stands as a statement, else ``partial`` or ``scare``."""
        pre = self.text[self.frame_start(q, index) : q.open_at].rstrip()
        content = self.text[q.start : q.end]
        words = len(content.split())
        upper = content[:1].isupper() or not content[:1].isalpha()
        if not pre or pre[-1] in ":—–-•*":
            return "direct"
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
            verb = (
                att.cue.lemma_.lower()
                if self.use_lemma
                else sp.SPEECH_FORMS.get(att.cue.lower_, "")
            )
            if verb in sp.WEAK_CUES and att.cue.tag_ not in ("VBD", "VBN", "VBG"):
                return "scare"
        return "partial"

    # -- driver -----------------------------------------------------------------------
    def attribute(self, q: QuoteSpan, index: int) -> Attribution | None:
        for n, rule in enumerate((self.by_post, self.by_pre, self.by_according, self.by_colon)):
            att = self.by_parse(q) if n == 0 else None
            if att is None or att.subject is None:
                att = rule(q, index)
            if att is not None and att.subject is not None:
                self.fill(att, self.frame_start(q, index))
                return att
        return None

    def run(self) -> list[Quote]:
        subjects = self.static_candidates()
        results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]] = []
        s_index = 0
        for index, q in enumerate(self.spans):
            while s_index < len(subjects) and subjects[s_index][0] < q.open_at:
                self.add_subject(subjects[s_index][1], subjects[s_index][2])
                s_index += 1
            att = self.attribute(q, index)
            if att is not None and att.name is None and att.description is None:
                att = None if att.reason.endswith("pronoun") or att.subject is None else att
            kind = self.kind(q, index, att)
            if att is not None and att.name is None and att.description is None:
                att = None  # a cue whose subject names nobody ("he" with no referent)
            if kind == "direct" and self.text[q.start].islower() and results:
                prev = results[-1]
                if prev[0].closed and self.same_sentence_gap(prev[0].close_end, q.open_at):
                    kind = prev[2]  # second half of a split fragment: “…,” she wrote, “confirmed…”
            if att is None and results:
                att = self.continuation(q, index, results)
            if att is None and kind == "direct":
                att = self.by_context(q, index)
                if att is not None and att.subject is not None:
                    self.fill(att, self.frame_start(q, index))
                if att is not None and att.name is None and att.description is None:
                    att = None
            if kind == "scare":
                att = None
            results.append((q, att, kind))
            if att is not None and att.span is not None and (att.name or att.description):
                self.remember(
                    att.span[0], att.name, att.description, att.span, att.person, [], True
                )
        self.backfill(results)
        return [self.record(q, att, kind) for q, att, kind in results]

    def continuation(
        self,
        q: QuoteSpan,
        index: int,
        results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]],
    ) -> Attribution | None:
        prev, prev_att, _ = results[-1]
        if prev_att is None or (prev_att.name is None and prev_att.description is None):
            return None
        between = self.text[prev.close_end : q.open_at]
        if not prev.closed:
            ok = "\n" in between and not between.strip()
        elif "\n" in between:
            return None
        else:
            cue_between = prev.close_end <= prev_att.cue.idx < q.open_at
            ends = sum(t.text in END_PUNCT for t in self.tokens(prev.close_end, q.open_at))
            ok = not between.strip(" ,.;") or (cue_between and ends <= 1)
        if not ok:
            return None
        att = Attribution("continuation", prev_att.cue, prev_att.subject)
        att.name, att.description, att.span, att.person = (
            prev_att.name,
            prev_att.description,
            prev_att.span,
            prev_att.person,
        )
        att.confidence = prev_att.confidence - 0.05
        return att

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
                reason="scare: short, no speech cue" if kind == "scare" else "no attribution found",
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
            cue=self._cue_text(att.cue),
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
    return _Extractor(doc, article_id).run()
