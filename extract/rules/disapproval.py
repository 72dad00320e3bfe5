"""Families of disapproval without an accusing verb: a concern over an act, or an epithet for
it in someone's speech, accuses whoever the act belongs to.

- ``concern``  "X voiced concern over Y's remarks", "X sounded the alarm about the pact
               between Y and Z", "X said it was alarmed by Y's decision", "X regrets Y's
               decision", "X reacted angrily to Y's move", "X is disappointed that Y did not
               ..." (not a feared act: "concerned that Y could ...")
- ``epithet``  in X's speech, "Y's unfounded claims", "the provocative conduct of Y"
- ``under_accusation``  "Y was placed under investigation in X", "Y came under criticism
               from X"
- ``blame_borne``  in X's speech, "Y bears full responsibility for the attack", "Y is to blame"
- ``demand_stop``  "X urged Y to stop interfering", "X demanded that Y end its occupation"
- ``condemned_what``  "X condemned what it called Y's aggression" (the hedge of news)
- ``behind_it``  in X's speech, "Y was behind the attacks"
- ``objection``  "X objected to Y's decision", "X opposed the deal between Y and Z", "X
                 protested Y's claim", "... in protest at Y's decision"
- ``taken_to_court``  "X took Y to the International Court of Justice"

The disapproving words are the ACCUSE ``concerns`` of the lexicon, the epithets its
``evaluations``; the thing disapproved of is read as the evaluative families read it
(:func:`~actorgraph.extract.rules.evaluation.owners`): its possessor, 'a plan by Y', 'the deal
between Y and Z', never the possessor of an act done to them ('Y's detention').
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import ASSERTED, either, mode_of
from actorgraph.extract.rules.evaluation import owners
from actorgraph.extract.rules.registry import (
    VERB,
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
    actors_of_act,
    is_future,
    quote_inside,
    reported,
    source,
    that_clause,
)
from actorgraph.extract.speech import actors_of, expand, speaker
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.model import Mention

__all__ = ["DEEDS", "behind_it", "blame_borne", "concern", "concern_patterns", "concerned",
           "condemned_what", "demand_stop", "epithet", "objection", "taken_to_court",
           "under_accusation"]

_LEX = lexicon()
_WORDS = _LEX.words
_JUDICIARY = "JUDICIARY"  # the sector of courts
# what someone does or says: a concern over it or an objection to it accuses them
DEEDS = frozenset([*_LEX.evaluated_nouns, *_LEX.claim_nouns, *_LEX.wrongs, *_LEX.pejoratives,
                   *_LEX.types["ACCUSE"].acts, *(n for t in ("SANCTION", "COERCE", "ASSAULT")
                                                 for n in _LEX.types[t].nouns)])


def concern_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    concerns = lex.types[type_].concerns
    if not concerns:
        return []
    word = {"LEMMA": in_(concerns), "POS": in_(["NOUN", "ADJ", "VERB"])}
    about = {"DEP": in_(["prep", "agent"]), "LOWER": in_(_WORDS.concern_preps)}
    return [
        # "concern over Y's remarks", "alarmed by Y's decision"
        [node("trigger", word), node("about", about, "trigger"),
         node("thing", {"DEP": "pobj"}, "about")],
        # "sounded the alarm about Y's plan": the preposition hangs on the verb
        [node("trigger", {**word, "DEP": "dobj"}), node("verb", {"POS": in_(VERB)}, "trigger",
                                                        "<"),
         node("about", about, "verb"), node("thing", {"DEP": "pobj"}, "about")],
        # "X regrets Y's decision", "X deplores the move"
        [node("trigger", {**word, "POS": in_(VERB)}), node("thing", {"DEP": "dobj"}, "trigger")],
        # "X reacted angrily to Y's decision": the manner of the reaction disapproves
        [node("trigger", {"LOWER": in_(_WORDS.anger_manners), "DEP": "advmod"}),
         node("verb", {"LEMMA": in_(_WORDS.reaction_verbs)}, "trigger", "<"),
         node("about", {"DEP": "prep", "LOWER": in_(_WORDS.reaction_preps)}, "verb"),
         node("thing", {"DEP": "pobj"}, "about")],
        # "disappointment that Y has not shared evidence", "concerned that Y deployed troops"
        [node("trigger", word), *that_clause("trigger")]]


@family("concern", patterns=concern_patterns, confidence=0.50, examples=(
    Example("Kenya voiced concern over Uganda's remarks on the border.",
            ("ACCUSE", "kenya", "uganda")),
    Example("Chile sounded the alarm about the pact signed by Peru and Bolivia.",
            ("ACCUSE", "chile", "bolivia")),
    Example("Peru reacted angrily to Chile's decision to close the border.",
            ("ACCUSE", "peru", "chile")),
))
def concern(ctx: Context, m: Match) -> Roles | None:
    """'X voiced concern over Y's remarks', 'X is disappointed that Y did not ...': the one
    concerned accuses the owner of the act (not of a feared one: 'concerned that Y could')."""
    word = m.trigger
    if "clause" in m.nodes:
        clause = m.nodes["clause"]
        if is_future(clause):
            return None
        sources = concerned(ctx, word)
        mine = {s.actor for s in sources}
        targets = [t for t in actors_of_act(ctx, clause) if t.actor not in mine]
        return Roles(sources, targets, either(mode_of(word), mode_of(word.head)))
    thing = m.nodes["thing"]
    if actors_of(ctx.doc, expand(thing), ctx.index, modifiers=False) or \
            thing.lemma_.lower() not in DEEDS:
        return None  # "concern about Haiti", "over X's health": a worry, not over an act
    sources = concerned(ctx, word)
    mine = {s.actor for s in sources}
    targets = [t for t in owners(ctx.doc, ctx.index, thing) if t.actor not in mine]
    verb = m.nodes.get("verb", word.head)
    return Roles(sources, targets, either(mode_of(word), mode_of(verb)))


def concerned(ctx: Context, word: Token) -> list[Mention]:
    """Who is concerned: the noun's owner ('Peru's concern'), the subject of the verb that
    voices it or of the clause it is said of ('X is alarmed'), else the speaker."""
    own = [c for c in word.children if c.dep_ == "poss"]
    found = actors_of(ctx.doc, own, ctx.index)
    if found:
        return found
    head = word.head
    if word.dep_ in ("dobj", "acomp", "attr", "pobj", "advmod") and head.pos_ in VERB:
        return source(ctx, head)  # "X voiced concern", "X is concerned", "X reacted angrily"
    if word.pos_ in VERB:
        return source(ctx, word)
    return speaker(ctx.doc, word, ctx.index, ctx.look.speech)


def _epithet_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE" or not lex.evaluations:
        return []
    return [[node("trigger", {"LEMMA": in_(lex.evaluations), "POS": "ADJ", "DEP": "amod"}),
             node("thing", {"POS": "NOUN"}, "trigger", "<")]]


@family("epithet", patterns=_epithet_patterns, confidence=0.50, examples=(
    Example("Ghana said Togo's unfounded claims had hurt the talks.",
            ("ACCUSE", "ghana", "togo")),
    Example("\"We will not accept the provocative conduct of Chile,\" Peru said.",
            ("ACCUSE", "peru", "chile")),
))
def epithet(ctx: Context, m: Match) -> Roles | None:
    """In X's speech, 'Y's unfounded claims': judging Y's act by its epithet accuses Y."""
    thing = m.nodes["thing"]
    if thing.i in ctx.index or thing.lemma_.lower() in ctx.look.bad_all or \
            not (reported(thing, ctx.look.speech) or quote_inside(thing)):
        return None  # "a flagrant violation of X": a wrong's 'of' names its victim
    sources = speaker(ctx.doc, thing, ctx.index, ctx.look.speech)
    mine = {s.actor for s in sources}
    targets = [t for t in owners(ctx.doc, ctx.index, thing) if t.actor not in mine]
    return Roles(sources, targets, ASSERTED)  # refusing to accept it still names it


