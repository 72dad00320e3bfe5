"""Role helpers the fillers share: who acts, who owns an event, who is its object.

The source of a trigger is its subject (inherited through conjunction and participles), the
agent of a passive, the owner of a nominal event ("the US sanctions", "Trump's threat") or the
speaker of the reported speech around it (``speech.py``). Conditional threats take as target
the actor whose act is the condition ("... if Iran continues").
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.negation import ASSERTED, HYPOTHETICAL, in_condition, mode_of
from actorgraph.extract.passages import quoted_at, text_of
from actorgraph.extract.rules.registry import VERB, Context, Match, Pattern, in_, node
from actorgraph.extract.speech import actors_of, expand, speaker
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.model import Mention

__all__ = ["FORUM_SECTORS", "NOMINAL_DEPS", "actors_of_act", "as_heads", "complement_of",
           "condition_actors", "doer", "embeds", "is_future", "leaves_through", "match_mode",
           "object_actors", "owner", "passive_agents", "possessor_suffers", "quote_inside",
           "reported", "response_actors", "safekeeping", "source", "speaker_or_subject",
           "that_clause", "threat_mode", "union", "wrongdoers"]

_WORDS = lexicon().words
MODALS = lexicon().modals | _WORDS.future_markers
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "prep", "compound", "poss", "conj", "nmod",
                          "amod", "appos", "npadvmod", "attr", "oprd"})
_VERB_START = frozenset({"dobj", "dative", "prep", "attr", "oprd", "npadvmod", "pobj"})
# "an investigation into crimes committed by X": the doer of the act the noun names
NOMINAL_DEPS = _OBJECT_DEPS | {"acl", "agent"}
_EMBEDDING = {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj"}
# Types that are deeds, not speech: their source is never the speaker who reports them.
_THIRD_PERSON = _WORDS.group_pronouns | _WORDS.person_pronouns | _WORDS.body_pronouns
_DEEDS = {"SANCTION", "ASSAULT", "COERCE", "AID", "MOBILIZE", "RETREAT", "COOPERATE"}
# the sectors of bodies that hear a dispute or a complaint taken to them, never its target
FORUM_SECTORS = ("IGO", "JUDICIARY")
_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")
_TYPES = lexicon().types
_EVENT_NOUNS = frozenset(n for cues in _TYPES.values() for n in cues.nouns)
_PATIENTS = frozenset(lexicon().patient_nouns)
_DOER_PREPS = _WORDS.owner_preps - _WORDS.of_preps
_FINITE, _BARE = frozenset({"VBD", "VBZ"}), "VB"  # a past or present verb, an infinitive


def leaves_through(verb: Token, prep: Token) -> bool:
    """Does ``prep`` say what ``verb`` leaves: 'withdrew from', 'pulled out of', 'walked away
    from' (the preposition on the verb or on its particle; 'of' only after a particle: not
    'withdrew one of its envoys')?"""
    if prep.head == verb:
        return prep.lower_ in _WORDS.exclusion_preps or any(
            c.dep_ == "prt" and c.lower_ in _WORDS.leaving_particles for c in verb.children)
    return prep.head.head == verb and prep.head.lower_ in _WORDS.leaving_particles


def as_heads(verb: Token, target: Token) -> tuple[Token, ...]:
    """Where the 'as' of 'branded X as ...' may hang: the verb, or (misparsed) the object or
    its conjuncts ('designated X and Y as terrorist groups')."""
    return (verb, target, *target.conjuncts)


def union(*groups: list[Mention]) -> list[Mention]:
    """Mentions of distinct actors, first mention kept, in order."""
    return list({m.actor: m for group in groups for m in group}.values())


def match_mode(m: Match, token: Token) -> str:
    """The mode of ``token``'s event; a threat may be conditional and still be made."""
    return mode_of(token, conditional_ok=m.type == "THREATEN")


