"""Every pattern family, in one place: importing a family module registers its families.

To add a family, write it in a module of this package (or a new module listed here), with
its lexicon entries and examples; see "Adding a pattern family" in CONTRIBUTING.md.
"""

from __future__ import annotations

from actorgraph.extract.rules import (
    clauses,
    consequences,
    critics,
    defiance,
    diplomacy,
    disapproval,
    engagements,
    evaluation,
    implicit,
    labels,
    measures,
    nominal,
    notes,
    resolution,
    speech_acts,
    strain,
    threats,
    trade,
    ultimatums,
    unowned,
    verbs,
)
from actorgraph.extract.rules.registry import REGISTRY, Family

__all__ = ["FAMILIES", "MODULES"]

MODULES = (verbs, clauses, nominal, labels, speech_acts, threats, evaluation, diplomacy,
           notes, measures, trade, implicit, disapproval, consequences, resolution, unowned,
           critics, defiance, strain, engagements, ultimatums)
FAMILIES: dict[str, Family] = dict(sorted(REGISTRY.items()))
