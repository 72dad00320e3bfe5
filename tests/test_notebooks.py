"""The notebooks run top to bottom with nbclient, and are committed without outputs.

Each runs in its own temporary working directory with the seeds' path and a figure directory
in its environment; the PNGs are kept under ``tests/artifacts/notebooks`` (not committed) so
that every figure of a run can be looked at.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
FIGURES = ROOT / "tests" / "artifacts" / "notebooks"
KERNEL = "python3"


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def test_there_are_notebooks() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01_explore.ipynb", "02_sparql.ipynb",
                                           "03_your_corpus.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
             and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert not dirty, f"{path.name}: cells {dirty} have outputs or execution counts"


def _kernel_available() -> bool:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        return False
    return spec.language == "python"


@pytest.fixture(scope="session")
def kernel() -> str:
    """The python3 kernel spec; installed for this interpreter when the machine has none."""
    if not _kernel_available():
        import subprocess

        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--user",
                        "--name", KERNEL], check=True, capture_output=True)
    assert _kernel_available(), "no python3 Jupyter kernel"
    return KERNEL


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_runs(path: Path, kernel: str, tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    from nbclient import NotebookClient

    figures = FIGURES / path.stem
    shutil.rmtree(figures, ignore_errors=True)
    monkeypatch.setenv("ACTORGRAPH_SEEDS", str(ROOT / "seeds"))
    monkeypatch.setenv("ACTORGRAPH_FIGURES", str(figures))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the notebooks' temporary folders land here
    nb = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    NotebookClient(nb, timeout=300, kernel_name=kernel,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    elapsed = time.perf_counter() - started
    print(f"{path.name}: {elapsed:.1f} s")
    errors = [out for cell in nb.cells for out in cell.get("outputs", ())
              if out.get("output_type") == "error"]
    assert not errors
    pngs = sorted(p.name for p in figures.glob("*.png"))
    plotted = sum("plots.save_figure(" in cell.source for cell in nb.cells)
    assert len(pngs) == plotted, f"{path.name}: {plotted} figures saved, found {pngs}"
