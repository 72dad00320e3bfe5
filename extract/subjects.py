"""Who did it: the subject of a verb, inherited through conjunction, infinitives, participles
and the phrases a gerund hangs on ("Kenya retaliated by expelling X": Kenya expels)."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.phrases import companions, expand, governing_verb, split_list

__all__ = ["subject_of"]

_WORDS = lexicon().words
_SPEECH = lexicon().speech_verbs
_ACCUSING = frozenset(lexicon().types["ACCUSE"].verbs)
_DOWN_PHRASE = ("pcomp", "pobj", "prep", "attr", "acomp", "dobj", "oprd")
_NAMING = ("PROPN", "PRON")  # an object that names someone ("criticised Y for ...")


def subject_of(verb: Token) -> list[Token]:
    """The subject of a verb, inherited through conjunction, infinitives and participles.

    A participle after a comma ("..., claiming that") belongs to the main clause even when
    the parser hangs it on a reported clause; "issued statements declaring" is said by the
    subject of "issued".
    """
    token = verb
    for _ in range(5):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")] or \
            _stranded_subject(token)
        if subjects:
            return [t for s in subjects for t in (*expand(s), *companions(s, token))] + \
                companions(token, token) + split_list(token, subjects[0])
        head = token.head
        quoted_one = _quoted_as_saying(token)
        if quoted_one is not None:  # "X quoted the official as saying": the official
            return expand(quoted_one)
        if token.dep_ == "pcomp" and head.dep_ == "prep":
            return _doers_around(head.head, head)
        if token.dep_ in ("relcl", "acl"):
            if token.dep_ == "acl" and any(c.dep_ == "poss" or any(
                    g.dep_ == "case" for g in c.children) for c in head.children):
                return expand(head)  # "condemned Y's decision to impose sanctions": Y's act
            governor = governing_verb(head)
            return [*expand(head), *(subject_of(governor) if governor is not None else [])]
        if token.dep_ not in ("conj", "xcomp", "advcl", "acomp") or head == token:
            return []
        if _caused(token):
            made = [c for c in head.children if c.dep_ == "dobj"]
            if made:  # "the incident prompted X to recall its envoy": X recalls
                return [t for c in made for t in (*expand(c), *companions(c, token))] + \
                    companions(head, token) + companions(token, token)
        reported = token.dep_ == "advcl" and token.tag_ == "VBG" and head.dep_ == "ccomp" \
            and head.head.i < head.i  # "X said [Y was expelled, accusing Y of ...]": X
        if token.dep_ in ("advcl", "xcomp") and not reported:
            passive = [c for c in head.children if c.dep_ == "nsubjpass"]
            if passive and not any(c.dep_ == "agent" for c in head.children):
                return [t for s in passive for t in expand(s)]
        if reported:  # not "[X refused ..., accusing Y], the report said"
            head = head.head
        elif token.dep_ == "conj" and head.dep_ == "ccomp" and _speech_lemma(token) and \
                _speech_lemma(head.head):
            head = head.head  # "He said X withdrew, warned against Y": speech joins speech
        elif token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ", "VBP"):
            while head.dep_ in _DOWN_PHRASE and head.tag_ not in (
                    "VBD", "VBZ", "VBP") and head.head != head:
                head = head.head
        elif token.dep_ == "conj" and token.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
            # "calling it a violation and warning of X": the parser joins the second
            # participle to the first one's object; it shares the first participle's subject
            while head.dep_ in _DOWN_PHRASE and head.pos_ not in ("VERB", "AUX") and \
                    head.head != head:
                head = head.head
        token = head
    return []


def _doers_around(verb: Token, prep: Token) -> list[Token]:
    """'Kenya retaliated by expelling X': the named doer of the verb a gerund's phrase hangs
    on (not a participle's: 'a plot aimed at threatening X' names none), and of 'joined Y in
    sanctioning X' Y too; of an accusation's deed the one accused ('accused Y of killing'),
    so of a deed its verb's object is warned against, kept from or named as criticised for
    ('warned Y against threatening X', 'barred Y from entering X', 'criticised Y for ...')."""
    accused = [c for c in verb.children if c.dep_ == "dobj"]
    blamed = prep.lower_ in _WORDS.factive_preps and all(c.pos_ in _NAMING for c in accused)
    if accused and (verb.lemma_.lower() in _ACCUSING or prep.lower_ in _WORDS.control_preps
                    or blamed):
        return [t for c in accused for t in expand(c)]  # "X accused Y of killing ...": Y
    if verb.dep_ == "dobj" and verb.head.lemma_.lower() in _ACCUSING:
        return expand(verb)  # the parser hangs "of killing" on the one accused
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        return subject_of(verb.head)  # "took the step of closing X's consulates"
    if verb.lemma_.lower() in _WORDS.blame_adjectives:  # "held X responsible for attacking"
        return expand(verb.head) if verb.dep_ == "amod" else [
            t for c in verb.head.children if c.dep_ == "dobj" for t in expand(c)] or \
            subject_of(verb.head)
    if prep.lower_ in _WORDS.sequence_preps:
        # "X expelled Y's envoys, the ministry said, a day after accusing Y": a deed dated
        # before the clause's is done by its subject, not by the one reporting it
        clause = verb.head if verb.dep_ == "npadvmod" else verb
        if clause.dep_ == "parataxis" and _speech_lemma(clause):
            clause = clause.head
        if clause != verb:
            return subject_of(clause)
    governor = governing_verb(verb) if verb.pos_ == "NOUN" else None
    if governor is not None and prep.lower_ in _WORDS.agent_preps:
        return subject_of(governor)  # "triggered the return of sanctions by accusing X"
    doers = [t for c in verb.children if c.dep_ == "nsubj" for t in expand(c)]
    if doers and verb.lemma_.lower() in _WORDS.joining_verbs:  # not what the parser hung after
        doers += [t for c in verb.children if c.dep_ == "dobj" for t in expand(c) if t.i < prep.i]
    return doers


def _speech_lemma(token: Token) -> bool:
    return token.lemma_.lower() in _SPEECH


def _stranded_subject(verb: Token) -> list[Token]:
    """'X, considered a reformist, issued ...': the parser hangs X on the participle."""
    if verb.dep_ != "ROOT":
        return []
    return [s for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD")
            and c.i < verb.i and not any(m.dep_ == "mark" for m in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.i < c.i]


def _caused(verb: Token) -> bool:
    """Is ``verb`` the infinitive of a causing verb ('prompted X to recall', also parsed as
    an adverbial clause)?"""
    return verb.head.lemma_.lower() in _WORDS.causing_verbs and (
        verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ in _WORDS.infinitive_markers for c in verb.children)))


def _quoted_as_saying(verb: Token) -> Token | None:
    """The one quoted in 'X quoted the minister as saying ...': the object of the speech
    verb the 'as' phrase of ``verb`` hangs from."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in _WORDS.as_preps or \
            prep.head.lemma_.lower() not in _SPEECH:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
