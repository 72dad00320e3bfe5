"""Records, the actor graph, its exports and queries (no spaCy, no pyvis here)."""

from actorgraph.graph.build import collapse, from_records, to_records
from actorgraph.graph.errors import ActorgraphError, InputError, OutputError
from actorgraph.graph.model import Actor, Article, Evidence, Mention, Relation

__all__ = [
    "Actor",
    "ActorgraphError",
    "Article",
    "Evidence",
    "InputError",
    "Mention",
    "OutputError",
    "Relation",
    "collapse",
    "from_records",
    "to_records",
]
