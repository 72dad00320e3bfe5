"""The Dask executor: partitions of articles extracted on a Dask cluster, merged in order.

The driver reads the articles lazily, submits one task per partition (``batch_size``
articles: one task per article would cost more in scheduling than a short article costs to
parse) and keeps a bounded window of tasks in flight. Each task is a call of the importable
:func:`actorgraph.engine.worker.extract_batch`, so a worker loads the spaCy pipeline once and keeps
it; the driver yields records in input order, which makes the result independent of which
worker ran what. When a worker dies, the scheduler reruns its tasks elsewhere (up to
``distributed.scheduler.allowed-failures`` times); after that the partition is reported as an
:class:`~actorgraph.engine.partitions.ExtractionError`, never dropped.

Without ``scheduler`` a ``LocalCluster`` of ``workers`` single-threaded processes is started
and stopped with the run; with it, the run connects to an existing scheduler.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from actorgraph.engine.partitions import (
    ExtractionError,
    Extractor,
    batched,
    describe,
    ordered_window,
)
from actorgraph.engine.worker import ArticleRecord, PipelineSpec, extract_batch
from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.model import Article

__all__ = ["DaskExecutor"]


class DaskExecutor:
    """Run :func:`~actorgraph.engine.worker.extract_batch` on a Dask cluster, by partition."""

    def __init__(self, spec: PipelineSpec, scheduler: str | None = None, workers: int = 2,
                 batch_size: int = 32, extract: Extractor = extract_batch,
                 window: int | None = None) -> None:
        self.spec, self.scheduler, self.workers = spec, scheduler, workers
        self.batch_size, self.extract = batch_size, extract
        self.window = window

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        with self._client() as client:
            run_id = uuid.uuid4().hex[:12]
            counter = iter(range(1 << 62))
            threads = sum(client.nthreads().values())  # every worker thread kept busy
            window = self.window or 2 * max(1, threads)

            def submit(batch: list[Article]) -> Any:
                return client.submit(self.extract, self.spec, batch, self.batch_size,
                                     key=f"actorgraph-extract-{run_id}-{next(counter)}",
                                     pure=False)

            yield from ordered_window(batched(articles, self.batch_size), submit, _collect,
                                      window)

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
        """``fn`` over ``items`` on the workers; only the (small) results come back."""
        with self._client() as client:
            futures = client.map(fn, list(items), pure=False)
            return list(client.gather(futures))

    @contextlib.contextmanager
    def _client(self) -> Iterator[Any]:
        from distributed import Client, LocalCluster

        if self.scheduler is None:
            with LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
                    Client(cluster) as client:
                yield client
            return
        try:
            client = Client(self.scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as err:
            raise ArgumentError(f"cannot reach the Dask scheduler at {self.scheduler}: "
                             f"{err}") from err
        with client:
            yield client


def _collect(future: Any, batch: Sequence[Article]) -> list[ArticleRecord]:
    from distributed import KilledWorker

    try:
        records: list[ArticleRecord] = future.result()
    except KilledWorker as err:
        raise ExtractionError(f"Dask workers kept dying while extracting {describe(batch)} "
                              "(the partition was retried and then given up); nothing was "
                              "written") from err
    finally:
        future.release()
    return records
