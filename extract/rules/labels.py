"""Families of a label: naming someone a wrongdoer accuses them.

- ``label``      "called X a criminal", "held X responsible"
- ``label_as``   "branded X as traitors", "framed the protests as a US-backed plot"
- ``adj_label``  "X is guilty", "X is a terrorist state", in someone's speech
- ``comparison`` "compared X to a dictatorship", "likened X's campaign to the Holocaust"
"""

from __future__ import annotations

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import NEGATED, either
from actorgraph.extract.rules.evaluation import owners
from actorgraph.extract.rules.registry import (
    NOMINAL,
    Context,
    Example,
    Match,
    Pattern,
    Roles,
    family,
    in_,
    node,
)
from actorgraph.extract.rules.roles import (
    as_heads,
    match_mode,
    passive_agents,
    safekeeping,
    source,
    union,
    wrongdoers,
)
from actorgraph.extract.rules.verbs import verb_obj
from actorgraph.extract.speech import actors_of, expand, speaker

__all__ = ["adj_label", "comparison", "label", "label_as"]

_WORDS = lexicon().words
_INFAMIES = frozenset([*lexicon().types["ACCUSE"].labels, *lexicon().wrongs,
                       *lexicon().pejoratives, *_WORDS.infamies])


def _label_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    labels = lex.types[type_].labels
    if not labels:
        return []
    label = {"LEMMA": in_(labels)}
    verb = {"LEMMA": in_(lex.label_verbs)}
    return [
        [node("trigger", verb), node("target", {"DEP": "dobj"}, "trigger"),
         node("label", {**label, "DEP": in_(["oprd", "attr", "xcomp", "dobj", "acomp", "ccomp",
                                             "npadvmod", "advmod", "advcl"])}, "trigger")],
        [node("trigger", verb),
         node("label", {**label, "DEP": in_(["oprd", "attr", "xcomp", "ccomp", "dobj",
                                             "acomp"])}, "trigger"),
         node("target", {"DEP": in_(["nsubj", "nmod", "compound", "dobj"])}, "label")],
        # "called X a terrorist state", "called X the capital of racism": the label word
        # modifies the noun the object is named
        [node("trigger", verb), node("target", {"DEP": "dobj"}, "trigger"),
         node("named", {"DEP": in_(["oprd", "attr", "xcomp", "ccomp", "dobj"]), "POS": "NOUN"},
              "trigger"),
         node("label", {**label, "DEP": in_(["amod", "compound", "pobj"])}, "named", ">>")],
        # 'called Judge X a "dictator"': a quoted label parsed as the object's apposition,
        # 'hold the council responsible for ...': a predicate parsed as its modifier
        [node("trigger", verb),
         node("target", {"DEP": in_(["dobj", "oprd", "dative"])}, "trigger"),
         node("label", {**label, "DEP": "appos"}, "target")],
        [node("trigger", verb), node("target", {"DEP": "dobj"}, "trigger"),
         node("label", {"LEMMA": in_(set(labels) & lex.words.blame_adjectives),
                        "DEP": "amod"}, "target")],
        # "X was branded a traitor (by Y)", "X was called a terrorist state"
        [node("trigger", verb), node("target", {"DEP": "nsubjpass"}, "trigger"),
         node("label", {**label, "DEP": in_(["oprd", "attr", "xcomp", "dobj"])}, "trigger")],
        [node("trigger", verb), node("target", {"DEP": "nsubjpass"}, "trigger"),
         node("named", {"DEP": in_(["oprd", "attr", "xcomp", "dobj"]), "POS": "NOUN"},
              "trigger"),
         node("label", {**label, "DEP": in_(["amod", "compound"])}, "named")],
        # "branded X a 'Nazi remnant'": a verb that only ever labels with blame, whatever word
        [node("trigger", {"LEMMA": in_(set(lex.label_verbs) & set(lex.strong_as_verbs))}),
         node("target", {"DEP": in_(["dobj", "dative"])}, "trigger"),
         node("label", {"DEP": in_(["oprd", "attr", "xcomp", "dobj"]),
                        "POS": in_(["NOUN", "ADJ"])}, "trigger")]]


@family("label", patterns=_label_patterns, confidence=0.83, examples=(  # 4/4
    Example("Venezuela called Colombia a criminal.", ("ACCUSE", "venezuela", "colombia")),
    Example("Kenya held Ethiopia responsible for the raid.", ("ACCUSE", "kenya", "ethiopia")),
    Example("Chad called Sudan a terrorist state.", ("ACCUSE", "chad", "sudan")),
))
def label(ctx: Context, m: Match) -> Roles | None:
    """'called X a criminal', 'found X guilty': the label must not be negated itself."""
    word, named, target = m.nodes["label"], m.nodes.get("named"), m.nodes["target"]
    second = named or (word if word.dep_ not in ("amod", "appos") else None)
    if second is not None and second.i <= target.i:
        return None  # "designated X a terrorist group": the second object names X
    if safekeeping(word):
        return None  # "holds X responsible for the safety of Y": a warning (accountable)
    mode = match_mode(m, m.trigger)
    if any(c.dep_ == "neg" for c in word.children):
        mode = either(mode, NEGATED)
    # "consider the Syrian government criminals": the parser may hang the target's modifier
    # on the label
    targets = actors_of(ctx.doc, expand(target), ctx.index) or \
        actors_of(ctx.doc, [c for c in word.children if c.dep_ in ("amod", "compound")],
                  ctx.index)
    if target.dep_ != "nsubjpass":
        return Roles(source(ctx, m.trigger), targets, mode)
    # the agent on the verb, or hung on the label ("branded a traitor by Y")
    agents = [o for c in word.children if c.dep_ == "prep" and c.lower_ in _WORDS.agent_preps
              for o in c.children if o.dep_ == "pobj"]
    return Roles(passive_agents(ctx, m.trigger) or actors_of(ctx.doc, agents, ctx.index),
                 targets, mode)


