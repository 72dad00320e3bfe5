"""The extractor that every executor runs: articles in, plain per-article records out.

It lives in an importable module on purpose: Dask and multiprocessing ship a reference to
:func:`extract_batch`, never a closure, so the loaded spaCy pipeline is not pickled with each
task; each worker process loads it once (:func:`pipeline`) and keeps it for its lifetime.
Workers return :class:`ArticleRecord` objects rather than Docs because spaCy's own
``n_process`` transport (msgpack of ``Doc.user_data``) cannot carry our records.

>>> spec = PipelineSpec()
>>> [r.article.id for r in extract_batch(spec, [Article("a1", "Iran accused Israel.")])]
... # doctest: +SKIP
['a1']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any, cast

from spacy.language import Language
from spacy.util import raise_error

from actorgraph.engine.records import ArticleRecord, PipelineSpec, content_hash
from actorgraph.graph.model import Actor, Article, Relation

__all__ = ["ArticleRecord", "PipelineSpec", "content_hash", "extract_batch", "pipeline",
           "preload", "records_from"]


def _record(article: Article, actors: dict[str, Actor] | None,
            relations: Sequence[Relation] | None) -> ArticleRecord:
    return ArticleRecord(replace(article, text=""), content_hash(article),
                         tuple(sorted((actors or {}).values(), key=lambda a: a.id)),
                         tuple(_sourced(r, article) for r in relations or ()))


def _sourced(relation: Relation, article: Article) -> Relation:
    """The relation with its article's URL, title and outlet, so evidence can be traced."""
    if not (article.url or article.title or article.source):
        return relation
    return replace(relation, evidence=replace(relation.evidence, url=article.url,
                                              title=article.title, outlet=article.source))


def records_from(nlp: Language, articles: Iterable[Article],
                 batch_size: int = 32) -> Iterator[ArticleRecord]:
    """Run ``nlp.pipe`` over articles lazily, in batches, yielding one record per article.

    An article that one of our components fails on gets a record saying why, with nothing
    extracted: one article must not stop a build of millions.
    """
    from actorgraph.extract.nlp import make_doc

    pending: dict[str, Article] = {}
    failures: dict[str, str] = {}

    def docs() -> Iterator[Any]:
        for article in articles:
            pending[article.id] = article
            yield make_doc(nlp, article.text, article.id, article.date)

    def failed(name: str, _proc: Any, batch: list[Any], error: Exception) -> None:
        for doc in batch:  # spaCy drops the Doc from the stream and goes on with the next
            failures[doc._.article_id] = f"{name} failed: {type(error).__name__}: {error}"

    def failed_records() -> Iterator[ArticleRecord]:
        for article_id in list(failures):
            article = pending.pop(article_id)
            yield ArticleRecord(replace(article, text=""), content_hash(article), (), (),
                                failures.pop(article_id))

    # our components only (spaCy's own set_error_handler fails on its parser): typed NoReturn,
    # but spaCy goes on with the next Doc after it
    nlp.default_error_handler = cast(Any, failed)
    try:
        for doc in nlp.pipe(docs(), batch_size=batch_size):
            yield from failed_records()
            article = pending.pop(doc._.article_id)
            yield _record(article, doc._.actors, doc._.relations)
        yield from failed_records()
    finally:
        nlp.default_error_handler = raise_error


_PIPELINES: dict[PipelineSpec, Language] = {}


def pipeline(spec: PipelineSpec) -> Language:
    """The pipeline for ``spec``, loaded once per process."""
    nlp = _PIPELINES.get(spec)
    if nlp is None:
        from actorgraph.extract.nlp import load_pipeline

        nlp = _PIPELINES[spec] = load_pipeline(spec.model, spec.gazetteers, spec.extractor)
    return nlp


def preload(spec: PipelineSpec, nlp: Language) -> None:
    """Register an already loaded pipeline, so that forked workers inherit it for free."""
    _PIPELINES[spec] = nlp


def extract_batch(spec: PipelineSpec, articles: Sequence[Article],
                  batch_size: int = 32) -> list[ArticleRecord]:
    """The task every worker runs: one partition of articles, in input order."""
    return list(records_from(pipeline(spec), articles, batch_size))
