"""Partitions of articles: cutting the stream, keeping a bounded window in flight, naming
a partition that failed. Shared by every executor (no executor imports another).

>>> [len(b) for b in batched("abcde", 2)]
[2, 2, 1]
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future

from actorgraph.engine.records import ArticleRecord, PipelineSpec
from actorgraph.graph.errors import ActorgraphError
from actorgraph.graph.model import Article

__all__ = ["ExtractionError", "Extractor", "batched", "describe", "ordered_window"]

Extractor = Callable[[PipelineSpec, Sequence[Article], int], list[ArticleRecord]]


class ExtractionError(ActorgraphError):
    """A partition could not be extracted (its worker died or kept failing)."""


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def describe(batch: Sequence[Article]) -> str:
    """A partition as the user knows it: its first and last article ids."""
    if len(batch) == 1:
        return f"article {batch[0].id!r}"
    return f"{len(batch)} articles {batch[0].id!r}..{batch[-1].id!r}"


def ordered_window(batches: Iterable[list[Article]],
                   submit: Callable[[list[Article]], Future[list[ArticleRecord]]],
                   collect: Callable[[Future[list[ArticleRecord]], list[Article]],
                                     list[ArticleRecord]],
                   window: int) -> Iterator[ArticleRecord]:
    """Keep at most ``window`` partitions in flight; yield their records in input order."""
    pending: deque[tuple[Future[list[ArticleRecord]], list[Article]]] = deque()
    for batch in batches:
        pending.append((submit(batch), batch))
        if len(pending) >= window:
            yield from collect(*pending.popleft())
    while pending:
        yield from collect(*pending.popleft())


