"""CLI commands beyond ``build``, one module per concern; importing a module registers it."""
