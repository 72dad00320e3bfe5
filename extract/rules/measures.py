"""Families of punitive measures named by their effect: a status or a place on a list.

- ``unwelcome``          "Peru declared the Bolivian minister persona non grata" (SANCTION: an
                         entry ban; declaring an envoy so expels them: COERCE)
- ``listing``            "Washington added Cuba to its terrorism list" (a punitive list only),
                         "Tokyo removed Seoul from its white list" (a list of favour only)
- ``listing_noun``       "announced the inclusion of X in the sanctions list"
- ``excluded_from``      "X was suspended from ECOWAS", "barred from the bloc's summit"
- ``hit_with``           "X was hit with sanctions by Y", "Y slapped X with new tariffs"
- ``blocked_bid``        "Y blocked X's accession talks", "vetoed X's membership bid"
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import mode_of
from actorgraph.extract.rules.registry import (
    NOMINAL,
    OBJ,
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
    as_heads,
    match_mode,
    object_actors,
    owner,
    passive_agents,
    source,
    union,
)
from actorgraph.extract.speech import actors_of, expand
from actorgraph.graph.model import Mention

__all__ = ["blocked_bid", "designation", "excluded_from", "hit_with", "is_punitive_list",
           "listing", "listing_noun", "unwelcome"]

_WORDS = lexicon().words
_PUNITIVE = ("SANCTION", "COERCE")


def _unwelcome_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ not in _PUNITIVE:
        return []
    return [[node("verb", {"LEMMA": in_(lex.words.declaring_verbs), "POS": in_(VERB)}),
             node("trigger", {"LOWER": in_(lex.words.unwelcome_words)}, "verb", ">>")]]


@family("unwelcome", patterns=_unwelcome_patterns, confidence=0.50, examples=(
    Example("The Peruvian senator Ana Soto was declared persona non grata by Bolivia.",
            ("SANCTION", "bolivia", "ana-soto")),
    Example("Malawi declared Zambia's ambassador persona non grata.",
            ("COERCE", "malawi", "zambian-ambassador")),
))
def unwelcome(ctx: Context, m: Match) -> Roles | None:
    """'declared X persona non grata': barring a person from entry sanctions them; declaring
    an envoy so expels the envoy (COERCE)."""
    verb, word = m.nodes["verb"], m.trigger
    held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    above = [word.head, word.head.head, *(  # "declared X as personae non gratae"
        [word.head.head.head] if word.head.head.lower_ in _WORDS.as_preps else [])]
    if word.i < verb.i or (verb not in above and not held):
        return None
    # the parser splits "declared X persona non grata" many ways: X lies between the two
    named = [t for h in held for t in expand(h)] or [
        t for t in ctx.doc[verb.i + 1: word.i] if t.lower_ not in _WORDS.as_preps]  # "as"
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in named):
        return None  # "declared that the claims were unwelcome": a judgement, not a status
    targets = _heads(ctx, named)
    if not targets:
        return None
    # an envoy by the words around the name or by a title the person was named with
    held_by = {m.actor for m in targets}
    envoy = any(_diplomatic(t.lemma_) for t in named) or any(
        _diplomatic(w) for m in ctx.doc._.mentions or () if m.actor in held_by
        for w in m.text.split())
    if (m.type == "COERCE") != envoy:
        return None
    if held:
        agents = [p for b in word.subtree if b.dep_ in ("agent", "prep")
                  and b.lower_ in _WORDS.agent_preps for p in b.children if p.dep_ == "pobj"]
        sources = passive_agents(ctx, verb) or actors_of(ctx.doc, agents, ctx.index)
    else:
        sources = source(ctx, verb)
    return Roles(sources, targets, match_mode(m, verb))


def _diplomatic(word: str) -> bool:
    """An envoy's title or the mission one serves ('first secretary at the embassy')."""
    return word.lower() in _WORDS.envoy_nouns or word.lower() in _WORDS.mission_nouns


