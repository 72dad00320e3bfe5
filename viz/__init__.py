"""The interactive HTML view of the actor graph (pyvis; no spaCy here)."""
