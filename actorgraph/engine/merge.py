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
from typing import Any

from actorgraph.graph.model import Actor

__all__ = ["SUMMARY_SQL", "ActorMerger"]

_OPTIONAL = ("country", "sector", "wikidata")
# The same rules in SQL, over a table ``actors`` of (doc, actor fields) rows: one row per id.
SUMMARY_SQL = ("SELECT id, min(doc) AS first_doc, arg_min(label, doc) AS label, "
               "arg_min(kind, doc) AS kind, "
               + "".join(f"min(doc) FILTER (WHERE {n} IS NOT NULL) AS {n}_doc, "
                         f"arg_min({n}, doc) FILTER (WHERE {n} IS NOT NULL) AS {n}, "
                         for n in _OPTIONAL)
               + "list_distinct(flatten(list(aliases))) AS aliases, "
               "list_distinct(flatten(list(merged_from))) AS merged_from, "
               "sum(mentions) AS mentions FROM actors GROUP BY id")


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

    @classmethod
    def of_summary(cls, row: dict[str, Any]) -> _Merged:
        """From one row of a per-shard SQL summary (see :data:`SUMMARY_SQL`)."""
        optional = {name: (row[f"{name}_doc"], row[name]) for name in _OPTIONAL
                    if row[name] is not None}
        reasons = {(m["alias"], m["reason"]) for m in row["merged_from"] or ()}
        return cls((row["first_doc"], Actor(row["id"], row["label"], row["kind"])), optional,
                   set(row["aliases"] or ()), reasons, int(row["mentions"] or 0))

    def absorb(self, other: _Merged) -> None:
        """Add what another merge of the same id saw (in other articles)."""
        self.first = min(self.first, other.first, key=lambda pair: pair[0])
        for name, (doc, value) in other.optional.items():
            if name not in self.optional or doc < self.optional[name][0]:
                self.optional[name] = (doc, value)
        self.aliases |= other.aliases
        self.reasons |= other.reasons
        self.mentions += other.mentions

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

    def add_summaries(self, rows: Iterable[dict[str, Any]]) -> None:
        """Add actors already merged per id by :data:`SUMMARY_SQL` (one shard of Parquet)."""
        for row in rows:
            theirs = _Merged.of_summary(row)
            mine = self._merged.get(row["id"])
            if mine is None:
                self._merged[row["id"]] = theirs
            else:
                mine.absorb(theirs)

    def update(self, other: ActorMerger) -> None:
        """Add the actors another merger holds (the articles of another shard)."""
        for ident, theirs in other._merged.items():
            mine = self._merged.get(ident)
            if mine is None:
                self._merged[ident] = theirs
            else:
                mine.absorb(theirs)

    def actors(self, keep: set[str] | None = None) -> list[Actor]:
        """Merged actors sorted by id; generic groups only if in ``keep`` (ids in relations)."""
        keep = keep or set()
        return [self._merged[i].actor() for i in sorted(self._merged)
                if i in keep or self._merged[i].first[1].kind != "GROUP"]
