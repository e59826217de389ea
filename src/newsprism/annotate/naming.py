"""Who a quote's attribution names: the cue's subject as a name or a description.

Split from ``quotes``. ``Naming`` turns the subject a rule found into a speaker (entity, proper-noun
run, apposition, role), resolves anaphors through ``pronouns`` (he/she/they, ``the 24-year-old``,
``the council``, a bare first name), with the candidates later anaphors may point back to kept by
``referents``. Each resolution that rests on weaker evidence lowers the attribution's confidence,
and an anaphor that two referents could fill stays unresolved.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate.asking import point_put
from newsprism.annotate.attribution import Attribution
from newsprism.annotate.ciphers import cipher_of
from newsprism.annotate.cues import REPLY_VERBS
from newsprism.annotate.ledes import lede_name
from newsprism.annotate.name_kinds import (
    NameKinds,
)
from newsprism.annotate.nearby import last_word
from newsprism.annotate.person_words import demonym_shape, the_office
from newsprism.annotate.subjects import (
    according_source,
    clause_verb,
    in_a_state,
    main_subject,
    reported_by_person,
)
from newsprism.annotate.transcripts import transcript_voice

_NICKNAME = re.compile(r"\s*[“\"][^”\"]*[”\"]\s*")


class Naming(NameKinds):
    """Speakers' names and descriptions, and the candidates anaphors may refer to."""

    # -- naming ---------------------------------------------------------------------
    def fill(self, att: Attribution, before: int) -> None:
        """Turn the attribution's subject into a name or description (pronouns resolved)."""
        subject = att.subject
        if subject is None:
            return
        if self.inside(subject.idx):
            att.subject = None
            return
        if subject.lower_ == "i":  # "A: … And I said, “…”": the one the label names
            voice = transcript_voice(self.text, subject.idx, [*self.candidates, *self.mentioned()])
            if voice is not None:
                att.name, att.span, att.reason = voice, None, att.reason + "+label"
                return
        if subject.pos_ == "PRON" or subject.lower_ in sp.PRONOUNS:
            para = self.text.rfind("\n", 0, subject.idx) + 1
            prev = self.text.rfind("\n", 0, len(self.text[:para].rstrip())) + 1
            cand = self.resolved.get(subject.i) or pr.resolve_pronoun(
                subject.lower_, before, self.candidates, para_start=para, prev_start=prev
            )
            if cand is None and not self.anyone_fits(subject.lower_, before):
                known = [  # only people whose name says the pronoun's gender, not "by X"
                    c for c in self.mentioned() if c.gender == sp.PRONOUNS[subject.lower_]
                ]
                known = [c for c in known if not self.by_other(c, subject.idx)]
                cand = pr.resolve_pronoun(subject.lower_, before, known, para_start=para)
            cand = self.introduced_here(subject.lower_, para, before, cand)
            cand = self.introduced_before(subject.lower_, para, before, cand)
            if cand is not None and cand.name and cand.person and self.named_inside(cand.name):
                # "“Peter said to me, …,” he says": not whom the quote names, by first name
                first, last = cand.name.split()[0], cand.name.split()[-1]
                others = [
                    c
                    for c in self.candidates
                    if not (c.name or " ").startswith(first) and c.name != last
                ]
                cand = pr.resolve_pronoun(subject.lower_, before, others, para_start=para)
            asker = last_word(self.questioner)  # "Raghunathan" asked: not "Dev Raghunathan",
            # unless the paragraph makes the asker its subject again ("Judge Morgenthal
            # suggests they measure it. “Together,” she adds.")
            if cand is not None and asker and last_word(cand.name) == asker and cand.at < para:
                others = [c for c in self.candidates if last_word(c.name) != asker]
                cand = pr.resolve_pronoun(subject.lower_, before, others, para_start=para)
            answers = last_word(self.answerer)  # "I asked Okwuosa …. ¶ “…?” ¶ “…,” he says"
            if cand is not None and answers and answers not in (cand.name or "").lower().split():
                them = [c for c in self.candidates if answers in (c.name or "").lower().split()]
                cand = pr.resolve_pronoun(subject.lower_, before, them, 4000, para) or cand
            sent = subject.sent  # "Asked by her own barrister, X KC, why …, she said": not X
            asking = self.askers(sent.start_char, sent.end_char) if cand and cand.name else set()
            if cand is not None and cand.name and last_word(cand.name) in asking:
                others = [
                    c for c in self.candidates if not c.name or last_word(c.name) not in asking
                ]
                cand = pr.resolve_pronoun(subject.lower_, before, others, para_start=para)
            replying = att.cue is not None and self.verb(att.cue) in REPLY_VERBS
            replied = point_put(att.cue) if replying else None  # "Mr Askew suggested …. He
            # replied: “…”": not Askew
            if (
                cand is not None
                and replied is not None
                and (cand.name or "").split()[-1:] == [replied[0]]
            ):
                if replied[1] is not None:  # "… the defendant had lost his temper": him
                    att.subject, asked = replied[1], self.questioner
                    self.questioner = replied[0]  # not the one who put it
                    self.fill(att, before)
                    self.questioner = asked
                    return
                others = [c for c in self.candidates if (c.name or "").split()[-1:] != [replied[0]]]
                cand = pr.resolve_pronoun(subject.lower_, before, others, para_start=para)
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
            if att.name is not None and " " not in att.name:
                self.expand_name(att, before)  # "Vincenzo points to his hands. … he says"
            return
        if subject.lower_ in ("i", "we", "you", "it", "who", "that", "which", "this"):
            return
        name = sp.name_of(self.doc, subject)
        desc = sp.description_of(self.doc, subject, name)
        if name is not None:
            att.name = name.text
            att.span = (name.start_char, name.end_char)
            att.person = sp.person_name(self.doc, name, desc)  # "Acme said": not a person
            att.person = att.person and sp.looks_like_person([t.text for t in name])
            att.person = att.person and name.text not in self.companies()
            if not att.person and len(name) == 1:  # "Maravilla told me" after "Ines Maravilla"
                full = self.known_surname(name[0])
                att.person = full is not None and sp.gender_of_name(full) is not None
        elif desc is not None:
            att.span = (desc.start_char, desc.end_char)
            # the head, not the last word: "A spokesman for the weather service" is a person
            att.person = sp.looks_like_person([t.text for t in desc if t.i <= subject.i])
        if desc is not None and (name is None or desc.start != name.start):
            att.description = desc.text
        before_name = sp.role_before(self.doc, name) if name is not None else None
        honorific = before_name is not None and before_name[0].lower_.rstrip(".") in sp.HONORIFICS
        if att.description is None and before_name is not None and not honorific:
            att.description = before_name.text  # the role stays, apart from the name
        kin = sp.lower_person_word(self.doc, subject)  # "The great-gran": no name
        if name is None and desc is not None and subject.pos_ == "PROPN" and not kin:
            att.name, att.description = desc.text, None
        demonym = (  # "the Briton", "the Spaniard": nobody is called "the <Name>"
            name is not None
            and demonym_shape(name)  # "the Spaniard", "the Danish-Russian", "the Sri Lankan"
            and name.start > 0
            and self.after_the(name)
            and name.start <= subject.i < name.end
            and not sp.is_office(name[0].text)  # "The Speaker intervened:": an office; so
        ) and sp.looks_like_person([name[-1].text])  # is "the Department", "the Army"
        norp = name is not None and len(name) == 1 and name[0].ent_type_ == "NORP"
        if name is not None and (norp or demonym):
            centre = pr.centre(None, before, self.candidates)  # "the Spaniard": the centre
            lead = max(min(subject.left_edge.i, name.start - 1), 0)  # "the 19-year-old …"
            att.description = self.doc[lead : name.end].text
            att.name = centre.name if centre is not None else None
            att.reason += "+centre" if centre is not None else "+unresolved"
            att.confidence -= 0.15
            return
        named = self.role_name(name, before) if name is not None else None
        if named is not None and name is not None:  # "said the Transport Secretary"
            att.name, att.description = named, att.description or name.text
            att.reason += "+role"
        elif (
            name is not None
            and len(name) == 1
            and name[0].is_upper
            and (intro := self.introduced_unnamed(name[0].lower_, None, before)) is not None
        ):  # "One rebel said …. “…,” the MP said": the rebel
            att.name, att.description = None, intro
            att.reason += "+unnamed"
        elif (
            name is not None
            and self.role_acronym(name)  # not a cipher: "KB said", "W80 replied"
            and (centre := pr.centre(None, before, self.candidates)) is not None
        ):  # "the CS said", "the CEO said": an acronym of a role given in full before
            att.name, att.description = centre.name, att.description or name.text
            att.reason += "+centre"
            att.confidence -= 0.15
        elif name is not None and (
            all(t.lower_ in sp.TITLES or sp.is_role(self.doc, t) for t in name)
            or (demonym is False and the_office(name))  # "The Speaker intervened:"
        ):
            office = self.doc[name.start - 1 : name.end] if the_office(name) else name
            titled = before_name is not None and before_name.end == name.start  # "the Prime
            if titled and not honorific:  # Minister": the whole office, not "Prime"
                office = sp.phrase_of(self.doc, subject)
                att.description = None
            att.name, att.description = None, att.description or office.text  # "the Secretary"
            att.confidence -= 0.1
            only = self.only_one_named(None, before)  # "Nalini Ramaswamy delivered her
            if only is not None and office[0].lower_ == "the" and not self.has_role(only):
                att.name, att.reason = only, att.reason + "+centre"  # budget …. “…,” the
                # Chancellor said." - not "The rail minister, X, replied …. The Speaker …"
        elif name is not None and not any(t.ent_type_ in ("PERSON", "ORG") for t in name):
            att.confidence -= 0.05  # a proper-noun run the tagger did not call a name
        if att.name and any(mark in att.name for mark in '“"'):
            att.name = _NICKNAME.sub(" ", att.name)  # Vince “The Viper” Maddox
        if att.name is not None:
            self.expand_name(att, before)  # "Trudie", "Montero", "Evaristo Mamani"
        elif name is None and desc is not None:
            self.resolve_description(att, subject, desc, before)

    def add_subject(self, token: Token, group: int = -1) -> None:
        verb = clause_verb(token)
        # "his client had been promised a move": the one spoken to, not a speaker
        said = None if sp.spoken_to(verb) else self.cue(verb)
        reported = reported_by_person(verb) or (verb.dep_ == "ccomp" and self.cue(verb.head))
        if said is not None and reported and token.pos_ != "PRON":
            said = None  # "X said her client would plead not guilty": X speaks, not the client
        if token.pos_ == "PRON":
            object_clause = verb.dep_ == "relcl" and token.lower_ not in ("who", "that")
            if said not in (None, "read") and not object_clause:
                # "anything they had read": a person reading says nothing, only a document
                # "reads"; "the £140,000 they have claimed": a claim for money, not speech
                att = Attribution("pre", verb, token)
                self.fill(att, token.idx)  # "X said she had asked": X is in this sentence
                if att.span and (att.name or att.description):
                    plural = token.lower_ in ("they", "we")  # never a later he or she
                    self.remember(
                        token.idx,
                        att.name,
                        att.description,
                        att.span,
                        att.person,
                        [],
                        True,
                        plural=plural and att.name is None,
                    )
            elif token.lower_ in ("he", "she") and main_subject(token):
                self.continue_centre(token)  # "… he pointed at Okoye. “He did,” he said."
            return
        if token.i in self.spoken:
            return  # "“…,” the teenager said": remembered with the name it resolved to
        self.add_owner(token)
        surname = self.known_surname(token)
        if surname is not None:  # "Larch dismissed them" after "Edmund Larch": a person
            main = main_subject(token)
            span = (token.idx, token.idx + len(token))
            spoke = said is not None
            # "if Calderbridge go up" after "Calderbridge Town": the club, not a person
            person = sp.looks_like_person(surname.split())
            self.remember(token.idx, surname, None, span, person, [], spoke, group, main=main)
            return
        name = sp.name_of(self.doc, token)
        name = None if name is not None and self.inside(name[0].idx) else name  # “Whenu”
        if name is None and token.text in self.kin_named():  # "Erlend is more conflicted."
            name = self.doc[token.i : token.i + 1]
        if (
            name is not None
            and len(name) == 1
            and name.text.isupper()
            and name[0].lower_ in sp.TITLES
            and cipher_of(token) is None  # "… identified only as RT": a cipher is a name
        ):
            name = None  # "The expenses-row MP was confronted": a role, nobody called "MP"
        ent_person = name is not None and any(
            e.label_ == "PERSON" for e in self.ents if e.start <= name.start < e.end
        )
        clauses = {  # "a paramedic who treated Mr Whitlow": not the paramedic's gender
            t.i for t in token.subtree if t.dep_ in ("relcl", "acl", "prep") for t in t.subtree
        }
        words = [
            t.lower_
            for t in token.subtree
            if (t.dep_ in ("compound", "appos") or t == token) and t.i not in clauses
        ]
        if name is not None:
            window = self.doc[max(0, name.start - 2) : name.end]
            words += [t.lower_ for t in window if t.dep_ != "poss"]
            words += [  # "a paramedic who treated Mr Whitlow": not the paramedic's gender
                t.lower_
                for c in token.children
                if c.dep_ == "appos"
                for t in c.subtree
                if t.i not in clauses
            ]
        # "the Speaker, Sir Desmond Kettering, …": an office, held by the name in apposition
        if name is not None and the_office(name):
            holder = next(
                (
                    n
                    for c in token.children
                    if c.dep_ == "appos" and (n := sp.name_of(self.doc, c)) is not None
                ),
                None,
            )
            desc_span = self.doc[name.start - 1 : name.end]
            span = (desc_span.start_char, desc_span.end_char)
            if holder is not None:
                span = (holder.start_char, holder.end_char)
            self.remember(
                token.idx,
                holder.text if holder is not None else None,
                desc_span.text,
                span,
                True,
                words,
                said is not None,
                group,
                main=main_subject(token),
            )
            return
        if (
            name is not None and len(name) == 1 and name.start > 0 and self.after_the(name)
        ):  # "The Spaniard was …", "the 24-year-old Ethiopian said": the person at the
            # centre, not someone named Spaniard
            centre = pr.centre(None, token.idx, self.candidates)
            if centre is not None and centre.name:
                span = (centre.name_start, centre.name_end)
                main = main_subject(token)
                self.remember(token.idx, centre.name, None, span, True, [], False, group, main=main)
            return
        kin = sp.gender_of_words([token.lower_]) is not None or sp.is_role(self.doc, token)
        appositive = (  # "His granddaughter, Sophie," - not "His album, “Paper Lanterns”,"
            name is not None
            and not (name.start <= token.i < name.end)
            and not self.inside(name.start_char)
            and sp.human_description(token.text)
        )
        # "Jean-Baptiste N’Diaye, a centrist member, said": a name whose last word the
        # tagger read as a common noun is still a name
        misread = name is not None and len(name) >= 2 and token.is_title and token.i == name.end - 1
        propn = token.pos_ == "PROPN" or misread or token.text in self.kin_named()
        if name is not None and (ent_person or propn or kin or appositive):
            person = self.person_named(token, name, words, kin, said is not None)
            span = (name.start_char, name.end_char)
            spoke = said is not None or according_source(token)  # "X said …"
            spoke = spoke or token.i in self.unparsed
            main = main_subject(token) or token.i in self.unparsed
            appos = tuple(
                c.lower_ for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"
            )
            self.remember(
                token.idx,
                name.text,
                None,
                span,
                person,
                words,
                spoke,
                group,
                main=main,
                appositives=appos,
            )
        elif (token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.lower_ == "old")) and (
            said
            or according_source(token)  # "According to a senior government source, …"
            or not sp.looks_like_person([token.text])
            or (kin and (main_subject(token) or in_a_state(token)))
            or (
                token.is_lower  # not "Viktor", whose -or is no agent noun
                and main_subject(token)
                and sp.human_description(sp.phrase_of(self.doc, token).text)
            )
        ):  # a person by role made the sentence's subject: "One father … was philosophical",
            # "The 22-year-old, who has now scored nine goals, was more modest."
            desc = sp.phrase_of(self.doc, token)
            person = sp.looks_like_person([t.text for t in desc if t.i <= token.i])
            span = (desc.start_char, desc.end_char)
            plural = token.tag_ in ("NNS", "NNPS") or token.lower_ in sp.COLLECTIVE
            spoke = said is not None
            main = main_subject(token) or (person and in_a_state(token))
            if (
                main
                and not spoke
                and desc[0].lower_ == "the"
                and not plural
                and self.unnamed(token.lower_, token.idx) is None  # "a reporter … the reporter"
            ):
                # "The 29-year-old songwriter has spent the morning …": the named person
                # this description continues, when the text settles who that is
                named = self.aged(desc.text, token.idx)
                if named is None and person:  # "The judge was unmoved." after "Judge X"
                    att = Attribution("pre", verb, token)
                    self.resolve_description(att, token, desc, token.idx)
                    named = att.name
                centre = pr.centre(None, token.idx, self.candidates) if named is None else None
                named = named or (centre.name if centre is not None else None)
                if named is not None:
                    self.remember(
                        token.idx, named, desc.text, span, True, words, False, group, main=True
                    )
                    return
            attr = next((c for c in verb.children if c.dep_ == "attr"), None)
            copula = verb.lower_ in ("is", "was", "are", "were")
            named_attr = sp.name_of(self.doc, attr) if copula and attr else None
            if person and not plural and named_attr is not None:  # "Her caddie is her
                self.remember(  # father, Ramón, …": the caddie is Ramón
                    token.idx,
                    named_attr.text,
                    desc.text,
                    span,
                    True,
                    words,
                    False,
                    group,
                    main=main,
                )
                return
            if person and not plural and len(desc) == 2 and desc[0].tag_ == "PRP$":
                named = self.named_role(token.lower_, token.idx)  # "Her mother laughs at
                if named is not None:  # this" after "Her mother, Folake Obi, was …"
                    self.remember(
                        token.idx, named, desc.text, span, person, words, spoke, group, main=main
                    )
                    return
            if (
                ((not person and len(desc) == 2) or (person and spoke))
                and not plural
                and desc[0].lower_ == "the"
            ):
                # "the company said prices had fallen", "The union president said she had
                # heard that before": whom the text named, resolved as for a quote's cue
                att = Attribution("pre", verb, token)
                att.person = person
                self.resolve_description(att, token, desc, token.idx)
                if att.name is not None:
                    self.remember(
                        token.idx, att.name, desc.text, span, person, words, spoke, group, main=main
                    )
                    return
            named_later = lede_name(self.doc, token, desc) if person and main else None
            if named_later is not None:  # "A witness … has admitted … ¶ Kerry-Ann Doyle, 36,"
                self.remember(
                    token.idx,
                    named_later.text,
                    desc.text,
                    (named_later.start_char, named_later.end_char),
                    True,
                    words,
                    spoke,
                    group,
                    main=main,
                    appositives=(token.lower_,),
                )
                return
            self.remember(
                token.idx, None, desc.text, span, person, words, spoke, group, plural, main
            )
