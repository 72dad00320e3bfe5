"""Every measurement of extraction quality lives here: relations, PLOVER sentences, news
excerpts and actor resolution.

``files`` reads gold files and build outputs and picks the scorer; ``relations``,
``sentences`` and ``news`` are the three scorers (pure functions over JSON records);
``scores`` holds the counts they share; ``resolution`` measures actor resolution with the spaCy
pipeline. This package may import ``actorgraph.graph`` and ``actorgraph.extract``; nothing in
``graph``, ``extract`` or ``viz`` imports it. Nothing here runs during a build.
"""

from __future__ import annotations

from actorgraph.evaluate.files import detect_mode, evaluate, load_gold, load_prediction
from actorgraph.evaluate.news import actor_fits, evaluate_news
from actorgraph.evaluate.relations import evaluate_relations
from actorgraph.evaluate.scores import CORE_TYPES, Report, Score, select_types
from actorgraph.evaluate.sentences import actor_matches, cameo_to_iso, evaluate_sentences

__all__ = ["CORE_TYPES", "Report", "Score", "actor_fits", "actor_matches", "cameo_to_iso",
           "detect_mode", "evaluate", "evaluate_news", "evaluate_relations",
           "evaluate_sentences", "load_gold", "load_prediction", "select_types"]
