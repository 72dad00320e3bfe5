"""Merging per-article actors into one actor per id, independent of the order of arrival.

Ids are stable per actor, so merging is a union by id. To give the same bytes whatever the
executor, the number of processes, the partitioning or the order of incremental builds, every
field is chosen by a rule that does not depend on arrival order: label and kind come from the
article with the smallest id, country, sector and Wikidata id from the smallest article id
that has one; aliases and merge reasons are unions (sorted), mentions a sum. The merge is
incremental, so memory holds the merged actors only.

>>> from actorgraph.graph.model import Actor
>>> m = ActorMerger()
>>> m.add("b", [Actor("iran", "Tehran", "GOVERNMENT", aliases=("Tehran",), mentions=2)])
>>> m.add("a", [Actor("iran", "Iran", "GOVERNMENT", country="IRN", mentions=1)])
>>> [(a.label, a.country, a.aliases, a.mentions) for a in m.actors()]
[('Iran', 'IRN', ('Tehran',), 3)]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from actorgraph.graph.model import Actor

__all__ = ["ActorMerger"]

_OPTIONAL = ("country", "sector", "wikidata")


@dataclass
class _Merged:
    first: tuple[str, Actor]
    optional: dict[str, tuple[str, str]] = field(default_factory=dict)
    aliases: set[str] = field(default_factory=set)
    reasons: set[tuple[str, str]] = field(default_factory=set)
    mentions: int = 0

    def add(self, doc: str, actor: Actor) -> None:
        if doc < self.first[0]:
            self.first = (doc, actor)
        for name in _OPTIONAL:
            value = getattr(actor, name)
            if value is not None and (name not in self.optional or doc < self.optional[name][0]):
                self.optional[name] = (doc, value)
        self.aliases.update(actor.aliases)
        self.reasons.update(actor.merged_from)
        self.mentions += actor.mentions

    def actor(self) -> Actor:
        first = self.first[1]
        values = {name: self.optional[name][1] if name in self.optional else None
                  for name in _OPTIONAL}
        return Actor(first.id, first.label, first.kind, values["country"], values["sector"],
                     tuple(sorted(self.aliases)), self.mentions, values["wikidata"],
                     tuple(sorted(self.reasons)))


class ActorMerger:
    """Accumulates the actors of each article; :meth:`actors` gives the merged, sorted list."""

    def __init__(self) -> None:
        self._merged: dict[str, _Merged] = {}

    def add(self, doc: str, actors: Iterable[Actor]) -> None:
        """Add the actors of article ``doc``."""
        for actor in actors:
            merged = self._merged.get(actor.id)
            if merged is None:
                merged = self._merged[actor.id] = _Merged((doc, actor))
            merged.add(doc, actor)

    def actors(self, keep: set[str] | None = None) -> list[Actor]:
        """Merged actors sorted by id; generic groups only if in ``keep`` (ids in relations)."""
        keep = keep or set()
        return [self._merged[i].actor() for i in sorted(self._merged)
                if i in keep or self._merged[i].first[1].kind != "GROUP"]
