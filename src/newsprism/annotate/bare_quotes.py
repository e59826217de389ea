"""Bare quotes: a quote with no speech verb in its own sentence, attributed by its neighbours.

Split from ``attribution`` (which finds the cue in the quote's own sentence).
News copy attributes a bare quote by the sentence next to it, and only a few
ways: the sentence before makes one named person its subject ("Bronwen
Ellery, his daughter, gave the eulogy."), the sentence after names the
speaker ("That was the verdict of X", "X says this …", "The speaker is X"),
or the quote answers the reporter's question (the interviewee). Two
different people around the quote tie: the speaker stays unknown.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.annotate import speakers as sp
from newsprism.annotate.asking import put_to, questioning
from newsprism.annotate.attribution import END_PUNCT, SPEECH_NOUNS, Attribution, Frames
from newsprism.annotate.cues import agent_of
from newsprism.annotate.person_words import AGED, NON_PERSON_HEADS
from newsprism.annotate.quote_marks import QuoteSpan
from newsprism.annotate.speech_events import event_owner
from newsprism.annotate.subjects import COPULAS, mood, of_root, root_name, state_participle

_INDEFINITE = ("a", "an", "one", "another")
_NOBODY = set("anyone anybody someone somebody everyone everybody nobody no-one one".split())


class BareQuotes(Frames):
    """The rules for quotes that stand as their own sentence or paragraph."""

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
        names = {e.text for e in self.ents if e.label_ == "PERSON" and e.start in where}
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
        if sent[-1].text == ":":  # "His closing line:", "Okafor's verdict:" - the possessor
            owner = self.owner(sent)
            if owner is not None:
                return owner
        put = put_to(self.doc, sent)
        if put is not None:  # "X put it to Ms Lindahl that …": X asks, Ms Lindahl answers
            asker, addressee = put
            return Attribution("context", asker.head, addressee if answer else asker)
        opened = questioning(self.doc, sent)
        if opened is not None and opened[2] is not None and opened[2].dep_ == "nsubjpass":
            verb, addressee = opened[0], opened[2]  # "Vilaró was asked by one journalist
            agent = agent_of(verb)  # whether …. «…?»": the journalist's
            if agent is not None:
                return Attribution("context", verb, addressee if answer else agent)
        cues = [t for t in sent if self.cue(t) and self.subject(t) is not None]
        # "… a teacher who refused to let anyone call themselves unmusical": nobody speaks
        cues = [c for c in cues if self.subject(c).lower_ not in _NOBODY]  # type: ignore[union-attr]
        if answer:  # "When I ask why it took so long, she puts down her fork. ¶ “…”": the
            writer = ("i", "we")  # writer asks, and the answer is someone else's
            cues = [c for c in cues if self.subject(c).lower_ not in writer]  # type: ignore[union-attr]
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
            name = sp.name_of(self.doc, subj)  # "The Leader of the Opposition, Niamh Oyelowo,"
            is_named = subj.ent_type_ == "PERSON" or (
                name is not None and subj.pos_ != "PRON" and self.named_person(name, subj)
            )
            told = any(c.dep_ in ("dobj", "dative") for c in cues[0].children)
            told = told or (subj.pos_ != "PRON" and not sp.human_description(subj.lower_))
            reported = {  # "He said Mr Tarrant had driven to Mr Moyle's house": the two are
                t.i  # what he said, not people who might speak next
                for c in cues[0].children
                if c.dep_ == "ccomp" and not told
                for t in c.subtree
            }
            around = [t for t in scope or sent if t.i not in reported]
            if not is_named and self.people_in(around) > 1:
                return None  # "She told Ana Ruiz that Tom Reed …": two people compete
            return Attribution("context", cues[0], subj)
        if need_cue and sent[-1].text != ":":
            return None
        maker = event_owner(self.doc, sent)  # "In a closing argument …, X walked jurors …"
        if maker is not None:
            return Attribution("context", maker.head, maker)
        # Active subjects only: "Tom Reed was arrested. “Justice at last.”" is not Reed's.
        subjects = [  # not half a hyphenated word the parser made one: "Cross-examined by …"
            t
            for t in sent
            if ((t.dep_ == "nsubj" and t.head.dep_ == "ROOT") or _verb_as_noun(t))
            and not (
                not t.whitespace_ and t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == "-"
            )
        ]
        if not subjects:  # "The chair, X, was unconvinced.": the subject hung on "was"
            subjects = [t for t in sent if t.dep_ == "nsubj" and of_root(t.head)]
        subjects += [  # "Winnie … was born in Pelham and worked as a telephonist": she acted too
            t
            for t in sent
            if t.dep_ == "nsubjpass"
            and t.head.dep_ == "ROOT"
            and (
                any(_acts_alone(c) for c in t.head.children if c.dep_ == "conj")
                or state_participle(
                    t.head
                )  # "Lindqvist was unmoved.": how she was, not what befell her
            )
        ]
        if len(subjects) != 1:
            return None  # nobody, or a tie: keep the speaker unknown
        subj = subjects[0]
        misparsed = subj.head.pos_ not in ("VERB", "AUX")  # "…, arms spread." read as a root
        last = [  # "The league is short of referees, and Maurice worries …": the clause
            t  # next to the quote, when the first one's subject is nobody in particular
            for t in sent
            if t.dep_ == "nsubj"
            and t.head.head == subj.head
            and (t.head.dep_ == "conj" or (misparsed and t.head.dep_ == "ccomp"))
        ]
        if len(last) == 1 and subj.pos_ != "PRON" and sp.name_of(self.doc, subj) is None:
            subj = last[0]
        own = {t.i for t in subj.subtree}  # "Bronwen Ellery, his daughter," is one person
        others = self.people_in([t for t in (scope or sent) if t.i not in own])
        if subj.lower_ in ("he", "she") and not self.people_in(scope or sent):
            return Attribution("context", subj.head, subj)  # "She was angry."
        name = sp.name_of(self.doc, subj)
        phrase = sp.phrase_of(self.doc, subj)
        # "Another passenger was more sympathetic.": someone new, described by their mood
        moody = phrase[0].lower_ in _INDEFINITE and mood(subj.head)
        definite = (  # "The 58-year-old has sold all but 200 of his ewes." - resolved later
            name is None
            and (subj.pos_ == "NOUN" or subj.lower_ == "old")  # "The 58-year-old has sold …"
            # "Her sister shook her head.": a possessive is as definite as "the"
            and (phrase[0].lower_ in ("the", "his", "her", "their") or moody)
            and sp.human_description(phrase.text)
        )
        if others or not (definite or (name is not None and self.named_person(name, subj))):
            return None
        return Attribution("context", subj.head, subj)

    def identified(self, sent: list[Token]) -> Attribution | None:
        """``The speaker is Jenny Cole, …`` / ``The woman speaking is Gülsen Aydın``: a
        sentence after a bare quote that says who spoke it."""
        for token in sent:
            copula = token.head.lemma_ == "be" or token.head.lower_ in COPULAS  # "were": no lemma
            if token.dep_ != "nsubj" or not copula or token.head.dep_ != "ROOT":
                continue
            words = token.lemma_.lower() in SPEECH_NOUNS  # "The words were those of X"
            if token.lower_ in ("that", "this", "those", "these") or words:
                for attr in (c for c in token.head.children if c.dep_ == "attr"):
                    if attr.lemma_.lower() not in SPEECH_NOUNS and not (
                        words and attr.lower_ in ("those", "that")
                    ):
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
        name of two or more words ("Larch" after "Edmund Larch"), or stands inside a
        person's name ("Mamani" after "Evaristo Mamani Choque"), whatever the tagger called
        either: organisations are not shortened to their last word."""
        if not token.is_title or token.ent_type_ not in ("", "PERSON", "ORG"):
            return None
        if any(c.dep_ == "compound" or c.pos_ == "PROPN" for c in token.lefts):
            return None
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
            return None
        low = token.lower_
        if low in NON_PERSON_HEADS:  # "United are without …": the club, not a person
            return None
        if token.i > 1 and sp.joined_hyphen(self.doc, token.i - 1):  # "Okonkwo-Hill"
            low = self.doc[token.i - 2 : token.i + 1].text.lower()
        found = {
            c.name
            for c in self.candidates
            if c.name and len(c.name.split()) >= 2 and c.name.split()[-1].lower() == low
        }
        found |= {
            sp.strip_titles(e).text  # "Nadia Siddiqui KC" is Nadia Siddiqui
            for e in self.ents
            if e.label_ in ("PERSON", "ORG")
            and e.end_char <= token.idx
            and len(e) >= 2
            and sp.strip_titles(e)[-1].lower_ == low
            and not self.inside(e.start_char)
        }
        for earlier in self.doc[: token.i]:  # proper-noun runs the tagger left untyped
            if earlier.lower_ == low and earlier.i > 0 and not self.inside(earlier.idx):
                whole = next((e for e in self.ents if e.start < earlier.i < e.end), None)
                if whole is not None and whole.label_ == "PERSON":
                    found.add(sp.strip_titles(whole).text)  # "Mamani" in Evaristo Mamani Choque
                    continue
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
                for e in self.ents
                if e.label_ == "PERSON"
                and e.end_char <= token.idx
                and len(e) >= 2
                and e[0].lower_ == low
                and not self.inside(e.start_char)
            }
        found = {f for f in found if not any(g != f and g.endswith(" " + f) for g in found)}
        found = {f for f in found if sp.looks_like_person(f.split())}  # "Halvorsen & Brandt"
        return next(iter(found)) if len(found) == 1 else None

    def named_person(self, name: Span, subj: Token) -> bool:
        """A person's name: a PERSON entity, or a name of two or more words that a title,
        a first name or a role in apposition says is someone's ("Ilse Varga, the union's
        general secretary", even when the tagger calls it an organisation)."""
        if any(t.ent_type_ == "PERSON" for t in name):
            return True
        if len(name) == 1 and self.known_surname(name[0]) is not None:
            return True  # "Ravenscroft, a mother of two, took up running at 30."
        if len(name) == 1 and any(  # "Gráinne disagreed." after "Gráinne, the youngest,"
            e.label_ == "PERSON" and e.text == name.text and not self.inside(e.start_char)
            for e in self.ents
            if e.end_char <= name.start_char
        ):
            return True
        if len(name) == 1 and any(  # "Hyacinth nodded slowly." after "“…,” said Hyacinth."
            name.text in said.split() for at, said in self.quoted if at < name.start_char
        ):
            return True
        if len(name) == 1 and name[0].is_title and AGED.match(self.text[name.end_char :]):
            return True  # "Aisling, 35, who does most of the research, is warier …"
        if len(name) == 1 and not name[0].ent_type_ and name.text.lower() in sp.first_names():
            return True  # "Luz, two years younger, disagrees." (a first name, untagged)
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
        j = index - 1  # over fragments: "Achterberg is wary of the word “comeback”. “…”"
        while j >= 0 and self.spans[j].open_at in self.fragments and self.spans[j].open_at > para:
            j -= 1
        lo = max(para, self.spans[j].close_end if j >= 0 else 0)
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
            quoted = [s for s in self.spans if p_start <= s.open_at < p_end]
            # reporter's prose, fragments at most: "X said the company had “refused …” as …"
            if p_end > p_start and all(s.open_at in self.fragments for s in quoted):
                last = self.sentences(p_start, p_end)
                found = self.sentence_subject(last[-1], False, answer=answer) if last else None
                if found is None and len(last) > 1:
                    found = self.only_person(last)
        if found is None and not self.text[para : q.open_at].strip():
            found = self.says_this(q)
        return found

    def only_person(self, sentences: list[list[Token]]) -> Attribution | None:
        """The subject of a paragraph about one person only, before a paragraph that is
        a quote: "She is 91 now, and lives in …. But ask her about the island and the
        decades fall away." Its first sentence says who; no other person is named in it,
        and every he/she/him/her in it is of one gender."""
        tokens = [t for sent in sentences for t in sent]
        genders = {_ONE_PERSON[t.lower_] for t in tokens if t.lower_ in _ONE_PERSON}
        if len(genders) > 1 or self.people_in(tokens) > 1:
            return None
        found = self.sentence_subject(sentences[0], False)
        if found is None or found.subject is None:
            return None
        if found.subject.lower_ in _ONE_PERSON and self.people_in(tokens):
            return None  # "She … Tom Reed …": which of the two the quote is
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
        named = self.identified(sentences[0])  # "“…” ¶ The words were those of X, …"
        if named is not None:
            return named
        if not self.text[: q.open_at].strip():  # a feature's opening quote, then its speaker:
            # "“If you had told me in January …” ¶ Lucienne Okpara-Thirlwell, captain of …, was
            # still laughing about it on Monday."
            lede = self.sentence_subject(sentences[0], need_cue=False)
            if lede is not None:
                return lede
        for token in sentences[0]:
            if not self.cue(token):
                continue
            said = [c for c in token.children if c.dep_ in ("dobj", "advmod", "ccomp")]
            if any(c.lower_ in ("this", "that", "so", "these", "those") for c in said):
                subject = self.subject(token)
                return Attribution("context", token, subject) if subject is not None else None
        return None


_ONE_PERSON = dict.fromkeys(("he", "him", "his", "himself"), "m") | dict.fromkeys(
    ("she", "her", "hers", "herself"), "f"
)


def _acts_alone(verb: Token) -> bool:
    """An active verb joined to a passive one that shares its subject: "… and worked …"."""
    return (
        verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)
    )


def _verb_as_noun(token: Token) -> bool:
    """A name the parse made the compound of its own verb, read as a plural noun
    ("Mackintosh talks about recruitment.", ``subjects.root_name``)."""
    return token.dep_ == "compound" and token.head.dep_ == "ROOT" and root_name(token)