def _heads(ctx: Context, tokens: list[Token], appositions: bool = False) -> list[Mention]:
    """The actors a noun phrase list names, one per coordinated phrase: its last mention
    ("Mexico's President X": X, not Mexico), none of an apposition ("X and Y, Israel's
    ministers": not Israel) unless only it names one ("Ana Soto, envoy of X")."""
    apposed = set() if appositions else {t.i for a in tokens if a.dep_ == "appos"
                                         for t in a.subtree}
    found: list[Mention] = []
    last: Mention | None = None
    for token in [*(t for t in tokens if t.i not in apposed), None]:
        if token is None or token.pos_ in ("CCONJ", "PUNCT"):
            found += [last] if last is not None else []
            last = None
        elif token.i in ctx.index:
            last = ctx.index[token.i]
    return union(found) or ([] if appositions else _heads(ctx, tokens, True))


def is_punitive_list(noun: Token) -> bool:
    return noun.lemma_.lower() in _WORDS.list_marks or any(
        t.lemma_.lower() in _WORDS.list_marks for t in noun.subtree)


def _is_favour(noun: Token) -> bool:
    return any(t.lemma_.lower() in _WORDS.favour_marks or t.lower_ in _WORDS.favour_marks
               for t in noun.subtree)


def _listing_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    verb = {"LEMMA": in_([*lex.words.listing_verbs, *lex.words.delisting_verbs]),
            "POS": in_(VERB)}
    the_list = {"LEMMA": in_(lex.words.list_nouns), "DEP": "pobj"}
    return [[node("trigger", verb), node("target", {"DEP": in_([*OBJ, "nsubjpass"])}, "trigger"),
             node("prep", {"DEP": "prep"}, "trigger", ">>"), node("list", the_list, "prep")]]


@family("listing", patterns=_listing_patterns, confidence=0.50, examples=(
    Example("Canada added Eritrea to its sanctions list on Friday.",
            ("SANCTION", "canada", "eritrea")),
    Example("Japan put North Korea back on its list of terrorism sponsors.",
            ("SANCTION", "japan", "north-korea")),
    Example("Estonia added 12 Iranian officials to its travel ban list.",
            ("SANCTION", "estonia", "iran")),
    Example("Germany removed Turkey from its list of trusted trade partners.",
            ("SANCTION", "germany", "turkey")),
))
def listing(ctx: Context, m: Match) -> Roles | None:
    """'added X to its terrorism list', 'removed X from its white list': putting someone on a
    punitive list, or taking them off a list of favour, sanctions them."""
    target, verb, prep = m.nodes["target"], m.trigger, m.nodes["prep"]
    off = verb.lemma_.lower() in _WORDS.delisting_verbs
    kept = _is_favour(m.nodes["list"]) if off else is_punitive_list(m.nodes["list"])
    if not kept or verb not in (prep.head, prep.head.head):
        return None  # "put X back on the list": the preposition may hang from the adverb
    sources = passive_agents(ctx, verb) if target.dep_ == "nsubjpass" else source(ctx, verb)
    return Roles(sources, actors_of(ctx.doc, expand(target), ctx.index), match_mode(m, verb))


def _designation_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    verb = {"LEMMA": in_(lex.words.designating_verbs), "POS": in_(VERB)}
    named = [node("trigger", verb),
             node("target", {"DEP": in_([*OBJ, "nsubjpass"])}, "trigger")]
    return [[*named,
             node("prep", {"DEP": "prep", "LOWER": in_(lex.words.as_preps)}, "trigger", ">>"),
             node("list", {"DEP": "pobj"}, "prep")],
            # "designated X a terrorist organisation": the status as a second object
            [*named, node("list", {"DEP": in_(["dobj", "oprd", "attr", "xcomp", "ccomp"]),
                                   "POS": in_(NOMINAL)}, "trigger", ">")]]


