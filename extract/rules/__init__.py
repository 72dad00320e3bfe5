"""Pattern families of the rules.v1 extractor, one registered unit each.

What lives here: ``registry`` (what a family is, the ``family`` decorator), ``roles`` (role
helpers the fillers share), one module per family group (``verbs``, ``clauses``, ``nominal``,
``labels``, ``speech_acts``, ``threats``), ``catalog`` (every family, in one place),
``matcher`` (the patterns compiled and found) and ``postpass`` (light verbs, retyping and
matrix events over a Doc's matches). Modules here import the lexicon, ``negation`` and
``speech`` of ``extract``, and ``graph``'s records; nothing imports ``relations``.
"""
