"""The Python API in one call: articles in, actor graph out (what ``actorgraph build`` does).

For notebooks and scripts: :func:`build` reads files, folders and JSONL like the command line,
extracts relations and returns the ``nx.MultiDiGraph`` that :mod:`actorgraph.graph.analysis`
works on; with ``out`` it also writes the output files, exactly as ``actorgraph build --out``.
:func:`load` reads such an output directory back.

>>> graph = build(["seeds/"], progress=False)        # doctest: +SKIP
>>> graph.number_of_nodes() > 0                     # doctest: +SKIP
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from actorgraph.engine.assemble import INSTANCE_LIMIT, Assembly
from actorgraph.graph.build import from_records
from actorgraph.graph.io import read_graph
from actorgraph.graph.model import Article
from actorgraph.progress import progress_bar

__all__ = ["build", "load"]

PathLike = str | Path


def _articles(inputs: PathLike | Article | Iterable[PathLike | Article],
              date: str | None) -> Iterator[Article]:
    """Articles from paths (files, folders, .jsonl) and ready-made Articles, in order."""
    from actorgraph.extract.readers import read_inputs

    items = [inputs] if isinstance(inputs, (str, Path, Article)) else list(inputs)
    for item in items:
        if isinstance(item, Article):
            yield item
        else:
            yield from read_inputs([Path(item)], date=date)


def build(inputs: PathLike | Article | Iterable[PathLike | Article], *,
          out: PathLike | None = None, date: str | None = None, model: str | None = None,
          gazetteers: Iterable[PathLike] = (), include_negated: bool = False,
          progress: bool = True, batch_size: int = 32,
          collapse_above: int = INSTANCE_LIMIT) -> nx.MultiDiGraph:
    """Extract actors and relations from ``inputs`` and return the actor graph.

    ``inputs`` are paths (a .txt, .jsonl or saved .html file, or a folder of them) or
    :class:`~actorgraph.graph.model.Article` objects. ``date`` (YYYY-MM-DD) is given to
    articles read from paths; ``progress`` shows a bar counting articles.

    Without ``out`` the graph holds every relation instance, built in memory. With ``out``
    the files of ``actorgraph build --out`` are written there too (all of them or none) and
    the graph returned is the one written to ``graph.json``, which :func:`load` reads back:
    every relation instance up to ``collapse_above`` of them, above that the collapsed graph
    (one edge per source, type and target, with its ``count``; the functions of
    :mod:`actorgraph.graph.analysis` read both). As with the command, a build into ``out``
    needs at least one article: no article raises :class:`InputError` and writes nothing,
    where a build without ``out`` returns an empty graph.
    """
    from actorgraph.engine.executors import SerialExecutor
    from actorgraph.engine.worker import PipelineSpec, pipeline
    from actorgraph.pipeline import build_directory, build_records

    spec = PipelineSpec(model, tuple(str(g) for g in gazetteers))
    articles = _articles(inputs, date)
    with progress_bar(progress, transient=False) as advance:
        if out is not None:
            assembly = Assembly(include_negated=include_negated, instance_limit=collapse_above)
            executor = SerialExecutor(pipeline(spec), batch_size)
            return build_directory(articles, Path(out), executor, spec, assembly=assembly,
                                   progress=advance).graph
        result = build_records(articles, pipeline(spec), batch_size, progress=advance)
    return from_records(result.actors, result.relations, include_negated=include_negated)


def load(path: PathLike) -> nx.MultiDiGraph:
    """The graph of an earlier build: its output directory or its ``graph.json``."""
    return read_graph(Path(path))
