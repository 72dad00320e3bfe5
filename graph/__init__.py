"""Records, the actor graph, its exports and queries (no spaCy, no pyvis here)."""

if __name__ != "actorgraph.graph":  # e.g. `import graph` from the repository root
    raise ImportError(f"import actorgraph.graph, not {__name__}: the folder graph/ is "
                      "the package actorgraph.graph (pip install -e . puts it there)")

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
