"""The pattern-family registry: every family is a complete unit, and its examples hold.

Each family carries patterns built from the lexicon, a role filler, a confidence and at least
two example sentences (written for this test, not taken from seeds/ or an evaluation set),
each of which must yield its relation through that very family.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.relations import RuleExtractor
from actorgraph.extract.rules.catalog import FAMILIES
from actorgraph.extract.rules.matcher import build_matcher
from actorgraph.extract.rules.registry import Example, family
from actorgraph.graph.model import MODES, RELATION_TYPES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = [(name, ex) for name, fam in FAMILIES.items() for ex in fam.examples]


def _evaluation_texts() -> str:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*"))]
    for path in sorted(DATA.rglob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            texts += [str(row.get(key, "")) for key in ("text", "sentence")]
    return "\n".join(texts)


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_family_is_a_complete_unit(name: str) -> None:
    fam = FAMILIES[name]
    lex = lexicon()
    assert any(fam.patterns(t, lex) for t in lex.types), f"{name} builds no pattern"
    assert callable(fam.fill) and fam.about, f"{name} has no documented filler"
    assert 0 < fam.confidence <= 1
    assert len(fam.examples) >= 2, f"{name} needs two examples or more"
    for ex in fam.examples:
        assert ex.relation[0] in RELATION_TYPES and ex.mode in MODES


def test_examples_are_not_from_seeds_or_evaluation_sets() -> None:
    texts = _evaluation_texts()
    assert len(texts) > 10_000  # the sets were read
    copied = [ex.text for _, ex in EXAMPLES if ex.text in texts]
    assert not copied


@pytest.mark.parametrize(("name", "example"), EXAMPLES,
                         ids=[f"{n}-{i % 2}" for i, (n, _) in enumerate(EXAMPLES)])
def test_each_example_yields_its_relation_through_its_family(parse: Any, name: str,
                                                             example: Example) -> None:
    found = {(r.type, r.source, r.target, r.family, r.mode)
             for r in parse(example.text)._.relations}
    assert (*example.relation, name, example.mode) in found, sorted(found)


def test_every_matched_family_has_a_registered_filler() -> None:
    """A pattern whose family has no filler would silently drop its matches."""
    matched = {key.split(":")[0] for key in build_matcher().patterns}
    assert matched and matched <= set(FAMILIES)


def test_a_pattern_without_a_registered_family_fails_loudly(nlp: Any, parse: Any) -> None:
    extractor = RuleExtractor(nlp)
    extractor.families = {k: v for k, v in FAMILIES.items() if k != "verb_obj"}
    doc = parse("Argentina accused Chile of spying on its navy.")
    with pytest.raises(KeyError, match="verb_obj"):
        extractor(doc)


def test_a_family_name_is_registered_once() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        family("verb_obj", patterns=lambda t, lex: [], confidence=0.5, examples=())(
            lambda ctx, m: None)
