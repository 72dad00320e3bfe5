"""The CLI's commands, one module per concern; each lists its functions in ``COMMANDS`` and
``actorgraph.cli`` registers them. Commands import the library (graph, extract, viz), never
the CLI."""
