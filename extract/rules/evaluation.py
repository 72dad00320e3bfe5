"""Families of evaluative speech: judging someone's act or claim a wrong accuses its owner.

- ``evaluative``     "X called Y's allegations absurd", "X said Y's decision was unjustified",
                     "X described the sanctions imposed by Y as illegal"
- ``judged_claim``   "X termed Y's allegations absurd": Y's allegation accused X's state
- ``wrongful_act``   "X said Y's measures violated the law": a thing's wrong accuses its owner
- ``drawn_accusation``  "X's decision drew condemnation from Y": Y accuses X (``_context``:
                        "The move drew condemnation from Y", the move's owner named before)
- ``condemned_act``  "X criticised a report issued by Y", "X condemned Y's plan", "Y's plan
                     was condemned by X", "Y banned Z, in a move Z denounced"
- ``evaluative_context``, ``condemned_act_context``: the same when the thing judged has no owner
  in its sentence ("the move", "the decision", "it"); its owner comes from the article before
  (:mod:`actorgraph.extract.context`), only for the lexicon's ``evaluated_nouns``.

The judging word is one of the lexicon's ``evaluations``, ``wrongs`` or ``pejoratives``, in what
a labelling verb ("called", "termed", "described ... as") or someone's reported speech says of
the thing, whose owner :mod:`~actorgraph.extract.rules.owning` reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import either, mode_of
from actorgraph.extract.rules.owning import Found, owned, owners
from actorgraph.extract.rules.registry import (
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
    passive_agents,
    source,
)
from actorgraph.extract.rules.standing import state_governments
from actorgraph.extract.speech import actors_of, expand, speaker
from actorgraph.extract.subjects import subject_of

__all__ = [
    "condemned_act", "condemned_act_context",
    "drawn_accusation", "drawn_accusation_context",
    "evaluative",
    "evaluative_context",
    "judged_claim",
    "owned", "owners",
    "wrongful_act",
    "wrongful_act_context",
]

_LEX = lexicon()
_WORDS = _LEX.words
_LABELLING = frozenset([*_LEX.label_verbs, *_LEX.as_verbs])
_NOUNS = frozenset(_LEX.evaluated_nouns)
# claims that are accusations themselves: "Y's allegations", not "Y's remarks"
_CLAIMS = frozenset(_LEX.claim_nouns) & frozenset(_LEX.types["ACCUSE"].nouns)
# the way up from a judging word to the clause that judges: "was [full of [falsification]]",
# "called it [a [violent] act]", "described it [as [a misrepresentation]]"
_UP = frozenset({"amod", "advmod", "pobj", "prep", "acomp", "attr", "oprd", "conj", "appos",
                 "ccomp", "xcomp", "npadvmod", "compound", "nmod", "dobj", "acl"})
_PREDICATES = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp"})
_SUBJECTS = ("nsubj", "nsubjpass")
_GERUND = "VBG"
_RELATIVES = ("WDT", "WP")


def _judging_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    words = [*lex.evaluations, *lex.wrongs, *lex.pejoratives]
    return [[node("trigger", {"LEMMA": in_(words), "POS": in_(["ADJ", "NOUN"])})]]


def _condemning_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    verb = {"LEMMA": in_(lex.types[type_].verbs), "POS": "VERB"}
    return [[node("trigger", verb), node("target", {"DEP": in_(["dobj", "nsubjpass"])}, "trigger")],
            # "in a move he denounced as tyranny": the thing is the clause's antecedent
            [node("trigger", {**verb, "DEP": "relcl"}), node("target", {"POS": "NOUN"}, "trigger",
                                                              "<")]]


# confidence: (right + 1) / (found + 2), news dev 4/6 (all types)
@family("evaluative", patterns=_judging_patterns, confidence=0.62, examples=(
    Example("Ecuador termed Canada's allegations absurd.", ("ACCUSE", "ecuador", "canada")),
    Example("Peru described the sanctions imposed by Chile as illegal.",
            ("ACCUSE", "peru", "chile")),
))
def evaluative(ctx: Context, m: Match) -> Roles | None:
    """'X termed Y's allegations absurd': the evaluator accuses the owner of what it judges."""
    return _roles(_judged(ctx, m.trigger), context=False)


