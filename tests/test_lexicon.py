"""The typed lexicon: its schema errors are one line naming file and key; no word in code.

Every word the extractor and the resolver match lives in the lexicon data
(``extract/data/{cues,plover_cues,words}.json``); a scan of ``extract/`` fails on a word list,
a cue word compared with a token's text or a pattern attribute holding a word.
"""

from __future__ import annotations

import ast
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from spacy import glossary

from actorgraph.extract.lexicon import lexicon, load_lexicon
from actorgraph.graph.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"'?[a-z][a-z'’-]*")
_TEXT_ATTRS = {"lower_", "lemma_", "text", "norm_", "orth_"}
# Collections of lower-case strings that are keys of a data format or reason codes, not
# words matched in text (file, the strings).
ALLOWED = {
    ("gazetteer.py", frozenset({"id", "label", "kind"})),
    ("gazetteer.py", frozenset({"country", "sector", "wikidata", "capital"})),
    ("gazetteer.py", frozenset({"aliases", "demonyms", "metonyms", "honorifics", "roles"})),
    ("nouns.py", frozenset({"titles", "groups", "nouns", "organizations", "organisations",
                            "bodies", "roles"})),
    ("nouns.py", frozenset({"aliases", "variants", "forms", "synonyms"})),
    ("coref.py", frozenset({"gazetteer", "ner", "surname", "label fix"})),
    ("descriptions.py", frozenset({"pronoun", "description"})),
    ("postpass.py", frozenset({"pejorative", "or_else"})),  # family names
    ("lexicon.py", frozenset({"types", "words"})),
    ("lexicon.py", frozenset({"types"})),
    ("lexicon.py", frozenset({"about", "words"})),
    ("readers.py", frozenset({"title", "url", "source"})),
    ("resolve_eval.py", frozenset({"kind", "country", "sector", "label"})),
    ("resolve_eval.py", frozenset({"the ", "a ", "an "})),
}


def _texts() -> dict[str, str]:
    root = resources.files("actorgraph.extract") / "data"
    return {name: (root / name).read_text("utf-8")
            for name in ("cues.json", "plover_cues.json", "words.json")}


def _error(texts: dict[str, str]) -> str:
    with pytest.raises(InputError) as caught:
        load_lexicon(texts)
    message = str(caught.value)
    assert "\n" not in message
    return message


def _edited(name: str, edit: Any) -> dict[str, str]:
    texts = _texts()
    data = json.loads(texts[name])
    edit(data)
    return {**texts, name: json.dumps(data)}


def test_the_packaged_lexicon_loads_typed() -> None:
    lex = lexicon()
    assert lex.types["ACCUSE"].verbs and isinstance(lex.types["ACCUSE"].verbs, tuple)
    assert "hit" in lex.types["ACCUSE"].verb_preps
    assert isinstance(lex.words.cancel_verbs, frozenset) and "deny" in lex.words.cancel_verbs
    assert "SUPPORT" in lex.types  # plover_cues.json merged in


def test_a_misspelled_type_key_names_file_and_key() -> None:
    texts = _edited("cues.json", lambda d: d["types"]["ACCUSE"].update(verbz=["blame"]))
    message = _error(texts)
    assert message.startswith("cues.json: types.ACCUSE") and "'verbz'" in message


def test_an_unknown_top_level_key_names_file_and_key() -> None:
    message = _error(_edited("cues.json", lambda d: d.update(speach_verbs=["say"])))
    assert message.startswith("cues.json") and "'speach_verbs'" in message


def test_a_misspelled_words_entry_names_file_and_key() -> None:
    message = _error(_edited("words.json", lambda d: d.update(negator=d.pop("negators"))))
    assert message.startswith("words.json") and "negator" in message


def test_a_wrong_value_type_names_file_and_key() -> None:
    message = _error(_edited("plover_cues.json",
                             lambda d: d["types"]["AGREE"].update(nouns="deal")))
    assert message.startswith("plover_cues.json: types.AGREE.nouns")
    message = _error(_edited("words.json", lambda d: d["conditions"].update(words="if")))
    assert message.startswith("words.json: conditions")


