"""The actor ruler: marks every gazetteer name in the text as an entity.

Gazetteer matches win over the statistical model's entities where they overlap, which fixes
its label mistakes for known actors (e.g. a president tagged ORG) and splits off titles.
The actor id is stored in ``Span.kb_id_`` when the name is unambiguous.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from actorgraph.extract.gazetteer import Entry, Gazetteer, default_gazetteer

__all__ = ["ActorRuler"]

_LABELS = {"PERSON": "PERSON", "GOVERNMENT": "GPE", "ORGANIZATION": "ORG", "GROUP": "NORP"}


@Language.factory("actorgraph_actor_ruler", default_config={"gazetteers": []})
def make_actor_ruler(nlp: Language, name: str, gazetteers: Sequence[str]) -> ActorRuler:
    return ActorRuler(nlp, default_gazetteer(tuple(gazetteers)))


def _surface_names(entry: Entry) -> list[str]:
    names = [entry.label, *entry.aliases, *entry.metonyms]
    if entry.capital:
        names.append(entry.capital)
    variants = []
    for name in names:
        variants.append(name)
        if name.lower().startswith("the "):
            variants.append(name[4:])
    return variants


class ActorRuler:
    """Phrase-match gazetteer names (case-sensitive) and demonyms; set ``doc.ents``."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        owners: dict[str, set[str]] = {}
        for entry in gazetteer.entries.values():
            for name in _surface_names(entry):
                owners.setdefault(name, set()).add(entry.id)
        self.owner = {name: next(iter(ids)) if len(ids) == 1 else "" for name, ids in owners.items()}
        by_label: dict[str, list[str]] = {}
        for name, ids in sorted(owners.items()):
            by_label.setdefault(_LABELS[gazetteer.entries[min(ids)].kind], []).append(name)
        for label, names in by_label.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(names)))
        demonyms = sorted({d for e in gazetteer.entries.values() for d in e.demonyms})
        self.matcher.add("NORP", list(nlp.tokenizer.pipe(demonyms)))

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for match_id, start, end in self.matcher(doc):
            text = doc[start:end].text
            label = doc.vocab.strings[match_id]
            found.append(Span(doc, start, end, label=label, kb_id=self.owner.get(text, "")))
        keep = filter_spans(found)
        taken = {i for span in keep for i in range(span.start, span.end)}
        model = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = sorted([*keep, *model], key=lambda s: s.start)
        return doc