def _under_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    nouns = lex.types[type_].nouns
    if type_ != "ACCUSE" or not nouns:
        return []
    return [[node("trigger", {"LEMMA": in_(nouns), "POS": "NOUN", "DEP": "pobj"}),
             node("under", {"DEP": "prep", "LOWER": in_(_WORDS.subjection_preps)}, "trigger",
                  "<"),
             node("verb", {"POS": in_(VERB)}, "under", "<")]]


@family("under_accusation", patterns=_under_patterns, confidence=0.50, examples=(
    Example("A Chilean diplomat was placed under investigation in Peru.",
            ("ACCUSE", "peru", "chile")),
    Example("Kenya came under criticism from Uganda over the border raids.",
            ("ACCUSE", "uganda", "kenya")),
))
def under_accusation(ctx: Context, m: Match) -> Roles | None:
    """'Y was placed under investigation in X', 'Y came under criticism from X': Y is the
    one accused, X (named after the noun or the verb: 'by', 'from', 'in') accuses."""
    noun, verb = m.trigger, m.nodes["verb"]
    subjects = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in expand(c)]
    accused = actors_of(ctx.doc, subjects, ctx.index)
    critics = [o for c in (*noun.children, *verb.children)
               if c.dep_ in ("prep", "agent") and c.lower_ in _WORDS.critic_preps
               for o in c.children if o.dep_ == "pobj"]
    mine = {a.actor for a in accused}
    sources = [s for s in actors_of(ctx.doc, [t for o in critics for t in expand(o)],
                                    ctx.index) if s.actor not in mine]
    return Roles(sources, accused, either(mode_of(noun), mode_of(verb)))


