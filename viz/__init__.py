"""The interactive HTML view of the actor graph (pyvis in ``html`` only; no spaCy here).

``explorer`` turns the graph into what is drawn, ``layout`` computes positions in Python and
``html`` writes the offline page; :func:`actorgraph.viz.html.write_html` is the entry point.
"""
