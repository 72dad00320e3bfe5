"""The relation types' colours, defined once in ``data/palette.json`` for the explorer and the
figures alike, so ACCUSE is the same red on the page and in a notebook.

>>> colour("SUPPORT") == TYPE_COLOURS["SUPPORT"], colour("NO SUCH TYPE") == OTHER_COLOUR
(True, True)
"""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["OTHER_COLOUR", "TYPE_COLOURS", "colour"]

_PALETTE = json.loads((Path(__file__).resolve().parent / "data" / "palette.json")
                      .read_text(encoding="utf-8"))
TYPE_COLOURS: dict[str, str] = dict(_PALETTE["types"])
OTHER_COLOUR: str = _PALETTE["other"]


def colour(relation_type: str) -> str:
    """The colour of a relation type (grey for a type the palette does not know)."""
    return TYPE_COLOURS.get(relation_type, OTHER_COLOUR)