# confidence: (right + 1) / (found + 2), news dev 2/5 (all types)
@family("designation", patterns=_designation_patterns, confidence=0.43, examples=(
    Example("Kenya designated the Front as a terrorist organisation.",
            ("SANCTION", "kenya", "front")),
    Example("Chad designated the UFR and the FNT as terrorist groups.",
            ("SANCTION", "chad", "fnt")),
    Example("Mali designated the Front a terrorist organisation.",
            ("SANCTION", "mali", "front")),
))
def designation(ctx: Context, m: Match) -> Roles | None:
    """'designated X as a terrorist organisation': a punitive status sanctions X."""
    target, verb, status = m.nodes["target"], m.trigger, m.nodes["list"]
    prep = m.nodes.get("prep")
    placed = prep.head in as_heads(verb, target) if prep else status.i > target.i
    if not placed or not is_punitive_list(status):
        return None
    sources = passive_agents(ctx, verb) if target.dep_ == "nsubjpass" else source(ctx, verb)
    return Roles(sources, actors_of(ctx.doc, expand(target), ctx.index), match_mode(m, verb))


def _listing_noun_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    noun = {"LEMMA": in_(lex.words.listing_nouns), "POS": in_(NOMINAL)}
    named = [node("trigger", noun),
             node("of", {"DEP": "prep", "LOWER": in_(lex.words.of_preps)}, "trigger"),
             node("target", {"DEP": "pobj"}, "of")]
    the_list = {"LEMMA": in_(lex.words.list_nouns), "DEP": "pobj"}
    # the list's preposition hangs from the noun or, often, from the verb that governs it
    return [[*named, node("prep", {"DEP": "prep"}, "trigger"), node("list", the_list, "prep")],
            [*named, node("verb", {"POS": in_(VERB)}, "trigger", "<"),
             node("prep", {"DEP": "prep"}, "verb"), node("list", the_list, "prep")]]


@family("listing_noun", patterns=_listing_noun_patterns, confidence=0.50, examples=(
    Example("Ottawa announced the inclusion of Eritrea in its sanctions list.",
            ("SANCTION", "canada", "eritrea")),
    Example("Tokyo confirmed the addition of Belarus to the terrorism list.",
            ("SANCTION", "japan", "belarus")),
))
def listing_noun(ctx: Context, m: Match) -> Roles | None:
    """'the inclusion of X in the sanctions list': the owner of the inclusion lists X."""
    if not is_punitive_list(m.nodes["list"]):
        return None
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    return Roles(owner(ctx, m.trigger, m.type), targets, mode_of(m.trigger))


def _excluded_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if type_ != "SANCTION" or not cues.verbs:
        return []
    return [[node("trigger", {"LEMMA": in_(cues.verbs), "POS": in_(VERB)}),
             node("target", {"DEP": "nsubjpass"}, "trigger"),
             node("from", {"DEP": "prep", "LOWER": in_(lex.words.exclusion_preps)}, "trigger")]]


@family("excluded_from", patterns=_excluded_patterns, confidence=0.50, examples=(
    Example("Guinea was suspended from ECOWAS after the coup.",
            ("SANCTION", "ecowas", "guinea")),
    Example("Belarus was barred from attending the OSCE summit.",
            ("SANCTION", "osce", "belarus")),
))
def excluded_from(ctx: Context, m: Match) -> Roles | None:
    """'X was suspended from ECOWAS', 'barred from attending the bloc's summit': a body that
    shuts a member out of itself or its meetings sanctions it (no agent named)."""
    if any(c.dep_ == "agent" for c in m.trigger.children):
        return None  # "was suspended from X by Y": the passive family's reading
    place = next((c for c in m.nodes["from"].children if c.dep_ in ("pobj", "pcomp")), None)
    if place is not None and place.dep_ == "pcomp":  # "from attending the summit"
        place = next((c for c in place.children if c.dep_ == "dobj"), None)
    if place is None:
        return None
    actors = ctx.doc._.actors or {}
    body = [b for b in actors_of(ctx.doc, [place], ctx.index, modifiers=False)
            if getattr(actors.get(b.actor), "kind", None) == "ORGANIZATION"]
    if not body and place.lemma_.lower() in _WORDS.gathering_nouns:
        body = actors_of(ctx.doc, [c for c in place.children
                                   if c.dep_ in ("poss", "compound", "amod")], ctx.index,
                         modifiers=False)
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    return Roles(body, targets, match_mode(m, m.trigger))