def test_a_duplicate_entry_names_file_and_key() -> None:
    message = _error(_edited("cues.json", lambda d: d["modals"].append("will")))
    assert message == "cues.json: modals: duplicate entry 'will'"


def test_a_duplicate_json_key_names_file_and_key() -> None:
    texts = _texts()
    texts["words.json"] = texts["words.json"].replace(
        '"negators":', '"negators": {"about": "x", "words": ["no"]}, "negators":', 1)
    assert _error(texts) == "words.json: negators: duplicate key"


def test_an_unknown_relation_type_is_an_error() -> None:
    message = _error(_edited("plover_cues.json",
                             lambda d: d["types"].update(ACUSE=d["types"]["AGREE"])))
    assert message.startswith("plover_cues.json: types.ACUSE")


def test_malformed_json_is_one_line() -> None:
    assert _error({**_texts(), "words.json": "{"}).startswith("words.json: malformed JSON")


# -- no word in code ---------------------------------------------------------------------

def _labels(nlp: Any) -> set[str]:
    labels = {str(k) for k in glossary.GLOSSARY}
    for pipe in ("parser", "tagger", "ner"):
        labels.update(nlp.get_pipe(pipe).labels)
    return labels


def _is_word(value: Any, labels: set[str]) -> bool:
    return isinstance(value, str) and bool(_WORD.fullmatch(value)) and value not in labels


def _text_side(node: ast.AST) -> bool:
    """``t.lower_``, ``t.lemma_.lower()``, ``doc[i].text``: a token's text."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _text_side(node.func.value)
    return isinstance(node, ast.Attribute) and node.attr in _TEXT_ATTRS


def _strings(node: ast.AST) -> list[Any]:
    """The strings of a constant or of a collection made only of string constants."""
    if isinstance(node, ast.Constant):
        return [node.value]
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)) and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return [e.value for e in node.elts if isinstance(e, ast.Constant)]
    return []


def _skipped(tree: ast.AST) -> set[int]:
    """``__all__`` and the example sentences of a family (test data, not cue words)."""
    skip = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
    examples = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
                and isinstance(n.func, ast.Name) and n.func.id == "Example"]
    return skip | {id(a) for call in examples for a in ast.walk(call)}


def _offences(path: Path, labels: set[str], root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    skip = _skipped(tree)
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)) and id(node) not in skip:
            values = _strings(node)
            if any(_is_word(v, labels) for v in values) and \
                    (path.name, frozenset(values)) not in ALLOWED:
                found.append(f"{where} word list {values[:4]}")
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_text_side(s) for s in sides) and any(
                    _is_word(v, labels) for s in sides for v in _strings(s)):
                found.append(f"{where} compares a token with a word")
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in ("LEMMA", "LOWER") and \
                        any(_is_word(v, labels) for v in _strings(value)):
                    found.append(f"{where} pattern word")
    return found


def test_no_word_list_or_cue_word_in_extract_code(nlp: Any) -> None:
    labels = _labels(nlp)
    files = sorted((ROOT / "extract").rglob("*.py"))
    assert len(files) > 10
    offences = [o for path in files for o in _offences(path, labels)]
    assert not offences, "words belong in extract/data: " + "; ".join(offences)


def test_the_scan_finds_a_word_list(nlp: Any, tmp_path: Path) -> None:
    code = tmp_path / "sample.py"
    code.write_text('_CANCEL = {"deny", "refuse"}\n'
                    'def f(t):\n    return t.lemma_.lower() == "say" or t.dep_ == "nsubj"\n'
                    'P = {"LOWER": "among", "DEP": "prep"}\n')
    found = _offences(code, _labels(nlp), tmp_path)
    assert len(found) == 3, found


def test_no_module_in_extract_is_over_400_lines() -> None:
    long = {p.name: n for p in (ROOT / "extract").rglob("*.py")
            if (n := len(p.read_text("utf-8").splitlines())) > 400}
    assert not long
