"""Figures for the analysis tables: a who-to-whom heatmap, ranked bars and a timeline.

matplotlib is part of the ``analysis`` extra and is imported only when a function runs. Each
function draws on a new figure sized to its data (so 40 actor names stay legible), labels its
axes, and returns the figure. :func:`save_figure` writes a PNG when ``ACTORGRAPH_FIGURES`` names
a directory, so a notebook run in the tests leaves its figures behind to be looked at.

>>> import pandas as pd
>>> m = pd.DataFrame([[2, 0], [1, 1]], index=["Iran", "Israel"], columns=["Israel", "Iran"])
>>> fig = plot_matrix(m, title="ACCUSE")
>>> fig.axes[0].get_xlabel()
'target'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actorgraph.graph.errors import ArgumentError
from actorgraph.viz.palette import colour

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

__all__ = ["FIGURES_ENV", "plot_matrix", "plot_timeline", "plot_top", "save_figure", "short"]

FIGURES_ENV = "ACTORGRAPH_FIGURES"
MAX_LABEL = 28


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError as err:
        raise ArgumentError("figures need matplotlib: pip install 'actorgraph[analysis]'") from err
    return plt


def short(label: Any, width: int = MAX_LABEL) -> str:
    """A tick label that fits: long actor names are cut with an ellipsis."""
    text = str(label)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def plot_matrix(matrix: pd.DataFrame, title: str = "", cmap: str = "Reds",
                xlabel: str | None = None, ylabel: str | None = None) -> Figure:
    """A heatmap of :func:`actorgraph.graph.analysis.matrix` with the count in each cell."""
    plt = _pyplot()
    rows, cols = matrix.shape
    fig, ax = plt.subplots(figsize=(max(4.5, 0.55 * cols + 3.0), max(3.0, 0.45 * rows + 2.0)))
    if matrix.empty:
        ax.text(0.5, 0.5, "no relations", ha="center", va="center", transform=ax.transAxes)
    else:
        image = ax.imshow(matrix.to_numpy(), cmap=cmap, vmin=0, aspect="auto")
        top = matrix.to_numpy().max()
        for (i, j), value in _cells(matrix):
            colour = "white" if value > top / 2 else "black"
            ax.text(j, i, str(value), ha="center", va="center", color=colour, fontsize=9)
        from matplotlib.ticker import MaxNLocator

        fig.colorbar(image, ax=ax, label="relations", shrink=0.8,
                     ticks=MaxNLocator(integer=True))
    ax.set_xticks(range(cols), [short(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(rows), [short(r) for r in matrix.index])
    ax.set_xlabel(xlabel or str(matrix.columns.name or "target"))
    ax.set_ylabel(ylabel or str(matrix.index.name or "source"))
    ax.set_title(title)
    fig.tight_layout()
    return fig


def _cells(matrix: pd.DataFrame) -> list[tuple[tuple[int, int], int]]:
    values = matrix.to_numpy()
    return [((i, j), int(values[i, j])) for i in range(values.shape[0])
            for j in range(values.shape[1]) if values[i, j]]


def plot_top(table: pd.DataFrame, title: str = "", value: str = "relations",
             xlabel: str = "relations") -> Figure:
    """Horizontal bars of a :func:`~actorgraph.graph.analysis.top_sources`-style table."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.5, max(2.5, 0.4 * len(table) + 1.2)))
    ax.barh([short(x) for x in table["label"]][::-1], list(table[value])[::-1], color="#b2182b")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("actor")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_timeline(counts: pd.DataFrame, title: str = "", xlabel: str = "article date") -> Figure:
    """Stacked bars of :func:`~actorgraph.graph.analysis.relations_over_time`, one per period."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(max(5.0, 0.35 * len(counts) + 2.5), 3.5))
    bottom = [0] * len(counts)
    days = [p.strftime("%Y-%m-%d") for p in counts.index]
    for kind in counts.columns:
        ax.bar(days, counts[kind], bottom=bottom, label=str(kind), width=0.7,
               color=colour(str(kind)))
        bottom = [b + int(c) for b, c in zip(bottom, counts[kind], strict=True)]
    if counts.empty:
        ax.text(0.5, 0.5, "no dated relations", ha="center", va="center", transform=ax.transAxes)
    else:
        ax.legend(title="type", fontsize=8, bbox_to_anchor=(1.01, 1), loc="upper left")
        ax.set_ylim(0, max(bottom) * 1.1)  # headroom above the tallest bar
    ax.set_xlim(-0.75, max(len(counts), 1) - 0.25)  # one day is one bar, not a wall
    ax.tick_params(axis="x", labelrotation=45)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("relations")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def save_figure(fig: Figure, name: str, directory: str | Path | None = None) -> Path | None:
    """Write ``fig`` as ``name``.png into ``directory`` or ``$ACTORGRAPH_FIGURES``, if either.

    Returns the path written, or None when no directory was asked for.
    """
    target = directory or os.environ.get(FIGURES_ENV)
    if not target:
        return None
    path = Path(target) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110, bbox_inches="tight")
    return path