# confidence: (right + 1) / (found + 2), news dev 16/27 (all types)
@family("evaluative_context", patterns=_judging_patterns, confidence=0.59, examples=(
    Example("Chile imposed new tariffs. Peru said the decision was unjustified.",
            ("ACCUSE", "peru", "chile")),
    Example("Chile claimed that Peru had armed the rebels. Peru rejected the claim, describing "
            "it as a misrepresentation.", ("ACCUSE", "peru", "chile")),
))
def evaluative_context(ctx: Context, m: Match) -> Roles | None:
    """'X said the decision was unjustified': the decision's owner named before."""
    return _roles(_judged(ctx, m.trigger), context=True)


def _wrongful_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    acts = lex.types[type_].acts
    if type_ != "ACCUSE" or not acts:
        return []
    return [[node("trigger", {"LEMMA": in_(acts), "POS": "VERB"}),
             node("thing", {"DEP": "nsubj", "POS": in_(["NOUN", "PRON"])}, "trigger")]]


@family("wrongful_act", patterns=_wrongful_patterns, confidence=0.50, examples=(
    Example("Peru said the measures imposed by Chile violated international law.",
            ("ACCUSE", "peru", "chile")),
    Example("Kenya said Uganda's decision undermined regional stability.",
            ("ACCUSE", "kenya", "uganda")),
))
def wrongful_act(ctx: Context, m: Match) -> Roles | None:
    """'X said Y's measures violated the law': a wrong done by a thing accuses its owner."""
    return _roles(_wrongful(ctx, m), context=False)


@family("wrongful_act_context", patterns=_wrongful_patterns, confidence=0.50, examples=(
    Example("Japan imposed export curbs. Seoul said the measures violated international law.",
            ("ACCUSE", "south-korea", "japan")),
    Example("Chad closed the border. Sudan said the decision violated the treaty.",
            ("ACCUSE", "sudan", "chad")),
))
def wrongful_act_context(ctx: Context, m: Match) -> Roles | None:
    """'X said the move violated the law': the move's owner named before."""
    return _roles(_wrongful(ctx, m), context=True)


def _wrongful(ctx: Context, m: Match) -> Found | None:
    thing, act = m.nodes["thing"], m.trigger
    if thing.i in ctx.index or any(c.dep_ == "aux" and c.lower_ in _LEX.modals
                                   for c in act.children):
        return None  # an actor's own deed is speech_act's; a future one is no accusation
    sources = speaker(ctx.doc, act, ctx.index, ctx.look.speech)
    return owned(ctx, thing, sources, mode_of(act))


@family("judged_claim", patterns=_judging_patterns, confidence=0.50, examples=(
    Example("India termed Canada's allegations absurd.", ("ACCUSE", "canada", "india")),
    Example("Nigeria called Chad's genocide allegation a gross exaggeration.",
            ("ACCUSE", "chad", "nigeria")),
))
def judged_claim(ctx: Context, m: Match) -> Roles | None:
    """'X termed Y's allegations absurd': the claim itself accused X's state (its owner Y
    made an allegation against X's side), PLOVER's 'A says B did a bad thing'."""
    climbed = _climb(m.trigger) if m.trigger.i not in ctx.index else None
    if climbed is None or climbed[0].lemma_.lower() not in _CLAIMS:
        return None
    found = _judged(ctx, m.trigger)
    if found is None or found[3]:
        return None
    evaluators, claimers, mode, _ = found
    return Roles(claimers, list(state_governments(ctx, evaluators).values()), mode)