def threat_mode(act: Token) -> str:
    """A threatened act: hypothetical inside a condition, negated when refused ('would not
    strike') unless it threatens only when negated ('will not tolerate')."""
    if in_condition(act):
        return HYPOTHETICAL
    if act.lemma_.lower() in _WORDS.require_negation:
        return ASSERTED
    return mode_of(act, conditional_ok=True)


def is_future(verb: Token, modals: frozenset[str] = MODALS) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def source(ctx: Context, verb: Token) -> list[Mention]:
    """The acting subject of a verb, or the speaker of the speech it is reported in; a quoted
    'they', 'he' or 'it' is not the speaker ('"They suspended the talks," X said'; '"He has
    suspended the judiciary," noted X'; but 'X said they would')."""
    subjects = subject_of(verb)
    found = actors_of(ctx.doc, subjects, ctx.index) or _authors(ctx, subjects)
    if found or any(s.lower_ in _THIRD_PERSON and quote_inside(s) for s in subjects):
        return found
    return speaker(ctx.doc, verb, ctx.index, ctx.look.speech)


def _authors(ctx: Context, subjects: list[Token]) -> list[Mention]:
    """'a report by X accused', 'a letter from X's ministry condemned', 'a statement issued by
    X condemned': a document's author."""
    documents = [s for s in subjects if s.lemma_.lower() in _WORDS.authored_nouns]
    preps = [c for s in documents for c in s.children if c.dep_ == "prep"] + \
        [a for s in documents for c in s.children if c.dep_ == "acl"
         for a in c.children if a.dep_ == "agent"]
    named = [p for c in preps if c.lower_ in _WORDS.author_preps
             for p in c.children if p.dep_ == "pobj"]
    return actors_of(ctx.doc, [t for p in named for t in expand(p)], ctx.index)


def doer(ctx: Context, event: Token, m_type: str = "") -> list[Mention]:
    """Who did an event: the owner of one named by a noun ('Kenya's closure of the border'),
    the acting subject of one named by a verb."""
    return owner(ctx, event, m_type) if event.pos_ == "NOUN" else source(ctx, event)


def passive_agents(ctx: Context, verb: Token) -> list[Mention]:
    agents = [p for a in verb.children if a.dep_ == "agent" for c in a.children
              if c.dep_ == "pobj" for p in expand(c)]
    return actors_of(ctx.doc, agents, ctx.index)


def owner(ctx: Context, noun: Token, m_type: str = "") -> list[Mention]:
    """Who a nominal event belongs to: 'the US sanctions', 'sanctions imposed by X', the
    subject of the verb that governs it ('Iran issued a threat'), or the speaker."""
    head = noun.head
    of_what = head.head if noun.dep_ == "pobj" and head.lower_ in _WORDS.of_preps else noun
    if of_what != noun and of_what.lemma_.lower() in _WORDS.quantity_nouns:
        return owner(ctx, of_what, m_type)  # "imposed a new round of sanctions on X"
    owners = [c for c in noun.children if c.dep_ in _MODIFIER_DEPS]
    agents = [p for acl in noun.children if acl.dep_ == "acl" for a in acl.children
              if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj" for p in expand(c)]
    if m_type in _DEEDS:
        agents += _doers_by(noun)
    found = actors_of(ctx.doc, [t for o in owners for t in expand(o)] + agents, ctx.index,
                      modifiers=False)
    if found or (of_what != noun and of_what.lemma_.lower() in _WORDS.enacting_nouns):
        return found or owner(ctx, of_what, m_type)  # "X's imposition of tariffs on Y"
    if noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
        # "ordered the expulsion of X and the recall of Y": the first event's owner, wherever
        # the parser hung the second one
        first = head
        while first.dep_ in ("conj", "pobj", "prep") and first.head != first:
            first = first.head
        if first.pos_ in ("NOUN", "PROPN") and first.lemma_.lower() in ctx.look.bad_all:
            return owner(ctx, first, m_type)
    joined = head.head
    if noun.dep_ == "pobj" and joined.pos_ == "VERB" and \
            joined.lemma_.lower() in _WORDS.joining_verbs:  # "X joined Y in a condemnation of"
        partners = [t for c in joined.children if c.dep_ == "dobj" and c.i < noun.i
                    for t in expand(c)]
        return union(source(ctx, joined), actors_of(ctx.doc, partners, ctx.index))
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "conj") and head.pos_ in ("VERB", "AUX"):
        if m_type in _DEEDS and _judges(head, m_type):
            return []  # "Iran condemned the sanctions on X": not Iran's sanctions
        if noun.dep_ == "nsubjpass":
            return passive_agents(ctx, head)
        return source(ctx, head)
    if m_type in _DEEDS:
        return []  # "the attack on Israel", said by X, is not X's attack
    return speaker(ctx.doc, noun, ctx.index, ctx.look.speech)


