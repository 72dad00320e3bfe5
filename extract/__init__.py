"""From article text to actors and relations: readers, spaCy components, extractors."""

if __name__ != "actorgraph.extract":  # e.g. `import extract` from the repository root
    raise ImportError(f"import actorgraph.extract, not {__name__}: the folder extract/ is "
                      "the package actorgraph.extract (pip install -e . puts it there)")