def _borne_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    verb = {"LEMMA": in_(_WORDS.blame_bearing), "POS": in_(VERB)}
    blame = {"LEMMA": in_(_WORDS.blame_nouns)}
    return [[node("verb", verb), node("trigger", {**blame, "DEP": "dobj"}, "verb")],
            # "Y is to blame": the infinitive hangs on the copula
            [node("verb", verb), node("trigger", {**blame, "POS": "VERB", "DEP": "xcomp"},
                                      "verb")]]


@family("blame_borne", patterns=_borne_patterns, confidence=0.50, examples=(
    Example("Ghana said Togo bore full responsibility for the raid.",
            ("ACCUSE", "ghana", "togo")),
    Example("\"Chile is to blame for this crisis,\" Peru said.", ("ACCUSE", "peru", "chile")),
))
def blame_borne(ctx: Context, m: Match) -> Roles | None:
    """In X's speech, 'Y bears responsibility for ...' accuses Y. A future burden ('Y will
    bear responsibility for the consequences') threatens instead, and one taken or claimed
    by the speaker ('we bear responsibility') accuses no one."""
    verb = m.nodes["verb"]
    if is_future(verb) or (verb.lemma_ in _WORDS.copulas) != (m.trigger.pos_ == "VERB"):
        return None
    return _said_of_subject(ctx, verb)


def _said_of_subject(ctx: Context, verb: Token) -> Roles | None:
    """The speaker accuses the subject of ``verb``, in reported speech or a quotation only:
    the writer's own statement accuses no one."""
    if not (reported(verb, ctx.look.speech) or quote_inside(verb)):
        return None
    sources = speaker(ctx.doc, verb, ctx.index, ctx.look.speech)
    mine = {s.actor for s in sources}
    targets = [t for t in actors_of(ctx.doc, subject_of(verb), ctx.index)
               if t.actor not in mine]
    return Roles(sources, targets, mode_of(verb))


# asking or warning someone to stop: "urged X to stop", "warned X to stop interfering"
_ASKING = frozenset([*_LEX.demand_verbs, *_LEX.types["REQUEST"].verbs, *_WORDS.threat_verbs])
_WRONG_ACTS = frozenset(_LEX.types["ACCUSE"].acts)


def _stop_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    return [[node("asking", {"LEMMA": in_(_ASKING), "POS": in_(VERB)}),
             node("trigger", {"LEMMA": in_(_WORDS.stop_verbs), "DEP": in_(["xcomp", "ccomp"])},
                  "asking")]]


