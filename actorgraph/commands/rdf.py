"""``actorgraph export`` and ``actorgraph validate``: the graph as RDF, checked by its shapes.

Exit codes of ``validate``: 0 the RDF conforms to the shapes; 1 it does not (the violations
are listed); 2 a usage error, also when pyshacl is not installed; 3 the input is not readable
or not RDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from actorgraph.commands.common import UsageError
from actorgraph.graph.errors import ActorgraphError, InputError
from actorgraph.graph.model import Article

__all__ = ["COMMANDS", "export", "parse_formats", "read_articles", "validate"]

_SHOWN = 10  # violations listed by ``validate``; the rest are counted


def parse_formats(values: list[str] | None) -> list[str]:
    """``["nt,trig", "json-ld"]`` -> ``["nt", "trig", "json-ld"]`` (repeatable, comma lists)."""
    from actorgraph.graph.rdf import normalize_format

    names = [n for value in values or () for n in value.split(",") if n.strip()]
    return list(dict.fromkeys(normalize_format(name) for name in names))


def read_articles(directory: Path) -> list[Article]:
    """Article metadata (title, URL, date) from a build's ``records/``, if it has them."""
    from actorgraph.graph.io import read_jsonl

    articles = []
    for part in sorted((directory / "records").glob("part-*.jsonl")):
        for number, data in read_jsonl(part):
            try:
                articles.append(Article.from_json({**data, "text": ""}))
            except (KeyError, TypeError) as err:
                raise InputError(f"{part}:{number}: not an article record: {err}") from err
    return articles


def export(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH",
                                          help="A build output directory, or its graph.json.")],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE",
                                      help="The RDF file to write.")],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="turtle, nt, json-ld, trig or nquads (TriG and N-Quads hold one "
             "named graph per article). Default: from --out's suffix, "
             "else turtle.")] = None,
    base_iri: Annotated[str, typer.Option(metavar="IRI", help="Base IRI of actors, relations and "
                                                              "articles.")] = "https://actorgraph.org/id/",
    include_negated: Annotated[bool, typer.Option(
        help="Keep negated relations, as build --include-negated does (a build output "
             "directory; a graph.json file holds what its build kept).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Write a saved graph as RDF (actors, relations with their evidence, articles).

    From a build output directory the RDF is streamed from its records/ as the build writes
    its own (memory holds the actors, not the relations); from a graph.json file (or a
    directory without Parquet records) it is made from the graph in memory.
    """
    from actorgraph.engine.assemble import Assembly, export_rdf
    from actorgraph.graph.fastrdf import write_rdf
    from actorgraph.graph.io import read_graph
    from actorgraph.graph.rdf import check_base, format_of, normalize_format
    from actorgraph.graph.records import table_files

    base = check_base(base_iri)
    if out.is_dir():
        raise UsageError(f"--out {out}: is a directory; give the RDF file to write")
    if fmt is not None:
        fmt = normalize_format(fmt)
    else:
        try:
            fmt = format_of(out)
        except InputError:
            fmt = "turtle"
    if graph.is_dir() and table_files(graph / "records", "relations"):
        summary = export_rdf(graph / "records", out, fmt,
                             Assembly(base=base, include_negated=include_negated))
        actors, relations = len(summary.actors()), summary.instances
    else:
        data = read_graph(graph)
        write_rdf(data, out, fmt, base, read_articles(graph) if graph.is_dir() else None)
        actors, relations = data.number_of_nodes(), data.number_of_edges()
    if not quiet:
        typer.echo(f"{actors} actors, {relations} relations -> {out} ({fmt})", err=True)


def _rdf_file(path: Path) -> Path:
    """A file as given; a build directory stands for its graph.ttl."""
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return path


def _short(iri: str) -> str:
    from actorgraph.graph.rdf import AG, SCHEMA

    for prefix, namespace in (("ag:", AG), ("schema:", SCHEMA),
                              ("prov:", "http://www.w3.org/ns/prov#"),
                              ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"),
                              ("skos:", "http://www.w3.org/2004/02/skos/core#")):
        if iri.startswith(str(namespace)):
            return prefix + iri[len(str(namespace)):]
    return iri


def validate(
    source: Annotated[Path, typer.Argument(metavar="SOURCE",
                                           help="An RDF file (.ttl, .nt, .jsonld, .trig, .nq) "
                                                "or a build output directory (its graph.ttl).")],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="The file's RDF format when its suffix does not say.")] = None,
) -> None:
    """Check RDF against actorgraph's SHACL shapes; exit 1 if it does not conform."""
    from actorgraph.graph.rdf import AG, RDF, read_rdf, union_graph, validate_rdf

    path = _rdf_file(source)
    rdf = union_graph(read_rdf(path, fmt))
    violations = validate_rdf(rdf)
    if not violations:
        actors = len(set(rdf.subjects(RDF.type, AG.Actor)))
        relations = len(set(rdf.subjects(RDF.type, AG.Relation)))
        typer.echo(f"{path}: conforms ({actors} actors, {relations} relations)")
        return
    count = f"{len(violations)} violation" + ("" if len(violations) == 1 else "s")
    typer.echo(f"{path}: does not conform: {count}")
    for v in violations[:_SHOWN]:
        typer.echo(f"  <{v.focus}> {_short(v.path)}: {v.message}")
    if len(violations) > _SHOWN:
        typer.echo(f"  ... and {len(violations) - _SHOWN} more")
    raise ActorgraphError(f"{path} does not conform to the shapes ({count})")


COMMANDS = (export, validate,)