# confidence: (right + 1) / (found + 2), news dev 2/3 (all types)
@family("condemned_act", patterns=_condemning_patterns, confidence=0.60, examples=(
    Example("Syria criticised a report issued by the OAS.", ("ACCUSE", "syria", "oas")),
    Example("Kenya condemned a plan by Uganda to close the border.",
            ("ACCUSE", "kenya", "uganda")),
    Example("Ghana closed its border, a move which Togo condemned.",
            ("ACCUSE", "togo", "ghana")),
    Example("Ghana announced the decision, which Togo condemned as unlawful.",
            ("ACCUSE", "togo", "ghana")),
))
def condemned_act(ctx: Context, m: Match) -> Roles | None:
    """'X criticised a report issued by Y': the owner of the object condemned."""
    return _roles(_condemned(ctx, m.trigger, m.nodes["target"]), context=False)


# confidence: (right + 1) / (found + 2), news dev 7/12 (all types)
@family("condemned_act_context", patterns=_condemning_patterns, confidence=0.57, examples=(
    Example("Chad closed its border with Sudan. The African Union condemned the move.",
            ("ACCUSE", "african-union", "chad")),
    Example("Mali expelled three aid workers. Senegal criticised the decision on Monday.",
            ("ACCUSE", "senegal", "mali")),
))
def condemned_act_context(ctx: Context, m: Match) -> Roles | None:
    """'X condemned the move': the owner of the move named before."""
    return _roles(_condemned(ctx, m.trigger, m.nodes["target"]), context=True)


def _roles(found: Found | None, context: bool) -> Roles | None:
    if found is None or found[3] != context:
        return None
    sources, targets, mode, _ = found
    return Roles(sources, targets, mode) if sources and targets else None


def _judged(ctx: Context, word: Token) -> Found | None:
    """'[X termed] Y's allegations absurd', '[X said] the report was full of lies'."""
    if word.i in ctx.index:
        return None
    found = _climb(word)
    if found is None:
        return None
    thing, judge = found
    governor = judge.head
    if judge.lemma_.lower() in _LABELLING and thing.head == judge:
        sources = actors_of(ctx.doc, subject_of(judge), ctx.index) or \
            speaker(ctx.doc, judge, ctx.index, ctx.look.speech)
    elif judge.dep_ in ("ccomp", "xcomp", "oprd") and governor.lemma_.lower() in _LABELLING:
        sources = actors_of(ctx.doc, subject_of(governor), ctx.index)
    else:
        sources = speaker(ctx.doc, judge, ctx.index, ctx.look.speech)
    return owned(ctx, thing, sources, either(mode_of(judge), mode_of(word)))


def _climb(word: Token) -> tuple[Token, Token] | None:
    """The thing judged and the clause judging it, from the judging word up."""
    token, came = word, word
    for _ in range(7):
        if token.lemma_.lower() in _LABELLING and token.pos_ == "VERB":
            # the word inside the object phrase too: "described [it as a lie]"
            objects = [c for c in token.children if c.dep_ == "dobj"] or \
                [o for o in _first_oprd(token) if o != came]
            if objects and objects[0].tag_ in _RELATIVES and came.dep_ == "oprd":
                return came, token  # "what X called [Y's 'reckless remarks']": the remarks
            return (objects[0], token) if objects else None
        # "[the report] was full of lies"; "termed [Y's allegations] absurd": a small clause
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c != came]
        if subjects:
            return (subjects[0], token) if _predicate(token, came, word) else None
        if token.dep_ == "appos" and token.head.dep_ == "dobj" and \
                token.head.head.lemma_.lower() in _LABELLING:  # "called Y's move [an act]"
            return token.head, token.head.head
        if token.dep_ == "amod" and (_bare_object(token.head) or _after_object(token)):
            return token.head, token.head.head  # "termed [Y's allegations] absurd", parsed amod
        if token.dep_ in ("amod", "compound") and token.head.dep_ in (*_SUBJECTS, "dobj"):
            return None  # "Y's illegal decision was announced": an epithet, not a verdict
        if token.dep_ not in _UP or token.head == token:
            return None
        came, token = token, token.head
    return None


