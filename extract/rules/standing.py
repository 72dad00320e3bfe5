"""Who stands for a state: a person or body of a state stands for its government.

"Chile summoned the Peruvian envoy" protests to Peru; the government is the one the article
names, or, when it names none apart ("summoned Turkey's ambassador"), the state the person or
body belongs to, standing where they are named. A measure on a state's nationals ("banned 300
Guatemalans") is a measure on the state.
"""

from __future__ import annotations

from dataclasses import replace

from actorgraph.extract.coref import NAMING
from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.rules.registry import Context, Match, Roles
from actorgraph.graph.model import Mention

__all__ = ["nationals_states", "state_governments", "states_of"]

_SANCTION, _PEOPLE = "SANCTION", "demonym group"  # a measure; a bare demonym's reason
_NATIONALS = lexicon().words.nationals_nouns


def state_governments(ctx: Context, found: list[Mention]) -> dict[str, Mention]:
    """The article's first mention of the government of each country that ``found`` belong to
    (a person or body standing for its state), by country."""
    actors = ctx.doc._.actors or {}
    countries = {getattr(actors.get(m.actor), "country", None) for m in found} - {None}
    governments: dict[str, Mention] = {}
    for mention in ctx.index.values():
        actor = actors.get(mention.actor)
        if actor is not None and actor.kind == "GOVERNMENT" and actor.country in countries:
            governments.setdefault(actor.country, mention)
    return governments


def states_of(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Each mention, or its state's government when it is a person or body of a state: the
    government the article names ('the Peruvian envoy' stands for Peru), else, for an unnamed
    one, the state standing where it is named ("summoned Turkey's ambassador")."""
    actors, states = ctx.doc._.actors or {}, ctx.doc._.states or {}
    governments = state_governments(ctx, found)
    standing = []
    for m in found:
        country = getattr(actors.get(m.actor), "country", None) or ""
        named = governments.get(country)
        if named is None and country in states and m.reason not in NAMING:
            named = replace(m, actor=states[country].id, reason="state")
        standing.append(named or m)
    return standing


def nationals_states(ctx: Context, m: Match, roles: Roles) -> Roles:
    """A measure on a state's nationals ('banned 300 Guatemalans', 'stopped issuing visas to
    Georgian citizens') is a measure on that state."""
    actors = ctx.doc._.actors or {}
    if m.type != _SANCTION:
        return roles
    nationals = [t for t in roles.targets if getattr(actors.get(t.actor), "country", None)
                 and _nationals(ctx, t)]
    if not nationals:
        return roles
    states = {n.actor: s for n, s in zip(nationals, states_of(ctx, nationals), strict=True)}
    return replace(roles, targets=list({s.actor: s for s in (
        states.get(t.actor, t) for t in roles.targets)}.values()))


def _nationals(ctx: Context, mention: Mention) -> bool:
    """'Guatemalans', 'Japanese citizens': a state's people as such, not its settlers,
    refugees or protesters."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return mention.reason == _PEOPLE or (span is not None and
                                         span.root.lemma_.lower() in _NATIONALS)