@family("demand_stop", patterns=_stop_patterns, confidence=0.50, examples=(
    Example("Peru urged Chile to stop interfering in its affairs.", ("ACCUSE", "peru", "chile")),
    Example("Peru demanded that Chile end its occupation of the islands.",
            ("ACCUSE", "peru", "chile")),
))
def demand_stop(ctx: Context, m: Match) -> Roles | None:
    """'X urged Y to stop interfering', 'X called on Y to end its aggression', 'X warned Y to
    stop meddling': asking someone to stop a wrong accuses them of it; the one asked is the
    target."""
    stop, asking = m.trigger, m.nodes["asking"]
    acts = [c for c in stop.children if c.dep_ in ("dobj", "xcomp")]
    if not any(a.lemma_.lower() in DEEDS or a.lemma_.lower() in _WRONG_ACTS for a in acts):
        return None  # "urged Y to end the talks": no wrong named
    asked = [c for c in stop.children if c.dep_ == "nsubj"] or \
        [c for c in asking.children if c.dep_ in ("dobj", "dative")] or \
        [o for p in asking.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    sources = source(ctx, asking)
    mine = {s.actor for s in sources}
    targets = [t for t in actors_of(ctx.doc, [t for a in asked for t in expand(a)], ctx.index)
               if t.actor not in mine]
    return Roles(sources, targets, mode_of(asking))


def _what_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    verb = {"LEMMA": in_(lex.types[type_].verbs), "POS": in_(VERB)}
    return [[node("trigger", verb),
             node("called", {"LEMMA": in_(lex.label_verbs), "DEP": "ccomp"}, "trigger"),
             node("what", {"TAG": "WP", "DEP": "dobj"}, "called")],
            # "denounced what it said was an incursion by Y"
            [node("trigger", verb), node("said", {"LEMMA": in_(lex.claim_verbs)}, "trigger"),
             node("called", {"LEMMA": in_(_WORDS.copulas), "DEP": "ccomp"}, "said"),
             node("what", {"TAG": "WP", "DEP": "nsubj"}, "called")]]


@family("condemned_what", patterns=_what_patterns, confidence=0.50, examples=(
    Example("Peru condemned what it called Chile's aggression.", ("ACCUSE", "peru", "chile")),
    Example("Peru denounced what it described as Chilean provocations.",
            ("ACCUSE", "peru", "chile")),
    Example("Peru denounced what it said was an incursion by Chile.", ("ACCUSE", "peru", "chile")),
))
def condemned_what(ctx: Context, m: Match) -> Roles | None:
    """'X condemned what it called Y's aggression': the thing named ('Y's aggression', 'a
    campaign of lies by Y', 'Chilean provocations') is Y's, and X accuses Y."""
    called = m.nodes["called"]
    named = [c for c in called.children if c.dep_ in ("oprd", "attr")] or [
        o for p in called.children if p.dep_ == "prep" and p.lower_ in _WORDS.as_preps
        for o in p.children if o.dep_ == "pobj"]
    doers = [o for p in called.children if p.dep_ == "agent" or (
        p.dep_ == "prep" and p.lower_ in _WORDS.critic_preps) for o in p.children
        if o.dep_ == "pobj"]
    sources = source(ctx, m.trigger)
    mine = {s.actor for s in sources}
    found = [*(t for n in named for t in owners(ctx.doc, ctx.index, n)),
             *actors_of(ctx.doc, named, ctx.index), *actors_of(ctx.doc, doers, ctx.index)]
    targets = list({t.actor: t for t in found if t.actor not in mine}.values())
    return Roles(sources, targets, mode_of(m.trigger))


_HARMS = frozenset([*_LEX.wrongs, *_LEX.pejoratives, *_LEX.types["THREATEN"].harms])
_CLAIMS = frozenset([*_LEX.claim_nouns, *_LEX.types["ACCUSE"].nouns])


def _behind_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    return [[node("verb", {"LEMMA": in_(_WORDS.copulas)}),
             node("trigger", {"DEP": "prep", "LOWER": in_(_WORDS.culprit_preps)}, "verb"),
             node("deed", {"DEP": "pobj", "LEMMA": in_(_HARMS)}, "trigger")]]


@family("behind_it", patterns=_behind_patterns, confidence=0.50, examples=(
    Example("Peru said Chile was behind the attacks.", ("ACCUSE", "peru", "chile")),
    Example("\"Chile is behind this violence,\" Peru said.", ("ACCUSE", "peru", "chile")),
))
def behind_it(ctx: Context, m: Match) -> Roles | None:
    """In X's speech, 'Y was behind the attacks': X accuses Y of the wrong."""
    verb = m.nodes["verb"]
    if verb.dep_ in ("acl", "ccomp") and verb.head.lemma_.lower() in _CLAIMS:
        return None  # "the allegation that Y was behind it is false": someone else's claim
    return _said_of_subject(ctx, verb)


def _objection_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    verb = {"LEMMA": in_(lex.words.objection_verbs), "POS": in_(VERB)}
    noun = {"LEMMA": in_(lex.words.objection_nouns), "POS": "NOUN"}
    prep = {"DEP": "prep", "LOWER": in_(lex.words.objection_preps)}
    # "in protest at Y's decision": the parser often hangs 'at' on the noun or verb before
    return [[node("trigger", verb), node("thing", {"DEP": "dobj"}, "trigger")],
            *([node("trigger", attrs), node("prep", prep, "trigger", op),
               node("thing", {"DEP": "pobj"}, "prep")]
              for attrs, op in ((verb, ">"), (noun, ">"), (noun, ".")))]


@family("objection", patterns=_objection_patterns, confidence=0.50, examples=(
    Example("Nepal objected to the agreement between India and China.",
            ("ACCUSE", "nepal", "india")),
    Example("Peru opposed Chile's decision to close the border.", ("ACCUSE", "peru", "chile")),
    Example("Seoul protested Japan's claim to the islets.", ("ACCUSE", "south-korea", "japan")),
    Example("Chile recalled its envoy in protest at Peru's decision.",
            ("ACCUSE", "chile", "peru")),
))
def objection(ctx: Context, m: Match) -> Roles | None:
    """'X objected to Y's decision', 'X protested Y's claim', '... in protest at Y's
    decision': objecting to what someone did or said disapproves of them (CAMEO 110, PLOVER
    ACCUSE); objecting to a proposal or a plan rejects it (REJECT's families), and a crowd
    protesting demonstrates (PROTEST's)."""
    thing, word = m.nodes["thing"], m.trigger
    if thing.lemma_.lower() not in DEEDS or thing.lemma_.lower() in _WORDS.plan_nouns:
        return None
    # "[recalled its envoy] in protest at": the clause the adverbial belongs to
    verb = next((a for a in word.ancestors if a.pos_ in VERB), word) \
        if word.pos_ == "NOUN" else word
    sources = source(ctx, verb)
    protests = ctx.lex.types["PROTEST"]
    if word.lemma_.lower() in (*protests.verbs, *protests.nouns) and any(
            getattr(ctx.doc._.actors.get(s.actor), "kind", None) == "GROUP" for s in sources):
        return None
    mine = {s.actor for s in sources}
    targets = [t for t in owners(ctx.doc, ctx.index, thing) if t.actor not in mine]
    return Roles(sources, targets, mode_of(verb))


def _court_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    return [[node("trigger", {"LEMMA": in_(lex.words.taking_verbs), "POS": in_(VERB)}),
             node("target", {"DEP": "dobj"}, "trigger"),
             node("prep", {"DEP": "prep", "LOWER": in_(lex.words.court_preps)}, "trigger"),
             node("court", {"DEP": "pobj"}, "prep")]]


@family("taken_to_court", patterns=_court_patterns, confidence=0.50, examples=(
    Example("Guyana took Venezuela to the International Court of Justice.",
            ("ACCUSE", "guyana", "venezuela")),
    Example("Kenya's opposition took the government to court.",
            ("ACCUSE", "kenya-opposition", "kenya")),
    Example("Chile referred Peru to the International Court of Justice.",
            ("ACCUSE", "chile", "peru")),
))
def taken_to_court(ctx: Context, m: Match) -> Roles | None:
    """'X took Y to court': a lawsuit against Y accuses it (CAMEO 115, PLOVER ACCUSE)."""
    court = m.nodes["court"]
    named = ctx.index.get(court.i)
    actor = (ctx.doc._.actors or {}).get(named.actor) if named is not None else None
    if court.lemma_.lower() not in _WORDS.court_nouns and \
            getattr(actor, "sector", None) != _JUDICIARY:
        return None
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    return Roles(source(ctx, m.trigger), targets, mode_of(m.trigger))