def _doers_by(noun: Token) -> list[Token]:
    """'sanctions by Canada', 'the ban on X by India': the 'by' phrase of a measure, on the
    noun or (as the parser often hangs it) on the object of the noun's preposition."""
    holders = [noun, *(o for p in noun.children if p.dep_ == "prep"
                       for o in p.children if o.dep_ == "pobj")]
    return [t for h in holders for b in h.children if b.dep_ == "prep"
            and b.lower_ in _WORDS.agent_preps for o in b.children if o.dep_ == "pobj"
            for t in expand(o)]


def possessor_suffers(noun: Token) -> bool:
    """Is the possessor of ``noun`` the one an act was done to ('his detention', 'Navalny's
    treatment'), not its doer ('Chad's arrest of the reporter')?"""
    return noun.lemma_.lower() in _PATIENTS and not any(
        c.dep_ == "prep" and c.lower_ in _WORDS.of_preps for c in noun.children)


def _judges(verb: Token, m_type: str) -> bool:
    """Is ``verb`` another type's cue (condemn, welcome, reject), not one that takes or makes
    an event of ``m_type`` (impose, announce)? Its subject then only judges the event."""
    cues = _TYPES.get(m_type)
    lemma = verb.lemma_.lower()
    if cues is None or lemma in cues.light_verbs or lemma in cues.verbs or \
            lemma in _WORDS.cancel_verbs:  # "vetoed sanctions on X": its own, refused
        return False
    return any(lemma in c.verbs for t, c in _TYPES.items() if t != m_type)


def wrongdoers(ctx: Context, noun: Token) -> list[Mention]:
    """Who a wrong belongs to: 'Ukrainian aggression', 'the US's mischief', 'sanctions
    imposed by X', 'a US-backed destabilisation effort'."""
    heads = [noun, noun.head] if noun.dep_ in ("compound", "amod") else [noun]
    doc, index = ctx.doc, ctx.index
    for head in heads:
        # "X's brutal treatment": the possessor of an act done to them suffered it
        deps = _MODIFIER_DEPS[1:] if possessor_suffers(head) else _MODIFIER_DEPS
        mods = [c for c in head.children if c.dep_ in deps]
        found = actors_of(doc, mods, index, modifiers=False)
        # "a US and Israeli-backed effort": conjoined modifiers and what they hold
        found += [x for c in mods for cj in c.conjuncts
                  for x in actors_of(doc, [cj, *cj.children], index, modifiers=False)]
        found += passive_agents(ctx, next((c for c in head.children if c.dep_ == "acl"), head))
        # "open provocation by X", "aggression from X" (not 'of': the victim of a wrong)
        doers = [o for c in head.children if c.dep_ == "prep" and c.lower_ in _DOER_PREPS
                 for o in c.children if o.dep_ == "pobj"]
        found += actors_of(doc, [t for o in doers for t in expand(o)], index)
        if found:
            return union(found)
    return []


