"""Diplomatic protests delivered as documents.

- ``protest_note``  "handed X's ambassador a protest note over Y's remarks", "sent a note of
                    protest to X": a protest accuses whom it is about, else the state it is
                    handed to (CAMEO's formal complaint, PLOVER ACCUSE)
- ``conveyed_concern``  "conveyed its concerns to X over the incident", "raised concerns with X":
                    a concern conveyed to someone accuses whom it is about, else them
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.phrases import objects_of
from actorgraph.extract.rules.evaluation import owners
from actorgraph.extract.rules.registry import (
    VERB,
    Context,
    Example,
    Match,
    Pattern,
    Roles,
    family,
    in_,
    node,
)
from actorgraph.extract.rules.roles import match_mode, source
from actorgraph.extract.rules.standing import states_of
from actorgraph.extract.speech import actors_of, expand

__all__ = ["conveyed_concern", "protest_note"]

_WORDS = lexicon().words
_PROTESTS = frozenset(lexicon().types["ACCUSE"].light_nouns)  # protest, demarche


def _note_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    verb = {"LEMMA": in_(_WORDS.handing_verbs), "POS": in_(VERB)}
    note = {"LEMMA": in_(_WORDS.note_nouns)}
    return [[node("verb", verb), node("trigger", {**note, "DEP": "dobj"}, "verb")],
            # "handed the envoy a protest note": the parser takes the note for an apposition
            [node("verb", verb), node("handed", {"DEP": "dobj"}, "verb"),
             node("trigger", {**note, "DEP": "appos"}, "handed")]]


@family("protest_note", patterns=_note_patterns, confidence=0.50, examples=(
    Example("Peru seized two boats. Chile handed Peru's ambassador a protest note.",
            ("ACCUSE", "chile", "peru")),
    Example("Ghana sent a note of protest to Togo over the arrest of its citizens.",
            ("ACCUSE", "ghana", "togo")),
    Example("Kenya gave the Ugandan envoy a letter of protest about remarks by Nakato Museveni.",
            ("ACCUSE", "kenya", "nakato-museveni")),
))
def protest_note(ctx: Context, m: Match) -> Roles | None:
    """'handed X's envoy a protest note over Y's remarks': the protest accuses Y, the owner of
    what it is about; about nothing named, it accuses the state it is handed to."""
    verb, note = m.nodes["verb"], m.trigger
    if not _of_protest(note):
        return None
    sources = source(ctx, verb)
    mine = {s.actor for s in sources}
    # "a note of protest to X over Y": the parser may hang the phrases on 'protest'
    heads = (verb, note, *(t for t in note.subtree if t.lemma_.lower() in _PROTESTS))
    targets = [t for o in objects_of(heads, _WORDS.concern_preps)
               for t in owners(ctx.doc, ctx.index, o)]
    if not targets:
        handed = [m.nodes["handed"]] if "handed" in m.nodes else []
        handed += [o for c in verb.children if c.dep_ == "dative" for o in
                  ([c] if c.pos_ != "ADP" else [p for p in c.children if p.dep_ == "pobj"])]
        handed += objects_of(heads, _WORDS.recipient_preps)
        targets = states_of(ctx, actors_of(ctx.doc, [t for o in handed for t in expand(o)],
                                         ctx.index))
    return Roles(sources, [t for t in targets if t.actor not in mine], match_mode(m, verb))


def _conveyed_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    concerns = lex.types[type_].concerns
    if type_ != "ACCUSE" or not concerns:
        return []
    return [[node("verb", {"LEMMA": in_(_WORDS.conveying_verbs), "POS": in_(VERB)}),
             node("trigger", {"LEMMA": in_(concerns), "POS": "NOUN", "DEP": "dobj"}, "verb")]]


# confidence: (right + 1) / (found + 2), news dev 3/5
@family("conveyed_concern", patterns=_conveyed_patterns, confidence=0.57, examples=(
    Example("Chile conveyed its concerns to Peru over the incident.", ("ACCUSE", "chile", "peru")),
    Example("Kenya raised concerns with Uganda about remarks by Nakato Museveni.",
            ("ACCUSE", "kenya", "nakato-museveni")),
))
def conveyed_concern(ctx: Context, m: Match) -> Roles | None:
    """'conveyed its concerns to X over the incident': a concern put to someone accuses the
    owner of what it is about, else the one it is put to (as a protest note does)."""
    verb, concern = m.nodes["verb"], m.trigger
    addressed = objects_of((verb, concern), _WORDS.addressee_preps)
    if not addressed:
        return None  # "voiced concern over X's remarks": the concern family's
    sources = source(ctx, verb)
    mine = {s.actor for s in sources}
    targets = [t for o in objects_of((verb, concern), _WORDS.concern_preps)
               for t in owners(ctx.doc, ctx.index, o)] or states_of(
        ctx, actors_of(ctx.doc, [t for o in addressed for t in expand(o)], ctx.index))
    return Roles(sources, [t for t in targets if t.actor not in mine], match_mode(m, verb))


def _of_protest(note: Token) -> bool:
    """'a protest note', 'a note of protest'."""
    return any((c.dep_ == "compound" and c.lemma_.lower() in _PROTESTS) or
               (c.dep_ == "prep" and c.lower_ in _WORDS.of_preps and any(
                   o.lemma_.lower() in _PROTESTS for o in c.children if o.dep_ == "pobj"))
               for c in note.children)
