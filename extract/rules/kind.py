"""Acts returned in kind or repeated: 'X removed Y from its white list, prompting Y to do
likewise', 'X banned Y's imports, and Z followed suit'.

A clause that says someone did the same ('did likewise', 'did the same', 'followed suit',
'reciprocated') states the same act again in that sentence: by the one acted on, against the
first actor (the roles swapped); by a third, against the same target.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.strings import get_string_id
from spacy.tokens import Token

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.negation import mode_of
from actorgraph.extract.speech import actors_of, expand
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.ids import relation_id
from actorgraph.graph.model import Mention, Relation

__all__ = ["in_kind"]

_WORDS = lexicon().words
_RETURNED = ("SANCTION", "COERCE", "ASSAULT", "ACCUSE", "THREATEN")
_MARKS = {get_string_id(w) for w in (*_WORDS.in_kind_words, *_WORDS.in_kind_verbs)}


def in_kind(found: list[tuple[Relation, Token]], index: dict[int, Mention]
            ) -> list[tuple[Relation, Token]]:
    """The relations ``found`` and the same acts again: returned in kind by their targets,
    or repeated against the same target by a third."""
    if not found or not _MARKS.intersection(
            found[0][1].doc.to_array(["LOWER", "LEMMA"]).ravel().tolist()):
        return found  # no 'likewise', 'reciprocate' ... in the Doc (read from its hash array)
    returned = []
    for relation, trigger in found:
        if relation.type not in _RETURNED or relation.negated:
            continue
        for verb in _likewise(trigger):
            doers = {m.actor: m for m in actors_of(trigger.doc, _doers(verb), index)}
            if relation.source in doers:
                continue
            if relation.target in doers:
                returned.append((_again(relation, relation.target, relation.source, verb),
                                 verb))
            else:
                returned += [(_again(relation, m.actor, relation.target, verb), verb)
                             for m in doers.values()]
    return [*found, *returned]


def _likewise(trigger: Token) -> list[Token]:
    """The verbs after ``trigger`` in its sentence that say 'did the same': 'reciprocated'
    itself, or the verb of 'likewise', 'the same', 'suit' ('did likewise', 'followed suit';
    not 'the same day')."""
    verbs = []
    for token in trigger.doc[trigger.i + 1:trigger.sent.end]:
        if token.lemma_.lower() in _WORDS.in_kind_verbs:
            verbs.append(token)
        elif token.lower_ in _WORDS.in_kind_words and token.head.pos_ == "VERB":
            verbs.append(token.head)
    return verbs


def _doers(verb: Token) -> list[Token]:
    """'prompting Y to do likewise': Y, the object of the verb that prompted it."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if not own and verb.dep_ == "xcomp":
        own = [c for c in verb.head.children if c.dep_ == "dobj"]
    return [t for c in own for t in expand(c)] if own else subject_of(verb)


def _again(relation: Relation, source: str, target: str, verb: Token) -> Relation:
    """The act of ``relation`` done again, by ``source`` to ``target``, said by ``verb``."""
    e = relation.evidence
    labels = {relation.source: relation.source_label, relation.target: relation.target_label}
    actors = verb.doc._.actors or {}
    label = labels.get(source) or str(getattr(actors.get(source), "label", source))
    return replace(relation, source=source, target=target, source_label=label,
                   target_label=labels[target], evidence=replace(e, trigger=verb.text),
                   mode=mode_of(verb), id=relation_id(e.doc, relation.type, source, target,
                                                      e.start, e.end, verb.text))