def _first_oprd(verb: Token) -> list[Token]:
    """'called [Y's allegation] [an exaggeration]' parsed as two predicates: the first is
    the object."""
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    return predicates[:1] if len(predicates) > 1 else []


def _bare_object(noun: Token) -> bool:
    """Is ``noun`` the object of a labelling verb that has no predicate of its own ('termed
    Y's allegations absurd' with the verdict parsed as the object's modifier)?"""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in _WORDS.predicate_verbs and \
        not any(c.dep_ in (*_PREDICATES, "attr", "acomp") or c.lower_ in _WORDS.as_preps
                for c in verb.children)


def _after_object(word: Token) -> bool:
    """A judging word after the object of a labelling verb ('called the decision "hostile"'):
    an English modifier comes before its noun, so one after it is the verdict, misparsed."""
    noun = word.head
    return word.i > noun.i and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LABELLING


def _predicate(judge: Token, came: Token, word: Token) -> bool:
    """Is the word in what the clause says of its subject, not in an adjunct ('following a
    government offensive')? 'was full of lies', 'was based on false pretexts'."""
    if came == word == judge or came.dep_ in _PREDICATES:
        return True
    # "was based on false pretexts", "driven by ulterior motives"; not "pulled from the war"
    return came.dep_ == "prep" and judge.tag_ == "VBN" and \
        judge.lemma_.lower() in _WORDS.attributing_verbs and \
        any(c.dep_ == "nsubjpass" for c in judge.children)


def _condemned(ctx: Context, verb: Token, thing: Token) -> Found | None:
    if any(actors_of(ctx.doc, expand(o), ctx.index) for o in verb.children
           if o == thing or o.dep_ == "dobj"):
        return None  # an actor named as an object ("accused X of Y, a claim ...") is the
        # accusing families' case
    if verb.tag_ == _GERUND and thing.left_edge.i == verb.i + 1 and not any(
            c.dep_ in ("det", "poss") for c in thing.children):
        return None  # "made disparaging remarks": a participle before its noun, misparsed
    if thing.dep_ == "nsubjpass":  # "the coup has been condemned by X"
        return owned(ctx, thing, passive_agents(ctx, verb), mode_of(verb))
    if verb.dep_ == "relcl" and thing == verb.head:  # the antecedent, or the clause's object
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")
                   and c.tag_ not in _RELATIVES]  # "which X condemned": the antecedent
        if not objects:
            return _in_a_move(ctx, verb, thing)
        thing = objects[0]
    sources = actors_of(ctx.doc, subject_of(verb), ctx.index) or \
        speaker(ctx.doc, verb, ctx.index, ctx.look.speech)
    return owned(ctx, thing, sources, mode_of(verb))


def _in_a_move(ctx: Context, verb: Token, thing: Token) -> Found | None:
    """'X banned Y, in a move Y denounced', 'X closed its border, a move (which) Y condemned',
    'X announced the decision, which Y condemned': an act named by the phrase that follows it
    or by the clause's object is the act of that clause's subject."""
    clause = _named_act(thing)
    if clause is None:
        return None
    sources = actors_of(ctx.doc, subject_of(verb), ctx.index)
    mine = {s.actor for s in sources}
    targets = [d for d in source(ctx, clause) if d.actor not in mine]
    return (sources, targets, mode_of(verb), False) if sources and targets else None


def _named_act(thing: Token) -> Token | None:
    """The verb of the clause whose act a noun such as 'move' names: 'X banned Y, in a move',
    'X closed its border, a move', 'X announced the decision' (its object), or None."""
    named = thing.head if thing.dep_ == "appos" else thing  # "closed its border, a move ..."
    clause = {"pobj": named.head.head, "dobj": named.head}.get(named.dep_, thing)
    if thing.lemma_.lower() not in _NOUNS or clause.pos_ not in ("VERB", "AUX"):
        return None
    return clause