def speaker_or_subject(ctx: Context, act: Token) -> list[Mention]:
    """Who threatens with an act in reported speech: the speaker when the act's subject is
    the speaker's own side ("Khamenei declared that Iran will ..."), else the subject
    ("the EC may halt ..., a Dutch minister said")."""
    doc, index = ctx.doc, ctx.index
    said = speaker(doc, act, index, ctx.look.speech) if reported(act, ctx.look.speech) else []
    subjects = actors_of(doc, subject_of(act), index)
    if not said:
        return subjects
    if not subjects:
        return said
    actors = doc._.actors or {}
    countries = {getattr(actors.get(s.actor), "country", None) for s in said}
    own = all(s.actor in {x.actor for x in said} or
              (getattr(actors.get(s.actor), "country", None) in countries - {None})
              for s in subjects)
    return said if own else subjects


def complement_of(act: Token, speech: Token) -> bool:
    """Is ``act`` the clause reported by ``speech`` (through 'that', 'and that', parataxis)?"""
    token = act
    for _ in range(5):
        participle = token.dep_ == "advcl" and not any(c.dep_ == "mark" for c in token.children)
        if (token.dep_ not in ("ccomp", "conj", "parataxis", "xcomp") and not participle) or \
                token.head == token:
            return False
        token = token.head
        if token == speech:
            return True
    return False


def quote_inside(token: Token) -> bool:
    """Is the token inside a quotation, opened in its sentence or in an earlier sentence of
    its paragraph ('X said: "This was an attack. Y will face consequences."')?"""
    return quoted_at(text_of(token.doc), token.idx)


def reported(token: Token, speech_verbs: frozenset[str]) -> bool:
    """Is the clause of ``token`` reported speech (a complement of a speech verb, or a
    quotation)?"""
    inner = token
    for _ in range(5):
        if token.head == token:
            break
        if token.dep_ in ("ccomp", "parataxis", "xcomp", "conj") and \
                token.head.lemma_.lower() in speech_verbs:
            return True
        token = token.head
    return quote_inside(inner)


def actors_of_act(ctx: Context, act: Token) -> list[Mention]:
    """Who did the reported act: the passive's agent, else the subject; of a culprit's
    passive ('X are suspected of spying', 'X was involved in corruption') the subject."""
    agents = [p for a in act.children if a.dep_ == "agent" for c in a.children
              if c.dep_ == "pobj" for p in expand(c)]
    patients = [p for c in act.children if c.dep_ == "nsubjpass" for p in expand(c)]
    if patients and not agents and act.lemma_.lower() in _WORDS.culprit_passives:
        return actors_of(ctx.doc, patients, ctx.index)
    if agents or patients:
        return actors_of(ctx.doc, agents, ctx.index)
    return actors_of(ctx.doc, subject_of(act), ctx.index)


def condition_actors(ctx: Context, verb: Token) -> list[Mention]:
    """The actor whose act is the condition of a threat: '... if Iran continues', '... unless
    Baghdad accepts', '... if Tehran is attacked by the US' (the hypothetical attacker)."""
    token = verb
    for _ in range(3):
        for clause in token.children:
            # "... if pressure grows, X said": the parser may take the reporting clause for
            # the condition; its speaker is no condition's actor
            if in_condition(clause) and not _reporting(ctx, clause):
                found = [m for c in (clause, *clause.conjuncts) for m in actors_of_act(ctx, c)]
                if found:
                    return list({m.actor: m for m in found}.values())
        if token.dep_ not in ("ccomp", "xcomp", "conj") or token.head == token:
            break
        token = token.head
    return []


def _reporting(ctx: Context, clause: Token) -> bool:
    """'X said' with no object: a reporting clause, not a condition ('if X adds tariffs')."""
    return clause.lemma_.lower() in ctx.look.speech and not any(
        c.dep_ in ("dobj", "dative") for c in clause.children)