def _label_as_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if not lex.types[type_].labels:
        return []
    verb = {"LEMMA": in_(lex.as_verbs)}
    as_ = {"DEP": "prep", "LOWER": in_(_WORDS.as_preps)}
    return [
        # "as" on the verb, or misparsed on the object's last conjunct ("designated X and Y as")
        [node("trigger", verb), node("target", {"DEP": "dobj"}, "trigger"),
         node("prep", as_, "trigger", ">>")],
        # "denounced as a crime X's crackdown": the object after the label
        [node("trigger", verb), node("prep", as_, "trigger"),
         node("label", {"DEP": "pobj"}, "prep"), node("target", {"DEP": "appos"}, "label")]]


@family("label_as", patterns=_label_as_patterns, confidence=0.90, examples=(  # 8/8
    Example("Nicaragua branded Costa Rica as a haven for traitors.",
            ("ACCUSE", "nicaragua", "costa-rica")),
    Example("Pakistan described India as a terrorist state.", ("ACCUSE", "pakistan", "india")),
))
def label_as(ctx: Context, m: Match) -> Roles | None:
    """'branded X as traitors'; 'described X as vandals' only with a pejorative word."""
    prep = m.nodes["prep"]
    if "target" in m.nodes and prep.head not in as_heads(m.trigger, m.nodes["target"]):
        return None
    after = [t for t in m.trigger.subtree if t.i > prep.i]
    if m.trigger.lemma_.lower() not in ctx.look.strong_as and \
            not {t.lemma_.lower() for t in after} & ctx.look.bad_all:
        return None
    roles = verb_obj(ctx, m)
    if roles is None:  # the object is read by another family
        return None
    targets = roles.targets
    if not targets:
        # "framed the protests as a US-backed plot": the wrongdoer named in the label
        wrongs = [t for t in after if t.lemma_.lower() in ctx.look.bad_all]
        targets = [o for w in wrongs for o in wrongdoers(ctx, w)]
    return Roles(roles.sources, union(targets), roles.mode)


def _adj_label_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    labels = lex.types[type_].labels
    if not labels:
        return []
    label, copula = {"LEMMA": in_(labels)}, {"LEMMA": in_(_WORDS.copulas)}
    return [
        # "X is a terrorist state": the label modifies the predicate noun
        [node("copula", copula), node("attr", {"DEP": "attr", "POS": in_(NOMINAL)}, "copula"),
         node("trigger", {**label, "DEP": "amod"}, "attr"),
         node("target", {"DEP": "nsubj"}, "copula")],
        [node("copula", copula), node("trigger", {**label, "DEP": in_(["attr", "acomp"])},
                                      "copula"),
         node("target", {"DEP": "nsubj"}, "copula")]]


@family("adj_label", patterns=_adj_label_patterns, confidence=0.50, examples=(
    Example("Ghana said that Togo is complicit in the smuggling.", ("ACCUSE", "ghana", "togo")),
    Example("Armenia said that Azerbaijan is a terrorist state.",
            ("ACCUSE", "armenia", "azerbaijan")),
))
def adj_label(ctx: Context, m: Match) -> Roles | None:
    """'X is guilty' / 'X is a criminal' inside someone's reported speech."""
    sources = speaker(ctx.doc, m.trigger, ctx.index, ctx.look.speech)
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    return Roles(sources, targets, match_mode(m, m.nodes["copula"]))


def _comparison_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    return [[node("trigger", {"LEMMA": in_(_WORDS.comparison_verbs), "POS": "VERB"}),
             node("target", {"DEP": "dobj"}, "trigger"),
             node("prep", {"DEP": "prep", "LOWER": in_(_WORDS.comparison_preps)}, "trigger"),
             node("label", {"DEP": "pobj"}, "prep")]]


@family("comparison", patterns=_comparison_patterns, confidence=0.50, examples=(
    Example("Peru compared the Chilean government to a dictatorship.",
            ("ACCUSE", "peru", "chile")),
    Example("Turkey likened Israel's campaign to a massacre.", ("ACCUSE", "turkey", "israel")),
))
def comparison(ctx: Context, m: Match) -> Roles | None:
    """'X compared Y to a dictatorship': likening Y (or Y's act) to an infamy accuses Y."""
    label = m.nodes["label"]  # "an act of aggression": the infamy may be the act's kind
    kinds = [label, *(o for p in label.children if p.dep_ == "prep" and p.lower_ in
                      _WORDS.of_preps for o in p.children if o.dep_ == "pobj")]
    if not any(k.lemma_.lower() in _INFAMIES for k in kinds):  # lower: "the Holocaust"
        return None
    thing = m.nodes["target"]
    targets = actors_of(ctx.doc, expand(thing), ctx.index) or owners(ctx.doc, ctx.index, thing)
    return Roles(source(ctx, m.trigger), targets, match_mode(m, m.trigger))