def _drawn_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE" or not lex.types[type_].nouns:
        return []
    noun = {"LEMMA": in_(lex.types[type_].nouns), "POS": "NOUN"}
    verb = {"LEMMA": in_(_WORDS.drawing_verbs), "POS": "VERB"}
    # "was met with criticism": only in the passive ("met with" alone is a meeting)
    received = {"LEMMA": in_(_WORDS.reception_verbs), "POS": "VERB"}
    return [[node("verb", verb), node("trigger", {**noun, "DEP": "dobj"}, "verb")],
            [node("verb", verb), node("with", {"DEP": "prep"}, "verb"),
             node("trigger", {**noun, "DEP": "pobj"}, "with")],
            [node("verb", received), node("passive", {"DEP": "auxpass"}, "verb"),
             node("with", {"DEP": "prep"}, "verb"),
             node("trigger", {**noun, "DEP": "pobj"}, "with")]]


@family("drawn_accusation", patterns=_drawn_patterns, confidence=0.50, examples=(
    Example("Chile's decision drew condemnation from Peru and Bolivia.",
            ("ACCUSE", "peru", "chile")),
    Example("Mali's use of mercenaries has drawn criticism from France.",
            ("ACCUSE", "france", "mali")),
    Example("Jordan closed the crossing, prompting criticism from Egypt.",
            ("ACCUSE", "egypt", "jordan")),
    Example("Turkey shelled the villages in an act that drew condemnation from Iraq.",
            ("ACCUSE", "iraq", "turkey")),
    Example("Ghana closed its border, a move that drew condemnation from Togo.",
            ("ACCUSE", "togo", "ghana")),
))
def drawn_accusation(ctx: Context, m: Match) -> Roles | None:
    """'X drew condemnation from Y', 'X faced criticism in Y': Y accuses X (or the owner of
    X's act)."""
    return _roles(_drawn(ctx, m), context=False)


@family("drawn_accusation_context", patterns=_drawn_patterns, confidence=0.50, examples=(
    Example("Chile closed its border on Monday. The move drew condemnation from Peru.",
            ("ACCUSE", "peru", "chile")),
    Example("Mali expelled the French ambassador. The decision has drawn criticism from Paris.",
            ("ACCUSE", "france", "mali")),
))
def drawn_accusation_context(ctx: Context, m: Match) -> Roles | None:
    """'The move drew condemnation from Y': Y accuses the move's owner named before."""
    return _roles(_drawn(ctx, m), context=True)


def _drawn(ctx: Context, m: Match) -> Found | None:
    verb, noun = m.nodes["verb"], m.trigger
    # "criticism from Y", or the parser's "drew criticism [from Y]" on the verb
    critics = [o for c in (*noun.children, *verb.children)
               if c.dep_ == "prep" and c.lower_ in _WORDS.critic_preps
               for o in c.children if o.dep_ == "pobj"]
    sources = actors_of(ctx.doc, [t for o in critics for t in expand(o)], ctx.index)
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    deed = _drawing_deed(verb, subjects)
    if deed is not None:  # the clause whose deed drew it: its subject is the one accused
        mine = {s.actor for s in sources}
        doers = [d for d in actors_of(ctx.doc, subject_of(deed), ctx.index)
                 if d.actor not in mine]
        return sources, doers, mode_of(verb), False
    return owned(ctx, subjects[0], sources, mode_of(verb)) if subjects else None


def _drawing_deed(verb: Token, subjects: list[Token]) -> Token | None:
    """The verb of the deed that drew the accusation when the drawing verb does not name it:
    'X closed the border, drawing condemnation from Y' (a participle of the deed's clause), 'X
    struck the port, in an act that drew condemnation from Y' (a clause on the act's noun)."""
    if not subjects and verb.tag_ == _GERUND and verb.dep_ in ("advcl", "conj", "xcomp") \
            and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    if subjects and subjects[0].tag_ in _RELATIVES and verb.dep_ == "relcl":
        return _named_act(verb.head)
    if not subjects and verb.dep_ == "conj" and verb.head.dep_ == "relcl":  # "that X and drew"
        return _drawing_deed(verb.head, [c for c in verb.head.children if c.dep_ in _SUBJECTS])
    return None