def safekeeping(word: Token) -> bool:
    """'responsible for the safety of Y': made answerable for what may yet happen to Y."""
    return any(p.lemma_.lower() in _WORDS.safekeeping_nouns for c in word.children
               if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")


def response_actors(ctx: Context, token: Token) -> list[Mention]:
    """'in response to X's call', 'in retaliation for X's strike': X."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in _WORDS.response_preps:
            for noun in prep.children:
                if noun.lemma_.lower() in _WORDS.response_nouns:
                    return object_actors(ctx, noun, nearest=True)
    return []


def object_actors(ctx: Context, verb: Token, nearest: bool = False,
                  deps: frozenset[str] = _OBJECT_DEPS) -> list[Mention]:
    """Actors in a verb's object and prepositional phrases, nearest first, not in clauses.

    ``nearest``: only the closest level of the phrase ("in response to Trump's call for new
    leadership" gives Trump, not the leadership).
    """
    found: list[Token] = []
    is_verb = verb.pos_ in ("VERB", "AUX")
    start = _VERB_START if is_verb else deps
    # "ship the waste back to X", "pull troops away from X": the adverb's own phrase
    frontier = [c for c in verb.children if c.dep_ in start or (
        is_verb and c.dep_ == "advmod" and any(k.dep_ == "prep" for k in c.children))]
    for _ in range(5):
        nxt: list[Token] = []
        for token in frontier:
            if token.i in ctx.index:
                found.append(token)
            nxt.extend(c for c in token.children if c.dep_ in deps)
        if nearest and found:
            break
        frontier = nxt
    return actors_of(ctx.doc, found, ctx.index, modifiers=False)


def embeds(outer: Token, inner: Token) -> bool:
    """Is ``inner`` inside a complement clause of ``outer`` ('agreed to [provide aid]',
    'called on Arabs [to unite and mobilise]')? Coordination inside the complement is
    followed; coordination with ``outer`` itself is not embedding."""
    token, embedded = inner, False
    if inner.dep_ == "conj" and outer.pos_ in ("NOUN", "PROPN") and \
            inner.head.lemma_.lower() not in _EVENT_NOUNS:
        return False  # "the expulsion of X and the recall of Y": hung on X, joined to outer
    for _ in range(5):
        if token.dep_ == "conj" and token.tag_ in _FINITE and token.head.tag_ == _BARE:
            return False  # "threatened to attack X and accused Y": 'accused' joins 'threatened'
        if token.dep_ == "pobj" and token.lemma_.lower() in _WORDS.objection_nouns:
            return False  # "recalled its envoy in protest at X's move": a reason, no content
        if token.dep_ == "pcomp" and token.head.lower_ in _WORDS.absolute_preps and \
                any(c.dep_ == "nsubj" for c in token.children):
            return False  # "cut ties, with its leader calling X a criminal": a clause beside
        if token.dep_ == "pcomp" and token.head.lower_ in _WORDS.sequence_preps:
            return False  # "closed the border after accusing X": a deed before, not content
        if token.dep_ == "pobj" and token.head.lower_ in _WORDS.defiance_preps:
            return False  # "recognised X despite Y's warnings": warnings given, not content
        infinitive = token.dep_ in ("advcl", "acl") and any(
            c.lower_ in _WORDS.infinitive_markers and c.dep_ == "aux" for c in token.children)
        if token.head == token or not (token.dep_ in _EMBEDDING or token.dep_ == "conj"
                                       or infinitive):
            return False
        embedded = embedded or token.dep_ in _EMBEDDING or infinitive
        joined = token.dep_ == "conj"
        token = token.head
        if token == outer:  # "rejected X and [imposed bans]": a clause joined to outer
            return embedded and not joined
    return False


def that_clause(parent: str) -> Pattern:
    """The nodes of a clause of what was done, opened by 'that', under node ``parent``:
    'concerned that Y deployed troops', 'protested the fact that Y built a base'."""
    return [node("clause", {"POS": in_(VERB), "DEP": in_(["acl", "ccomp"])}, parent),
            node("that", {"DEP": "mark", "LOWER": in_(_WORDS.complementizers)}, "clause")]
