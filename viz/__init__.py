"""The interactive HTML view of the actor graph (pyvis in ``html`` only; no spaCy here).

``explorer`` turns the graph into what is drawn, ``layout`` computes positions in Python and
``html`` writes the offline page; :func:`actorgraph.viz.html.write_html` is the entry point.
"""

if __name__ != "actorgraph.viz":  # e.g. `import viz` from the repository root
    raise ImportError(f"import actorgraph.viz, not {__name__}: the folder viz/ is "
                      "the package actorgraph.viz (pip install -e . puts it there)")
