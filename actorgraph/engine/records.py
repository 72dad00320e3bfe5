"""The records that workers send back: one per article, plain data, no spaCy.

>>> spec = PipelineSpec()
>>> spec.fingerprint()["extractor"]
'rules.v1'
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from actorgraph.graph.model import Actor, Article, Relation

__all__ = ["ArticleRecord", "PipelineSpec", "content_hash"]


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to load the same pipeline as the driver (small and picklable)."""

    model: str | None = None
    gazetteers: tuple[str, ...] = ()
    extractor: str = "rules.v1"

    def fingerprint(self) -> dict[str, Any]:
        """Identity of the pipeline for incremental builds: gazetteers by content, not path."""
        return {"model": self.model, "extractor": self.extractor,
                "gazetteers": [_file_hash(Path(g)) for g in self.gazetteers]}


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return f"unreadable:{path}"


@dataclass(frozen=True)
class ArticleRecord:
    """What one article contributes to the graph; the text itself is not kept."""

    article: Article
    digest: str
    actors: tuple[Actor, ...]
    relations: tuple[Relation, ...]
    failure: str | None = None  # why the article could not be extracted (it adds nothing)

    @property
    def id(self) -> str:
        return self.article.id

    def to_json(self) -> dict[str, Any]:
        meta = {k: v for k, v in self.article.to_json().items() if k != "text"}
        return {**meta, "sha256": self.digest, "actors": [a.to_json() for a in self.actors],
                "relations": [r.to_json() for r in self.relations]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleRecord:
        article = Article.from_json({**data, "text": ""})
        return cls(article, data["sha256"], tuple(Actor.from_json(a) for a in data["actors"]),
                   tuple(Relation.from_json(r) for r in data["relations"]))


def content_hash(article: Article) -> str:
    """SHA-256 of everything in an article that can change its relations (text and metadata)."""
    payload = json.dumps(article.to_json(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
