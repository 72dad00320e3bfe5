"""One progress bar for long work (rich), in a terminal and in a notebook alike.

>>> with progress_bar(enabled=False) as advance:
...     advance is None
True
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

__all__ = ["progress_bar"]


@contextlib.contextmanager
def progress_bar(enabled: bool = True, label: str = "articles", transient: bool = True
                 ) -> Iterator[Callable[[object], None] | None]:
    """Yield a callback that advances a bar counting ``label`` (None when not ``enabled``);
    a ``transient`` bar is erased when the work is done."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=transient) as bar:
        task = bar.add_task(label, total=None)
        yield lambda _item: bar.advance(task)
