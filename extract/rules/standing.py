"""Who stands for a state: a person or body of a state stands for its government.

"Chile summoned the Peruvian envoy" protests to Peru; the government is the one the article
names, or, when it names none apart ("summoned Turkey's ambassador"), the state the person or
body belongs to, standing where they are named.
"""

from __future__ import annotations

from dataclasses import replace

from actorgraph.extract.coref import NAMING
from actorgraph.extract.rules.registry import Context
from actorgraph.graph.model import Mention

__all__ = ["state_governments", "states_of"]


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
