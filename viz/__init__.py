"""Views of the actor graph: the interactive HTML explorer and the notebook figures.

``explorer`` turns the graph into what is drawn, ``layout`` computes positions in Python and
``html`` writes the offline page (pyvis in ``html`` only); :func:`actorgraph.viz.html.write_html`
is the entry point. ``plots`` draws the analysis tables with matplotlib, and ``palette`` holds
the relation types' colours both share. viz imports graph, never extract or spaCy.
"""

if __name__ != "actorgraph.viz":  # e.g. `import viz` from the repository root
    raise ImportError(f"import actorgraph.viz, not {__name__}: the folder viz/ is "
                      "the package actorgraph.viz (pip install -e . puts it there)")
