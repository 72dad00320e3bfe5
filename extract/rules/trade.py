"""Trade and travel measures named by what they stop, not by a party.

- ``goods_origin``     "banned imports of maize grown in X", "duties on Chinese-made cars",
                       "banned Israeli-flagged ships from docking": the state the goods come
                       from
- ``closed_channel``   "shut its borders with X", "paused flights to X", "stopped issuing
                       visas to X", "the closure of its border with X", "ended loans meant
                       for X": the state a channel between them is closed to
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.rules.registry import (
    NOMINAL,
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
from actorgraph.extract.rules.roles import doer, match_mode, owner, source, union
from actorgraph.extract.rules.threats import others
from actorgraph.extract.speech import actors_of, expand

__all__ = ["closed_channel", "goods_origin"]

_WORDS = lexicon().words


def _origin_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if type_ != "SANCTION":
        return []
    return [[node("trigger", {"LEMMA": in_(cues.verbs), "POS": in_(VERB)})],
            [node("trigger", {"LEMMA": in_(cues.nouns), "POS": in_(NOMINAL)})]]


# confidence: (right + 1) / (found + 2), news dev 3/3
@family("goods_origin", patterns=_origin_patterns, confidence=0.80, examples=(
    Example("Kenya banned the sale of maize imported from Uganda.",
            ("SANCTION", "kenya", "uganda")),
    Example("Peru imposed import bans on wool, leather and beef shipped from Bolivia.",
            ("SANCTION", "peru", "bolivia")),
))
def goods_origin(ctx: Context, m: Match) -> Roles | None:
    """A trade measure that names goods, not a party: the state the goods come from
    ('maize grown in X', 'beef shipped from X')."""
    trigger = m.trigger
    verb = trigger.pos_ in VERB
    holders = [trigger] if verb or trigger.dep_ not in ("dobj", "nsubjpass") else \
        [trigger, trigger.head]
    roots = [c for h in holders for c in h.children
             if (c.dep_ in ("dobj", "prep", "dative") or _shipped(c)) and c != trigger]
    named = [t for r in roots if r.dep_ != "prep" for t in expand(r)] + [
        t for r in roots if r.dep_ == "prep" for o in r.children if o.dep_ == "pobj"
        and not _is_origin(o, trigger) and not (_of_origin(o, trigger) and o.i not in ctx.index)
        for t in expand(o)]
    if actors_of(ctx.doc, named, ctx.index):
        return None  # the measure names its party: the verb and noun families' reading
    actors = ctx.doc._.actors or {}
    # "wine from X", "Moldovan wine"; not "Israeli ministers", one mention: people, not goods
    origins = [ctx.index[t.i] for r in roots for t in _phrase(r)
               if t.i in ctx.index and _is_origin(t, trigger)
               and ctx.index.get(t.head.i) != ctx.index[t.i]
               and getattr(actors.get(ctx.index[t.i].actor), "kind", None) == "GOVERNMENT"]
    if not origins:
        return None
    sources = source(ctx, trigger) if verb else owner(ctx, trigger, m.type)
    own = {getattr(actors.get(s.actor), "country", None) for s in sources}  # not one's own
    return Roles(sources, union([o for o in origins if actors[o.actor].country not in own]),
                 match_mode(m, trigger))


def _phrase(root: Token) -> list[Token]:
    """The tokens of a phrase, not of the clauses inside it."""
    found, stack = [], [root]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if _shipped(c) or
                     c.dep_ not in ("relcl", "advcl", "ccomp", "parataxis", "nsubj"))

    return found


def _of_origin(goods: Token, trigger: Token) -> bool:
    """'imports of Moldovan wine': goods named with where they come from, not a party."""
    return any(c.dep_ in ("amod", "compound") and _is_origin(c, trigger)
               for c in goods.children)


def _shipped(token: Token) -> bool:
    """A participle of where goods come from, wherever the parser hung it ('shipped from')."""
    return token.dep_ in ("advcl", "acl", "relcl") and token.tag_ == "VBN" and \
        token.lemma_.lower() in _WORDS.origin_verbs


def _is_origin(token: Token, trigger: Token) -> bool:
    """'from X' after goods or a shipping verb, 'originating in X': where goods come from
    ('sanctions from X' name who imposes them)."""
    prep = token.head
    if token.dep_ in ("amod", "compound") and prep.head.lower_ in _WORDS.of_preps:
        # "imports of Egyptian fruit"
        return True
    if token.dep_ in ("amod", "npadvmod") and prep.dep_ == "amod" and \
            prep.lemma_.lower() in _WORDS.origin_verbs:  # "Chinese-made", "Israeli-flagged"
        return True
    if token.dep_ != "pobj":
        return False
    before = token.doc[prep.i - 1]
    if prep.lower_ in _WORDS.exclusion_preps and (
            before.lower_ in _WORDS.goods_nouns or before.lemma_.lower() in _WORDS.goods_nouns):
        return True  # "tariffs on goods from X", however the parser hung "from X"
    if prep.head == trigger:
        return False
    held = prep.head
    if prep.lower_ in _WORDS.exclusion_preps:
        return held.pos_ in NOMINAL or held.lemma_.lower() in _WORDS.origin_verbs
    return prep.lower_ in _WORDS.locative_preps and held.lemma_.lower() in _WORDS.origin_verbs


def _channel_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    words = lex.words
    closing = {"LEMMA": in_(words.channel_verbs), "POS": in_(VERB)}
    channel = {"LEMMA": in_(words.channel_nouns), "DEP": "dobj"}
    prep = {"DEP": "prep", "LOWER": in_(words.channel_preps)}
    issuing = {"LEMMA": in_(words.issuing_verbs), "DEP": "xcomp", "TAG": "VBG"}
    closed = [node("trigger", closing), node("channel", channel, "trigger")]
    issued = [node("trigger", closing), node("act", issuing, "trigger"),  # "stopped issuing"
              node("channel", channel, "act")]
    # "the closure of its border with X"
    closure = [node("trigger", {"LEMMA": in_(words.closing_nouns), "POS": "NOUN"}),
               node("of", {"DEP": "prep", "LOWER": in_(words.of_preps)}, "trigger"),
               node("channel", {"LEMMA": in_(words.channel_nouns), "DEP": "pobj"}, "of")]
    # the preposition on the channel ("flights to X") or on the verb ("shut borders with X")
    patterns = [[*start, node("prep", prep, holder), node("target", {"DEP": "pobj"}, "prep")]
                for start in (closed, issued) for holder in (start[-1]["RIGHT_ID"],
                                                              start[-2]["RIGHT_ID"])]
    # "loans meant for X", "flights bound for X": on a participle of the channel
    patterns += [[*start, node("held", {"DEP": "acl", "TAG": "VBN"}, "channel"),
                  node("prep", prep, "held"), node("target", {"DEP": "pobj"}, "prep")]
                 for start in (closed, issued, closure)]
    return [*patterns, [*closure, node("prep", prep, "channel"),
                        node("target", {"DEP": "pobj"}, "prep")]]


# confidence: (right + 1) / (found + 2), news dev 7/10
@family("closed_channel", patterns=_channel_patterns, confidence=0.67, examples=(
    Example("Chile has shut all land and sea borders with Peru.",
            ("SANCTION", "chile", "peru")),
    Example("Chile paused flights to Bolivia on Monday.", ("SANCTION", "chile", "bolivia")),
    Example("Chile stopped issuing visas to Bolivia in March.",
            ("SANCTION", "chile", "bolivia")),
    Example("Chile announced the closure of its border with Peru.",
            ("SANCTION", "chile", "peru")),
    Example("Chile ended all loans meant for Bolivia.", ("SANCTION", "chile", "bolivia")),
))
def closed_channel(ctx: Context, m: Match) -> Roles | None:
    """A border, flights, visas or aid closed or stopped to a state: that state."""
    target = m.nodes["target"]
    if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" for c in target.children):
        return None  # "closing its embassy, with its minister accusing X": a clause beside
    trigger = m.trigger
    sources = doer(ctx, trigger)
    targets = actors_of(ctx.doc, expand(target), ctx.index)
    return Roles(sources, others(ctx, sources, targets), match_mode(m, trigger))
