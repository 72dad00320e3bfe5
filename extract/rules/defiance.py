"""Acting against someone's warning or objection: the warning threatened, the objection accused.

- ``defied``  "Ireland recognised Kosovo despite warnings from Serbia", "the drilling began
              in defiance of a warning by Y", "X returned, defying Y's ultimatum": whoever
              warned threatened whoever acted; "despite Indian objections", "ignoring Y's
              protests": whoever objected accused whoever acted
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.phrases import objects_of
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
from actorgraph.extract.rules.roles import passive_agents
from actorgraph.extract.speech import actors_of, expand
from actorgraph.extract.subjects import subject_of

__all__ = ["defied"]

_WORDS = lexicon().words
_OWNERS = ("poss", "compound", "amod", "nmod")
_DEFIED = {"THREATEN": _WORDS.defied_warnings, "ACCUSE": _WORDS.defied_objections}


def _defied_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ not in _DEFIED:
        return []
    noun = {"LEMMA": in_(_DEFIED[type_]), "POS": "NOUN"}
    return [[node("trigger", {**noun, "DEP": "pobj"}),
             node("anchor", {"LOWER": in_(_WORDS.defiance_preps)}, "trigger", "<")],
            [node("trigger", {**noun, "DEP": "dobj"}),
             node("anchor", {"LEMMA": in_(_WORDS.defying_verbs), "POS": in_(VERB)},
                  "trigger", "<")],
            [node("trigger", {**noun, "DEP": "pobj"}),
             node("of", {"LOWER": in_(lex.words.of_preps)}, "trigger", "<"),
             node("anchor", {"LEMMA": in_(_WORDS.defiance_nouns)}, "of", "<")]]


# confidence: (right + 1) / (found + 2), news dev 5/10 (all types)
@family("defied", patterns=_defied_patterns, confidence=0.50, examples=(
    Example("Ireland recognised Kosovo despite warnings from the Serbian government.",
            ("THREATEN", "serbia", "ireland")),
    Example("Chile started drilling in defiance of a warning by Peru.",
            ("THREATEN", "peru", "chile")),
    Example("Three Russian warships docked in Tartus despite Turkish objections.",
            ("ACCUSE", "turkey", "russia")),
    Example("Ghana, ignoring Togo's protests, closed the border.", ("ACCUSE", "togo", "ghana")),
))
def defied(ctx: Context, m: Match) -> Roles | None:
    """'Y acted despite X's warnings': X threatened Y; 'despite X's objections': X accused Y.
    A warning to do something ('warnings to respect the vote') asks, it does not threaten."""
    noun, anchor = m.trigger, m.nodes["anchor"]
    after = ctx.doc[noun.i + 1] if noun.i + 1 < len(ctx.doc) else noun
    if m.type == "THREATEN" and after.lower_ in _WORDS.infinitive_markers and \
            after.head.pos_ in VERB:  # wherever the parser hangs the infinitive
        return None
    warners = [c for c in noun.children if c.dep_ in _OWNERS] + \
        objects_of([noun], _WORDS.warner_preps)
    own = ctx.index.get(noun.i)  # "despite the opposition": a party, not an objection's owner
    sources = [s for s in actors_of(ctx.doc, [t for w in warners for t in expand(w)], ctx.index)
               if own is None or s.actor != own.actor]
    acting = _acting(anchor)
    if not sources or acting is None:
        return None
    if acting.lemma_.lower() in ctx.look.speech:  # "X will do it, Y said, despite ...": X
        acting = next((c for c in acting.children if c.dep_ == "ccomp"), acting)
    mine = {s.actor for s in sources}
    doers = passive_agents(ctx, acting) or actors_of(ctx.doc, subject_of(acting), ctx.index)
    return Roles(sources, [d for d in doers if d.actor not in mine])


def _acting(anchor: Token) -> Token | None:
    """The verb done against the warning: the one 'despite' or 'in defiance of' hangs on
    (past the nouns the parser may hang it on: 'drilled in the area in defiance of ...'), or
    the defying verb itself (a participle shares its clause's subject)."""
    token = anchor
    for _ in range(6):
        if token.pos_ in VERB:
            return token
        if token.dep_ not in ("prep", "pobj") or token.head == token:
            return None
        token = token.head
    return None
