"""Who says it: the person who speaks for a state also makes what they say.

"Minister Ana Rojas said Chile condemns Peru's raid": Chile condemns, and so does the minister
who says it (PLOVER and the news gold take the speaker as the source of a verbal event, the
state as the source of its stated position). Only a speaker of the named state's own country
is added: "Rojas said Bolivia accused Peru" reports Bolivia's accusation, it makes none of
hers.
"""

from __future__ import annotations

from dataclasses import replace

from actorgraph.extract.rules.registry import Context, Match, Roles
from actorgraph.extract.rules.roles import reported
from actorgraph.extract.speech import speaker

__all__ = ["spoken_by"]

_SPOKEN = ("ACCUSE", "THREATEN")  # verbal events; a deed is the state's own
_STATE, _PERSON = "GOVERNMENT", "PERSON"


def spoken_by(ctx: Context, m: Match, roles: Roles) -> Roles:
    """The roles with the speaker added beside the state their reported words name."""
    if m.type not in _SPOKEN or len(roles.sources) != 1:
        return roles
    actors = ctx.doc._.actors or {}
    state = actors.get(roles.sources[0].actor)
    if state is None or state.kind != _STATE or state.country is None or \
            not reported(m.trigger, ctx.look.speech):
        return roles
    people = [p for p in speaker(ctx.doc, m.trigger, ctx.index, ctx.look.speech)
              if getattr(actors.get(p.actor), "kind", None) == _PERSON
              and getattr(actors.get(p.actor), "country", None) == state.country]
    if len(people) != 1:
        return roles
    return replace(roles, sources=[*roles.sources, *people],
                   targets=[t for t in roles.targets if t.actor != state.id])
