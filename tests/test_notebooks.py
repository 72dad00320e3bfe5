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
    monkeypatch.setenv("ACTORGRAPH_SAMPLE", str(ROOT / "notebooks" / "data" / "seeds_dated.jsonl"))
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


README_COMMAND = ("jupyter nbconvert --to html --execute notebooks/01_explore.ipynb "
                  "--output-dir notebooks-html")


def test_readme_shows_how_to_see_a_notebook_run() -> None:
    assert README_COMMAND in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.notebook
def test_readme_command_writes_the_notebook_with_its_results(kernel: str, tmp_path: Path) -> None:
    """The README's command, as typed in the repository: an HTML page with tables and figures."""
    import shlex
    import subprocess

    command = shlex.split(README_COMMAND.replace("notebooks-html", str(tmp_path / "html")))
    done = subprocess.run([str(Path(sys.executable).parent / command[0]), *command[1:]],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    page = (tmp_path / "html" / "01_explore.html").read_text(encoding="utf-8")
    assert page.count("<img") >= 3 and "<table" in page and "Traceback" not in page


def test_sample_is_dated_over_several_days(nlp) -> None:  # type: ignore[no-untyped-def]
    """Notebook 01's sample makes a timeline of more than one bar."""
    from actorgraph.extract.readers import read_inputs
    from actorgraph.graph import analysis
    from actorgraph.graph.build import from_records
    from actorgraph.pipeline import build_records

    result = build_records(read_inputs([ROOT / "notebooks" / "data" / "seeds_dated.jsonl"]), nlp)
    days = analysis.relations_over_time(from_records(result.actors, result.relations), "day")
    assert len(days[days.sum(axis=1) > 0]) >= 4
