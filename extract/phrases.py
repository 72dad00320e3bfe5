"""Which tokens a role's phrase stands for: its conjuncts, the members it names, the
antecedent of a relative pronoun ("officials, including X and Y"; "X, whom ..."), the objects
of a phrase's prepositions, the verb a noun phrase hangs from, and a subject's companions
("X, along with Y, ...") and list items the parser split off ("X, Y and Z announced")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from actorgraph.extract.lexicon import lexicon

__all__ = ["companions", "expand", "governing_verb", "objects_of", "split_list"]

_WORDS = lexicon().words
_PLURAL = "NNS"
_NAME_DEPS = ("compound", "nmod", "appos", "conj")


def expand(token: Token) -> list[Token]:
    """A role token with its conjuncts; a relative pronoun stands for its antecedent.

    "to its opponents and to protesters": the objects of coordinated prepositions too; "four
    officials, including X and Y": the members named. "who"
    and "whom" refer to people: past a non-person the parser attached them to, the antecedent
    is the person the phrase describes ("X, secretary of the Council, whom ...").
    """
    if token.lower_ in _WORDS.relative_pronouns and token.head.dep_ in ("relcl", "acl") and \
            token.head.head != token:
        human = token.lower_ in _WORDS.human_relatives
        token = token.head.head
        if human:
            token = _person_head(token)
    tokens = [token, *token.conjuncts]
    children = list(token.children)  # read four times below: the Tokens are made once
    # "Ivan Sokolov and Pavel Orlov" parsed as one name: the first hangs on the second as a
    # modifier that holds the coordination
    tokens += [c for c in children if c.dep_ in ("nmod", "compound") and c.i < token.i
               and any(g.dep_ == "cc" for g in c.children)]
    # "the United Arab Emirates (UAE), Bahrain and Egypt": a list the parser hangs on its
    # first item as an apposition followed by conjuncts
    listed = [t for c in children if c.dep_ == "appos" and c.conjuncts
              for t in (c, *c.conjuncts)]
    # "Mali, Burkina Faso, and Niger": a list whose second item the parser took for a name in
    # apposition to the first
    if not listed and any(c.dep_ == "conj" for c in children):
        listed = [c for c in children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    named = [t for c in children if c.dep_ == "appos" and c.pos_ == "PROPN"
             for t in _name_words(c)]
    if token.tag_ == _PLURAL and named:
        tokens.remove(token)  # "two ministers, X and Y": X and Y, not "ministers"
        listed = named
    tokens += listed
    if token.dep_ == "pobj":
        tokens += [p for prep in token.head.conjuncts for p in prep.children if p.dep_ == "pobj"]
    # "four officials, including X and Y": the members named of a set (also when the parser
    # hung 'including' on the verb: "officials were sanctioned by Y, including X")
    holders = [token, token.head] if token.dep_ == "nsubjpass" and \
        token.tag_ == _PLURAL else [token]
    if token.lemma_.lower() in _WORDS.quantity_nouns:  # "a total of 21 people, including X"
        holders += [o for p in children if p.dep_ == "prep"
                    and p.lower_ in _WORDS.of_preps for o in p.children if o.dep_ == "pobj"]
    tokens += [m for h in holders for c in h.children if c.dep_ == "prep"
               and c.lower_ in _WORDS.example_preps for o in c.children if o.dep_ == "pobj"
               for m in (o, *o.conjuncts, *(a for a in o.children if a.dep_ == "appos"))]
    return tokens + _joined(token)


def _joined(token: Token) -> list[Token]:
    """'X, along with Y and Z': the companions named with an object, hung on it or, set off
    by commas right after it, on its verb ('accused X, along with Y, of ...')."""
    if token.dep_ not in ("dobj", "pobj"):
        return []  # a subject's companions are its verb's (speech.subject_of)
    preps = [c for c in token.children if c.dep_ == "prep" and c.i > token.i]
    after = token.right_edge.i + 1
    if token.dep_ == "dobj" and after + 1 < len(token.doc) and token.doc[after].is_punct:
        preps += [c for c in token.head.children if c.dep_ == "prep" and c.i == after + 1]
    return [t for p in preps if p.lower_ in _WORDS.companion_words
            for w in p.children if w.dep_ == "prep" and w.lower_ in _WORDS.counterpart_preps
            for o in w.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]


def _name_words(token: Token) -> list[Token]:
    """A name and the names joined to it, however the parser chained them."""
    return [token, *(t for c in token.children if c.dep_ in _NAME_DEPS for t in _name_words(c))]


def _person_head(token: Token) -> Token:
    start = token
    for _ in range(6):
        if token.ent_type_ in ("PERSON", "NORP") or token.head == token or \
                token.dep_ not in ("pobj", "prep", "appos", "compound"):
            break
        token = token.head
    return token if token.ent_type_ == "PERSON" else start


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs from: 'issued a series of statements' -> issued."""
    token = noun
    for _ in range(4):
        if token.dep_ not in ("dobj", "pobj", "prep", "attr", "appos", "conj") or \
                token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def objects_of(heads: Iterable[Token], preps: frozenset[str]) -> list[Token]:
    """The objects of the prepositions ``preps`` hung on any of ``heads``: 'warnings [from
    X]', 'ties [with X]', 'a note [to X] [over Y]'."""
    return [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def companions(holder: Token, verb: Token) -> list[Token]:
    """'X, along with Y, ...', 'X, together with Y and Z, ...': the named companions of a
    subject, before its verb (the parser hangs them on the subject or on the verb)."""
    joined = _WORDS.companion_words
    withs = [w for c in holder.children if c.dep_ == "prep" and c.i < verb.i
             for w in (c, *c.children) if w.lower_ in _WORDS.counterpart_preps and (
                 c.lower_ in joined if w != c else any(a.lower_ in joined for a in c.children))]
    return [t for w in withs for o in w.children if o.dep_ == "pobj" for t in expand(o)
            if t.ent_type_]


def split_list(verb: Token, subject: Token) -> list[Token]:
    """'Chad, Mali and Niger announced ...' parsed as a list without a verb ('Chad, Mali')
    joined to a clause of its last item ('and Niger announced'): the list's items share the
    subject."""
    head, before = verb.head, subject.left_edge.i - 1
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.pos_ != "PROPN" or before < 0 or \
            verb.doc[before].dep_ != "cc" or verb.doc[before].head != head:
        return []
    return [t for t in expand(head) if t.pos_ == "PROPN"]
