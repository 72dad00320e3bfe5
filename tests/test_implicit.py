"""Implicit roles from the article (issue class 1): a recall with no host named answers the
state that last acted, and "the sanctioned individuals include X" takes its imposer from what
came before; with nothing before, no relation. Someone barred from entering a country is
barred by that country. A condemned coup accuses who seized power (named in the clause on it or
before it, of the same country or not, never a bloc); a passive condemnation accuses the owner
of the act condemned.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest


def _triples(doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc._.relations if r.mode == "asserted"}


@pytest.mark.parametrize(("text", "triple"), [
    ("Mali severed ties with France. In reaction, France recalled its envoy.",
     ("SANCTION", "france", "mali")),
    ("Peru expelled two Chilean diplomats. Chile then recalled its envoy.",
     ("SANCTION", "chile", "peru")),
    ("Beijing recalled its ambassador in August after Lithuania opened a Taiwanese office.",
     ("SANCTION", "china", "lithuania")),
    ("Canada imposed sanctions on Iran on Monday. The sanctioned individuals include Ali "
     "Khamenei.", ("SANCTION", "canada", "ali-khamenei")),
    ("The entities sanctioned by Australia include the Wagner Group.",
     ("SANCTION", "australia", "wagner-group")),
    ("Ivan Sokolov, a former police chief, is banned from visiting the United Kingdom.",
     ("SANCTION", "united-kingdom", "ivan-sokolov")),
    ("Chile froze the assets of two generals. A colonel, Ivan Sokolov, was also added to the "
     "sanctions list.", ("SANCTION", "chile", "ivan-sokolov")),
    ("Canada imposed sanctions on Monday. The sanctioned individuals include Ivan Sokolov and "
     "Pavel Orlov.", ("SANCTION", "canada", "ivan-sokolov")),
    ("Canada imposed sanctions on Monday. The sanctioned individuals are Ivan Sokolov and "
     "Pavel Orlov.", ("SANCTION", "canada", "ivan-sokolov")),
    ("Kenyan police accused five activists of sedition. The accused are activists Ivan Sokolov "
     "and Maria Gonzalez.", ("ACCUSE", "kenya-police", "maria-gonzalez")),
])
def test_an_implicit_role_comes_from_the_article(parse, text: str,
                                                 triple: tuple[str, ...]) -> None:
    assert triple in _triples(parse(text)), text


@pytest.mark.parametrize("text", [
    "France recalled its envoy on Monday.",
    "The sanctioned individuals include Ali Khamenei.",
    "Peru hosted two judges. Ana Rojas was also included in the talks.",
    "Ivan Sokolov was barred from entering the stadium.",
    "The accused are Ivan Sokolov and Pavel Orlov.",
])
def test_with_nothing_before_no_role_is_invented(parse, text: str) -> None:
    assert not [t for t in _triples(parse(text)) if t[0] == "SANCTION"], text


def test_a_recall_never_targets_the_recalling_side(parse) -> None:
    doc = parse("France hosted the summit. Paris later recalled its envoy.")
    assert not [t for t in _triples(doc) if t[0] == "SANCTION"]


@pytest.mark.parametrize(("text", "triple"), [
    ("Soldiers led by Colonel Ivan Sokolov seized power in Guinea on Sunday. Senegal "
     "strongly condemned the coup.", ("ACCUSE", "senegal", "guinea-armed-forces")),
    ("The army seized power in Chad. The Chadian opposition condemned the takeover.",
     ("ACCUSE", "chad-opposition", "chad-armed-forces")),
    ("The coup, in which army chief Ivan Sokolov ousted the president, has been condemned by "
     "Kenya.", ("ACCUSE", "kenya", "ivan-sokolov")),
    ("A dangerous manoeuvre by Chinese jets near a Canadian plane has been condemned by Canada.",
     ("ACCUSE", "canada", "china")),
])
def test_a_condemned_seizure_of_power_accuses_who_seized_it(parse, text: str,
                                                          triple: tuple[str, ...]) -> None:
    assert triple in _triples(parse(text)), text


def test_a_coup_is_never_a_blocs(parse) -> None:
    doc = parse("The African Union met in Addis Ababa on Monday. Senegal condemned the coup.")
    assert not [t for t in _triples(doc) if t[0] == "ACCUSE"]
