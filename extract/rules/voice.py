"""Who speaks for whom: a state's word is also its speaker's, and its office's word is the
state's.

"Minister Ana Rojas said Chile condemns Peru's raid": Chile condemns, and so does the minister
who says it (the speaker is the source of a verbal event); "Chile's foreign ministry condemned
Peru" is Chile's condemnation as much as the ministry's. Only a speaker of the named state's
own country is added: "Rojas said Bolivia accused Peru" reports Bolivia's accusation, it makes
none of hers. A person is not taken for their state: a minister may speak for a party or for
themselves.
"""

from __future__ import annotations

from dataclasses import replace

from actorgraph.extract.rules.registry import Context, Match, Roles
from actorgraph.extract.rules.roles import reported
from actorgraph.extract.rules.standing import state_governments
from actorgraph.extract.speech import speaker

__all__ = ["spoken_by"]

_SPOKEN = ("ACCUSE", "THREATEN")  # verbal events; a deed is the state's own
_STATE, _OFFICE, _PERSON, _GOV = "GOVERNMENT", "ORGANIZATION", "PERSON", "GOV"


def spoken_by(ctx: Context, m: Match, roles: Roles) -> Roles:
    """The roles with the speaker added beside the state their reported words name, and the
    state beside its office."""
    if m.type not in _SPOKEN or len(roles.sources) != 1:
        return roles
    actors = ctx.doc._.actors or {}
    source = actors.get(roles.sources[0].actor)
    if source is None or source.country is None:
        return roles
    if source.kind == _OFFICE and source.sector == _GOV:
        state = state_governments(ctx, roles.sources).get(source.country)
        added = [state] if state is not None else []
    elif source.kind == _STATE and reported(m.trigger, ctx.look.speech):
        added = [p for p in speaker(ctx.doc, m.trigger, ctx.index, ctx.look.speech)
                 if getattr(actors.get(p.actor), "kind", None) == _PERSON
                 and getattr(actors.get(p.actor), "country", None) == source.country]
        added = added if len(added) == 1 else []
    else:
        return roles
    if not added or any(getattr(actors.get(t.actor), "kind", None) == _STATE and
                        getattr(actors.get(t.actor), "country", None) == source.country
                        for t in roles.targets):
        return roles  # a state's own body or speaker never acts on that state
    return replace(roles, sources=[*roles.sources, *added])