def _blocked_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    verb = {"LEMMA": in_(lex.words.obstructing_verbs), "POS": in_(VERB)}
    accession = {"LEMMA": in_(lex.words.accession_nouns)}
    held = {"DEP": in_(["dobj", "nsubjpass"])}
    return [[node("trigger", verb), node("bid", {**accession, **held}, "trigger")],
            # "X's accession talks", "X's membership bid": the kind of the noun before it
            [node("trigger", verb), node("bid", held, "trigger"),
             node("kind", {**accession, "DEP": "compound"}, "bid")]]


@family("blocked_bid", patterns=_blocked_patterns, confidence=0.50, examples=(
    Example("Greece blocked Albania's accession talks with the EU.",
            ("SANCTION", "greece", "albania")),
    Example("Bulgaria vetoed North Macedonia's membership bid on Tuesday.",
            ("SANCTION", "bulgaria", "north-macedonia")),
))
def blocked_bid(ctx: Context, m: Match) -> Roles | None:
    """'blocked X's accession talks', 'vetoed X's membership bid': whose way in is barred."""
    bid = m.nodes["bid"]
    # "X's membership bid": the possessor may hang on the noun before the head
    holders = [bid, *(c for c in bid.children if c.dep_ == "compound")]
    owners = [t for h in holders for c in h.children if c.dep_ == "poss" for t in expand(c)]
    if not owners:
        return None
    sources = passive_agents(ctx, m.trigger) if bid.dep_ == "nsubjpass" else \
        source(ctx, m.trigger)
    mine = {s.actor for s in sources}
    targets = [t for t in actors_of(ctx.doc, owners, ctx.index) if t.actor not in mine]
    return Roles(sources, targets, match_mode(m, m.trigger))


def _hit_with_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    nouns = lex.types[type_].nouns
    if type_ != "SANCTION" or not nouns:
        return []
    return [[node("trigger", {"LEMMA": in_(nouns), "DEP": "pobj"}),
             node("with", {"DEP": "prep", "LOWER": in_(_WORDS.instrument_preps)}, "trigger", "<"),
             node("verb", {"POS": in_(VERB)}, "with", "<")]]


@family("hit_with", patterns=_hit_with_patterns, confidence=0.50, examples=(
    Example("Nicaragua was hit with new sanctions by Canada.",
            ("SANCTION", "canada", "nicaragua")),
    Example("Chile slapped Peru with new tariffs.", ("SANCTION", "chile", "peru")),
))
def hit_with(ctx: Context, m: Match) -> Roles | None:
    """'X was hit with sanctions by Y', 'Y slapped X with tariffs': the measure's target is
    the one the verb acts on, its source the verb's doer (the agent of the passive)."""
    verb = m.nodes["verb"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        targets = actors_of(ctx.doc, [t for c in passive for t in expand(c)], ctx.index)
        # "by Y" may hang on the measure: "hit with new sanctions by Canada"
        sources = passive_agents(ctx, verb) or actors_of(ctx.doc, [
            o for p in m.trigger.children if p.dep_ == "prep" and p.lower_ in
            _WORDS.agent_preps for o in p.children if o.dep_ == "pobj"], ctx.index)
    else:
        targets = object_actors(ctx, verb)
        sources = source(ctx, verb) if targets else []
    mine = {s.actor for s in sources}
    return Roles(sources, [t for t in targets if t.actor not in mine], match_mode(m, verb))
