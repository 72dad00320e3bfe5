"""From article text to actors and relations: readers, spaCy components, extractors."""
