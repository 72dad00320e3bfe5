"""The rules.v1 relation extractor: dependency patterns over a cue lexicon.

``patterns.py`` finds a trigger (a cue verb, noun, label or act of a relation type) and the
token that names its target; this module fills the roles with actors. The source is the
trigger's subject (inherited through conjunction and participles), the agent of a passive, the
owner of a nominal event ("the US sanctions", "Trump's threat"), or else the speaker of the
reported speech around the trigger (``speech.py``). Conditional threats take as target the
actor whose act is the condition ("... if Iran continues"). Roles expand over coordination.
Negated, denied or hypothetical events are kept with ``negated=True`` (``negation.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from actorgraph.extract.negation import has_negator, in_condition, negated
from actorgraph.extract.patterns import build_matcher, load_cues
from actorgraph.extract.resolve import mention_index
from actorgraph.extract.speech import actors_of, expand, speaker, subject_of
from actorgraph.graph.ids import relation_id
from actorgraph.graph.model import Evidence, Mention, Relation

__all__ = ["CONFIDENCE", "EXTRACTORS", "RuleExtractor", "load_cues"]

# Precision of each pattern family: (right + 1) / (found + 2) over its asserted relations on
# the annotated seed articles (core types, right = in the gold) and the PLOVER dev sentences
# (right = the sentence's type), measured 2026-11-23; counts in the comments
# (a relation found by several families counts for the most confident one). The add-one
# smoothing keeps rare families from claiming certainty; unmeasured families get 0.5.
CONFIDENCE = {
    "verb_obj": 0.95,       # 35/36
    "verb_obj_prep": 0.94,  # 15/15
    "modal_act": 0.94,      # 14/14
    "speech_act": 0.92,     # 10/10
    "label_as": 0.90,       # 8/8
    "verb_xcomp": 0.88,     # 6/6
    "label": 0.83,          # 4/4
    "phrase": 0.83,         # 4/4
    "claim_act": 0.75,      # 2/2
    "noun_prep": 0.67,      # 5/7
    "noun_light": 0.67,     # 3/4
    "verb_ccomp": 0.67,     # 1/1
    "pejorative": 0.67,     # 1/1
    "verb_relcl": 0.67,     # 1/1
    "noun_xcomp": 0.67,     # 1/1
    "among": 0.67,          # 1/1
    "passive": 0.67,        # 1/1
    "demand": 0.67,         # 1/1
    "demand_action": 0.67,  # 1/1
    "verb_prep": 0.56,      # 4/7
    "verb_particle": 0.50,  # 1/2
    "noun_acl": 0.50,       # not seen
    "adj_label": 0.50,      # not seen
    "not_ruled_out": 0.50,  # not seen
    "reciprocal": 0.50,     # not seen
    "demand_clause": 0.50,  # not seen
    "obligation": 0.50,     # not seen
}

_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "prep", "compound", "poss", "conj", "nmod",
                          "amod", "appos", "npadvmod", "attr", "oprd"})
_VERB_START = frozenset({"dobj", "dative", "prep", "attr", "oprd", "npadvmod", "pobj"})
# "an investigation into crimes committed by X": the doer of the act the noun names
_NOMINAL_DEPS = _OBJECT_DEPS | {"acl", "agent"}
_ECHO = {"echo", "repeat", "reiterate", "amplify", "endorse", "back", "share", "voice"}
_RESPONSES = {"response", "retaliation", "reaction", "reply", "answer", "revenge"}
_CORE = {"ACCUSE", "THREATEN", "SANCTION"}
# Types that are deeds, not speech: their source is never the speaker who reports them.
_DEEDS = {"SANCTION", "ASSAULT", "COERCE", "AID", "MOBILIZE", "RETREAT", "COOPERATE"}
_EMBEDDING = {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj"}
_THREAT_VERBS = {"threaten", "warn"}
_SILENCE = {"comment", "elaborate", "say", "speak", "disclose", "specify", "identify", "name",
            "confirm", "give"}
# Acts whose promise ("will provide aid", "would meet X") PLOVER codes as AGREE
_PROMISABLE = {"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
_REQUIRE_NEGATION = {"tolerate", "allow", "accept", "hesitate", "stand", "spare", "forgive",
                     "forget", "rest"}


@dataclass(frozen=True)
class _Match:
    type: str
    family: str
    trigger: Token
    nodes: dict[str, Token]


@dataclass(frozen=True)
class _Roles:
    sources: list[Mention]
    targets: list[Mention]
    negated: bool


class RuleExtractor:
    """Match every pattern family, then fill roles with actors and build Relations."""

    name = "rules.v1"

    def __init__(self, nlp: Language) -> None:
        cues = load_cues()
        self.matcher = build_matcher(cues)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for type_, phrases in cues.get("phrases", {}).items():
            self.phrases.add(f"{type_}:phrase", [nlp.make_doc(p) for p in phrases])
        self.speech = frozenset(cues.get("speech_verbs", []))
        self.claims = frozenset(cues.get("claim_verbs", []))
        self.strong_as = frozenset(cues.get("strong_as_verbs", []))
        self.victim_acts = frozenset(cues["types"].get("THREATEN", {}).get("victim_acts", []))
        self.pairs = {t: {(verb, word) for key in ("verb_preps", "particle_verbs")
                          for verb, words in c.get(key, {}).items() for word in words}
                      for t, c in cues["types"].items()}
        self.inquiries = frozenset(cues.get("inquiry_verbs", []))
        self.demands = frozenset(cues["types"].get("REQUEST", {}).get("nouns", [])) - {"bid"}
        self.cue_types: dict[str, list[str]] = {}  # cue verb or noun -> its types
        for kind, cue in cues["types"].items():
            for word in {*cue.get("verbs", []), *cue.get("nouns", []), *cue.get("xcomp_verbs", [])}:
                self.cue_types.setdefault(word, []).append(kind)
        self.preps = {t: frozenset(c.get("preps", [])) for t, c in cues["types"].items()}
        self.light_nouns = {t: frozenset(c.get("light_nouns", []))
                            for t, c in cues["types"].items()}
        self.light = {(t, verb) for t, c in cues["types"].items()
                      for verb in c.get("light_verbs", [])}
        self.bad = {t: frozenset([*c.get("labels", []), *c.get("acts", []), *c.get("nouns", [])])
                    for t, c in cues["types"].items()}
        self.bad_all = frozenset([*(w for words in self.bad.values() for w in words),
                                  *cues.get("wrongs", [])])

    def __call__(self, doc: Doc) -> list[Relation]:
        if not doc._.mentions:
            return []
        index = mention_index(doc)
        best: dict[tuple[Any, ...], tuple[Relation, Token]] = {}
        cues = [(kind, t) for t in doc for kind in self.cue_types.get(t.lemma_.lower(), ())]
        for match in self._matches(doc):
            cues.append((match.type, match.trigger))
            if match.type == "AGREE" and \
                    match.nodes.get("target", match.trigger).lemma_.lower() in self.demands:
                match = replace(match, type="CONCEDE")  # "accepted X's demands" yields to X
            if self._light_use(match):
                continue
            roles = self._roles(doc, index, match)
            if roles is None:
                continue
            for relation in _relations(doc, match, roles):
                key = (relation.evidence.start, relation.type, relation.source,
                       relation.target, relation.negated)
                if key not in best or relation.confidence > best[key][0].confidence:
                    best[key] = (relation, match.trigger)
        kept = _matrix_events(list(best.values()), cues, self.light)
        doc.user_data.pop("actorgraph_text", None)  # the text cache of speech.text_of
        return sorted(kept, key=lambda r: (r.evidence.start, r.type, r.id))

    def _light_use(self, match: _Match) -> bool:
        """'offered its condolences to X', 'offered aid to X': a verb that is a light verb of
        its object's type names that type's event, not one of its own."""
        if match.type in _CORE or not match.family.startswith("verb_"):
            return False
        verb = match.trigger.lemma_.lower()
        return any((kind, verb) in self.light for c in match.trigger.children
                   if c.dep_ == "dobj" for kind in self.cue_types.get(c.lemma_.lower(), ())
                   if kind != match.type)

    def _matches(self, doc: Doc) -> Iterator[_Match]:
        for type_, family, pattern, tokens in self.matcher(doc):
            nodes = {node["RIGHT_ID"]: doc[i] for node, i in zip(pattern, tokens, strict=True)}
            yield _Match(type_, family, nodes["trigger"], nodes)
        for match_id, start, end in self.phrases(doc):
            type_, family = doc.vocab.strings[match_id].split(":")
            span = doc[start:end]
            yield _Match(type_, family, span.root, {"trigger": span.root, "end": doc[end - 1]})

    def _roles(self, doc: Doc, index: dict[int, Mention], match: _Match) -> _Roles | None:
        """Sources, targets and negation of one match, by its family; None drops the match."""
        fill = getattr(self, f"_{match.family}", None)
        if fill is None:
            return None
        found: tuple[list[Mention], list[Mention], bool] | None = fill(doc, index, match)
        if found is None:
            return None
        sources, targets, is_negated = found
        return _Roles(sources, targets, is_negated)

    def _source(self, doc: Doc, index: dict[int, Mention], verb: Token) -> list[Mention]:
        """The acting subject of a verb, or the speaker of the speech it is reported in."""
        return actors_of(doc, subject_of(verb), index) or speaker(doc, verb, index, self.speech)

    def _verb_obj(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        target = m.nodes["target"]
        targets = actors_of(doc, expand(target), index)
        if not targets and (m.type not in _CORE or m.trigger.lemma_.lower() in self.inquiries):
            # "investigated the treatment of X": whom an inquiry is about; "captured part of a
            # rebel stronghold", "rejected an invitation from X": the nearest actor named in
            # the object phrase
            targets = _object_actors(doc, index, target, nearest=True, deps=_NOMINAL_DEPS)
        return self._source(doc, index, m.trigger), targets, _neg(m, m.trigger)

    _verb_obj_prep = _verb_obj

    def _verb_prep(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'lashed out at X', 'warned against X': only the prepositions the verb takes."""
        word = m.nodes.get("prep", m.nodes.get("particle"))
        if word is None or (m.trigger.lemma_.lower(), word.lower_) not in self.pairs[m.type]:
            return None
        sources, targets, is_negated = self._verb_obj(doc, index, m)
        if word.dep_ == "prep" and not any(c.dep_ == "agent" for c in m.trigger.children):
            # a stative passive: "X is opposed to Y", "X is allied with Y"
            stative = [t for c in m.trigger.children if c.dep_ == "nsubjpass" for t in expand(c)]
            if m.trigger.dep_ == "acomp":  # parsed as an adjective after 'is'
                stative += subject_of(m.trigger.head)
            sources = actors_of(doc, stative, index) or sources
        return sources, targets, is_negated

    _verb_particle = _verb_prep

    def _reciprocal(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'Chile and Peru agreed on ...': each coordinated subject is the other's partner."""
        subjects = _union(actors_of(doc, subject_of(m.trigger), index))
        if len(subjects) < 2:
            return None
        return subjects, subjects, _neg(m, m.trigger)

    def _demand_clause(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'demanded that X cancel the sale': the subject of the demanded act is asked."""
        clause = m.nodes["clause"]
        if any(c.dep_ == "nsubjpass" for c in clause.children):
            return None
        return (self._source(doc, index, m.trigger),
                actors_of(doc, subject_of(clause), index), _neg(m, m.trigger))

    def _obligation(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'Y must return the helicopter, X said': the speaker asks it of Y."""
        act = m.trigger
        if not _reported(act, self.speech) or has_negator(act) or \
                any(c.dep_ == "nsubjpass" for c in act.children):
            return None
        sources = speaker(doc, act, index, self.speech)
        own = {s.actor for s in sources}
        targets = [t for t in actors_of(doc, subject_of(act), index) if t.actor not in own]
        return sources, targets, negated(act.head) if act.dep_ != "ROOT" else False

    def _passive(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        agents = [p for a in m.trigger.children if a.dep_ == "agent" for c in a.children
                  if c.dep_ == "pobj" for p in expand(c)]
        target = m.nodes["target"]
        targets = actors_of(doc, expand(target), index)
        if not targets and m.type not in _CORE:  # "a camp for refugees was attacked by X"
            targets = _object_actors(doc, index, target, nearest=True, deps=_NOMINAL_DEPS)
        return actors_of(doc, agents, index), targets, _neg(m, m.trigger)

    def _verb_xcomp(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'threatened to ban voting in X if Y ...': Y, else the actors in the action's objects."""
        action = m.nodes["action"]
        verb = m.trigger.lemma_.lower()
        if m.type in _CORE and verb not in _THREAT_VERBS and \
                action.lemma_.lower() not in self.bad[m.type]:
            return None
        if action.lemma_.lower() in _SILENCE:
            return None  # "declined to comment on X" rejects nothing of X's
        targets = _union(_condition_actors(doc, index, action),
                         _object_actors(doc, index, action))
        if not targets and m.type not in _CORE:  # "X and Y agreed to hold joint exercises"
            return self._reciprocal(doc, index, m)
        is_negated = _neg(m, m.trigger) or (verb not in _THREAT_VERBS and has_negator(action))
        return self._source(doc, index, m.trigger), targets, is_negated

    def _noun_prep(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'sanctions on Iran', 'a suspension of air links with Serbia' (the nearest actor)."""
        target = m.nodes["target"]
        targets = actors_of(doc, expand(target), index) or \
            _object_actors(doc, index, target, nearest=True, deps=_NOMINAL_DEPS)
        noun = m.nodes.get("head", m.trigger)  # "halted mediation efforts": the head's fate
        return self._owner(doc, index, noun, m.type), targets, _neg(m, noun)

    _noun_acl = _noun_prep

    def _noun_xcomp(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'announced sanctions targeting X': the verb's subject owns the measure."""
        return (self._source(doc, index, m.nodes["verb"]),
                actors_of(doc, expand(m.nodes["target"]), index), _neg(m, m.trigger))

    def _noun_light(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'imposed sanctions on X', 'issued a threat in response to X's call'."""
        verb, noun = m.nodes["verb"], m.trigger
        own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in self.preps[m.type]]
        light_only = noun.lemma_.lower() in self.light_nouns[m.type]
        if own and not light_only:
            return None  # the noun's own prepositional target: noun_prep's match
        targets = [p for c in [*verb.children, *own] if c.dep_ in ("prep", "dative")
                   and c.lower_ in self.preps[m.type] for p in c.children if p.dep_ == "pobj"]
        found = actors_of(doc, [t for p in targets for t in expand(p)], index) or [
            x for p in targets[:1]
            for x in _object_actors(doc, index, p, nearest=True, deps=_NOMINAL_DEPS)]
        if not found:
            found = _response_actors(doc, index, verb) or _response_actors(doc, index, noun)
        sources = self._passive_agents(doc, index, verb) if noun.dep_ == "nsubjpass" else \
            self._source(doc, index, verb)
        if not found and m.type not in _CORE and len(_union(sources)) > 1:
            found = sources = _union(sources)  # "Chile and Peru signed a treaty": each other
        return sources, found, negated(noun)

    def _demand(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'called for sanctions against X': the one who demands accuses X."""
        verb = m.nodes["verb"]
        return (self._source(doc, index, verb), actors_of(doc, expand(m.nodes["target"]), index),
                _neg(m, verb))

    def _demand_action(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'urged the Arabs to mobilise against X': a call to act against X accuses X."""
        if not _embeds(m.trigger, m.nodes["action"]):
            return None
        return (self._source(doc, index, m.trigger),
                actors_of(doc, expand(m.nodes["target"]), index), _neg(m, m.trigger))

    def _not_ruled_out(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'has not ruled out military action against X': the negation makes the threat."""
        if not has_negator(m.trigger):
            return None
        obj = m.nodes["obj"]
        targets = _object_actors(doc, index, obj, nearest=True, deps=_NOMINAL_DEPS)
        return self._source(doc, index, m.trigger), targets, in_condition(m.trigger)

    def _verb_relcl(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'the officials it blames': the relative clause's object gap is the target."""
        if any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in m.trigger.children):
            return None
        return self._verb_obj(doc, index, m)

    def _verb_ccomp(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'warned that big ships are heading to Iran', '... could become targets if X ...'."""
        clause = m.nodes["clause"]
        targets = _union(_condition_actors(doc, index, clause),
                         _object_actors(doc, index, clause))
        return self._source(doc, index, m.trigger), targets, _neg(m, m.trigger)

    def _among(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'Among those sanctioned was X': the imposer is the agent, else the acting subject
        named elsewhere in the sentence."""
        targets = actors_of(doc, expand(m.nodes["target"]), index)
        sources = self._passive_agents(doc, index, m.trigger)
        if not sources:
            subjects = [t for t in m.trigger.sent if t.dep_ == "nsubj"]
            named = {x.actor for x in targets}
            sources = [x for x in actors_of(doc, [t for s in subjects for t in expand(s)], index)
                       if x.actor not in named][:1]
        return sources, targets, negated(m.nodes["copula"])

    def _owner(self, doc: Doc, index: dict[int, Mention], noun: Token,
               m_type: str = "") -> list[Mention]:
        """Who a nominal event belongs to: 'the US sanctions', 'sanctions imposed by X', the
        subject of the verb that governs it ('Iran issued a threat'), or the speaker."""
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        agents = [p for acl in noun.children if acl.dep_ == "acl" for a in acl.children
                  if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"
                  for p in expand(c)]
        found = actors_of(doc, [t for o in owners for t in expand(o)] + agents, index,
                          modifiers=False)
        if found:
            return found
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass", "attr", "conj") and head.pos_ in ("VERB", "AUX"):
            if noun.dep_ == "nsubjpass":
                return self._passive_agents(doc, index, head)
            return self._source(doc, index, head)
        if m_type in _DEEDS:
            return []  # "the attack on Israel", said by X, is not X's attack
        return speaker(doc, noun, index, self.speech)

    def _passive_agents(self, doc: Doc, index: dict[int, Mention], verb: Token) -> list[Mention]:
        agents = [p for a in verb.children if a.dep_ == "agent" for c in a.children
                  if c.dep_ == "pobj" for p in expand(c)]
        return actors_of(doc, agents, index)

    def _label(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'called X a criminal', 'found X guilty': the label must not be negated itself."""
        label = m.nodes["label"]
        is_negated = _neg(m, m.trigger) or any(c.dep_ == "neg" for c in label.children)
        # "consider the Syrian government criminals": the parser may hang the target's
        # modifier on the label
        targets = actors_of(doc, expand(m.nodes["target"]), index) or \
            actors_of(doc, [c for c in label.children if c.dep_ in ("amod", "compound")], index)
        return self._source(doc, index, m.trigger), targets, is_negated

    def _label_as(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'branded X as traitors'; 'described X as vandals' only with a pejorative word."""
        after = [t for t in m.trigger.subtree if t.i > m.nodes["prep"].i]
        if m.trigger.lemma_.lower() not in self.strong_as and \
                not {t.lemma_.lower() for t in after} & self.bad_all:
            return None
        sources, targets, is_negated = self._verb_obj(doc, index, m)
        if not targets:
            # "framed the protests as a US-backed plot": the wrongdoer named in the label
            wrongs = [t for t in after if t.lemma_.lower() in self.bad_all]
            targets = [o for w in wrongs for o in self._wrongdoers(doc, index, w)]
        return sources, _union(targets), is_negated

    def _wrongdoers(self, doc: Doc, index: dict[int, Mention], noun: Token) -> list[Mention]:
        """Who a wrong belongs to: 'Ukrainian aggression', 'the US's mischief', 'sanctions
        imposed by X', 'a US-backed destabilisation effort'."""
        heads = [noun, noun.head] if noun.dep_ in ("compound", "amod") else [noun]
        for head in heads:
            found = actors_of(doc, [c for c in head.children if c.dep_ in
                                    ("poss", "compound", "amod", "nmod")], index,
                              modifiers=False)
            # "a US and Israeli-backed effort": conjoined modifiers and what they hold
            found += [x for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                      for cj in c.conjuncts
                      for x in actors_of(doc, [cj, *cj.children], index, modifiers=False)]
            found += self._passive_agents(doc, index, next(
                (c for c in head.children if c.dep_ == "acl"), head))
            if found:
                return _union(found)
        return []

    def _pejorative(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """In someone's speech, 'the United States' mischief', 'inhumane sanctions imposed by
        X': naming X's act a wrong accuses X."""
        if not _reported(m.trigger, self.speech) and not _quote_inside(m.trigger):
            return None
        sources = speaker(doc, m.trigger, index, self.speech)
        return sources, self._wrongdoers(doc, index, m.trigger), _neg(m, m.trigger)

    def _adj_label(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'X is guilty' / 'X is a criminal' inside someone's reported speech."""
        sources = speaker(doc, m.trigger, index, self.speech)
        targets = actors_of(doc, expand(m.nodes["target"]), index)
        return sources, targets, _neg(m, m.nodes["copula"])

    def _speech_act(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'A claimed that B orchestrated the unrest': A accuses B (PLOVER's convention)."""
        act, speech = m.trigger, m.nodes["speech"]
        if not _complement_of(act, speech) or _is_future(act):
            return None
        sources = actors_of(doc, subject_of(speech), index) or \
            speaker(doc, speech, index, self.speech)
        return sources, _actors_of_act(doc, index, act), negated(act) or negated(speech)

    def _claim_act(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'the government's claim that B urged violence': the claim's owner accuses B."""
        act, claim = m.trigger, m.nodes["speech"]
        if _is_future(act):
            return None
        sources = self._owner(doc, index, claim)
        head = claim.head
        if claim.dep_ == "dobj" and head.lemma_.lower() in self.claims | _ECHO:
            sources = _union(sources, actors_of(doc, subject_of(head), index))
        return sources, _actors_of_act(doc, index, act), negated(act)

    def _modal_act(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """'would strike X if ...', 'will withdraw from X unless ...', said by a speaker."""
        act = m.trigger
        reported = _reported(act, self.speech)
        condition = _condition_actors(doc, index, act)
        if not reported and not condition:
            return None
        if (act.lemma_.lower() in _REQUIRE_NEGATION) != has_negator(act):
            return None
        if act.lemma_.lower() in self.victim_acts:
            # "X will face consequences / regret it": the subject suffers, the speaker threatens
            sources = speaker(doc, act, index, self.speech)
            subjects = subject_of(act)
            inside = [o for s in subjects for o in _object_actors(doc, index, s, nearest=True)]
            targets = _union(actors_of(doc, subjects, index) or inside, condition)
        else:
            sources = self._speaker_or_subject(doc, index, act)
            patients = [t for c in act.children if c.dep_ == "nsubjpass" for t in expand(c)]
            targets = _union(condition, actors_of(doc, patients, index),
                             _object_actors(doc, index, act))
        own = {s.actor for s in sources} | {s.actor for s in actors_of(doc, subject_of(act),
                                                                         index)}
        if act.lemma_.lower() not in self.victim_acts:
            targets = [t for t in targets if t.actor not in own]
        return sources, targets, _hypothetical(act)

    def _speaker_or_subject(self, doc: Doc, index: dict[int, Mention],
                            act: Token) -> list[Mention]:
        """Who threatens with an act in reported speech: the speaker when the act's subject is
        the speaker's own side ("Khamenei declared that Iran will ..."), else the subject
        ("the EC may halt ..., a Dutch minister said")."""
        said = speaker(doc, act, index, self.speech) if _reported(act, self.speech) else []
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

    def _phrase(self, doc: Doc, index: dict[int, Mention], m: _Match) -> Any:
        """A multiword cue: 'hit out at X', 'will not go unanswered', 'locked and loaded'."""
        root, end = m.trigger, m.nodes["end"]
        objects = [o for o in _object_actors(doc, index, root) if o.start > end.idx]
        if m.type == "THREATEN":
            sources = self._speaker_or_subject(doc, index, root)
            targets = _union(_condition_actors(doc, index, root), objects)
        else:
            sources, targets = self._source(doc, index, root), objects
        return sources, targets, _hypothetical(root)


_MODALS = {"will", "would", "could", "shall", "may", "might", "'ll", "wo", "ca", "going"}
# "X must agree", "Y should withdraw": an obligation someone states, not an event
_DEONTIC = {"must", "should", "ought"}


def _is_future(verb: Token, modals: set[str] = _MODALS) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _complement_of(act: Token, speech: Token) -> bool:
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


def _quote_inside(token: Token) -> bool:
    """Is the token between quotation marks within its sentence?"""
    before = [t.text for t in token.sent if t.i < token.i]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def _reported(token: Token, speech_verbs: frozenset[str]) -> bool:
    """Is the clause of ``token`` reported speech (a complement of a speech verb)?"""
    for _ in range(5):
        if token.head == token:
            return False
        if token.dep_ in ("ccomp", "parataxis", "xcomp", "conj") and \
                token.head.lemma_.lower() in speech_verbs:
            return True
        token = token.head
    return False


def _actors_of_act(doc: Doc, index: dict[int, Mention], act: Token) -> list[Mention]:
    """Who did the reported act: the passive's agent, else the subject."""
    agents = [p for a in act.children if a.dep_ == "agent" for c in a.children
              if c.dep_ == "pobj" for p in expand(c)]
    if agents or any(c.dep_ == "nsubjpass" for c in act.children):
        return actors_of(doc, agents, index)
    return actors_of(doc, subject_of(act), index)


def _condition_actors(doc: Doc, index: dict[int, Mention], verb: Token) -> list[Mention]:
    """The actor whose act is the condition of a threat: '... if Iran continues', '... unless
    Baghdad accepts', '... if Tehran is attacked by the US' (the hypothetical attacker)."""
    token = verb
    for _ in range(3):
        for clause in token.children:
            if in_condition(clause):
                found = [m for c in (clause, *clause.conjuncts)
                         for m in _actors_of_act(doc, index, c)]
                if found:
                    return list({m.actor: m for m in found}.values())
        if token.dep_ not in ("ccomp", "xcomp", "conj") or token.head == token:
            break
        token = token.head
    return []


def _response_actors(doc: Doc, index: dict[int, Mention], token: Token) -> list[Mention]:
    """'in response to X's call', 'in retaliation for X's strike': X."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "after", "over"):
            for noun in prep.children:
                if noun.lemma_.lower() in _RESPONSES:
                    return _object_actors(doc, index, noun, nearest=True)
    return []


def _object_actors(doc: Doc, index: dict[int, Mention], verb: Token, nearest: bool = False,
                   deps: frozenset[str] = _OBJECT_DEPS) -> list[Mention]:
    """Actors in a verb's object and prepositional phrases, nearest first, not in clauses.

    ``nearest``: only the closest level of the phrase ("in response to Trump's call for new
    leadership" gives Trump, not the leadership).
    """
    found: list[Token] = []
    start = _VERB_START if verb.pos_ in ("VERB", "AUX") else deps
    frontier = [c for c in verb.children if c.dep_ in start]
    for _ in range(5):
        nxt: list[Token] = []
        for token in frontier:
            if token.i in index:
                found.append(token)
            nxt.extend(c for c in token.children if c.dep_ in deps)
        if nearest and found:
            break
        frontier = nxt
    return actors_of(doc, found, index, modifiers=False)


def _matrix_events(found: list[tuple[Relation, Token]], cues: list[tuple[str, Token]],
                   light: set[tuple[str, str]]) -> list[Relation]:
    """One sentence, one reading: an event embedded as the content of another type's cue
    ("agreed to provide aid", "threatened to impose sanctions", "refused to deploy troops")
    is not itself asserted, whether or not the governing event's roles were found; a light
    verb of the event's own type ("struck a deal", "sent aid") does not govern it. A promised
    or required act of a non-core type ("will provide aid", "must withdraw") is an intention
    or an obligation, also kept as not asserted; the promise of a cooperative act is itself
    an AGREE (PLOVER codes 'will meet X', 'will provide aid to X' so)."""
    asserted = [(r.type, t) for r, t in found if not r.negated]
    threats = {t.i for k, t in asserted if k == "THREATEN"}  # "will withdraw ... if": a threat
    kept: dict[tuple[Any, ...], Relation] = {}
    for relation, trigger in found:
        # a core event yields only to an event found; another type to any cue word; a demand
        # to punish X accuses X ("demanded an embargo on X"), so ACCUSE yields to no REQUEST
        governors = [(k, t) for k, t in asserted
                     if not (relation.type == "ACCUSE" and k == "REQUEST")] \
            if relation.type in _CORE else [(k, t) for k, t in cues if k != relation.type]
        embedded = any(other.lemma_ != trigger.lemma_ and _embeds(other, trigger)
                       and (relation.type, other.lemma_.lower()) not in light
                       for _, other in governors)
        found_here = [relation]
        # "will provide aid to X"; a conditional offer is still an offer: "would meet X if"
        if not embedded and relation.type in _PROMISABLE and _is_future(trigger) and \
                trigger.i not in threats:
            refused = relation.negated and negated(trigger, conditional_ok=True)
            found_here.append(_retyped(replace(relation, negated=refused), "AGREE"))
        modals = _MODALS if relation.type == "REQUEST" else _MODALS | _DEONTIC  # "X must"
        if embedded or (relation.type not in _CORE and _is_future(trigger, modals)):
            found_here[0] = replace(relation, negated=True)
        for one in found_here:
            key = (one.evidence.start, one.type, one.source, one.target, one.negated)
            if key not in kept or one.confidence > kept[key].confidence:
                kept[key] = one
    return list(kept.values())


def _retyped(relation: Relation, type_: str) -> Relation:
    e = relation.evidence
    return replace(relation, type=type_, id=relation_id(e.doc, type_, relation.source,
                                                        relation.target, e.start, e.end,
                                                        e.trigger))


def _embeds(outer: Token, inner: Token) -> bool:
    """Is ``inner`` inside a complement clause of ``outer`` ('agreed to [provide aid]',
    'called on Arabs [to unite and mobilise]')? Coordination inside the complement is
    followed; coordination with ``outer`` itself is not embedding."""
    token, embedded = inner, False
    for _ in range(5):
        infinitive = token.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux"
                                                   for c in token.children)
        if token.head == token or not (token.dep_ in _EMBEDDING or token.dep_ == "conj"
                                       or infinitive):
            return False
        embedded = embedded or token.dep_ in _EMBEDDING or infinitive
        token = token.head
        if token == outer:
            return embedded
    return False


def _neg(m: _Match, token: Token) -> bool:
    """Negated or hypothetical; a threat may be conditional and still be made."""
    return negated(token, conditional_ok=m.type == "THREATEN")


def _union(*groups: list[Mention]) -> list[Mention]:
    return list({m.actor: m for group in groups for m in group}.values())


def _hypothetical(act: Token) -> bool:
    if in_condition(act):
        return True
    return act.lemma_.lower() not in _REQUIRE_NEGATION and negated(act, conditional_ok=True)


def _relations(doc: Doc, match: _Match, roles: _Roles) -> Iterator[Relation]:
    sentence = match.trigger.sent
    confidence = CONFIDENCE.get(match.family, 0.5)
    for source in roles.sources:
        for target in roles.targets:
            if source.actor != target.actor:
                yield _relation(doc, sentence, match, source, target, confidence, roles.negated)


def _trimmed(sentence: Span) -> tuple[str, int, int]:
    """The sentence without surrounding white space, and its offsets (a blanked header or
    indentation before a paragraph's first sentence is not evidence)."""
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return text, start, start + len(text)


def _relation(doc: Doc, sentence: Span, match: _Match, source: Mention, target: Mention,
              confidence: float, is_negated: bool) -> Relation:
    actors = doc._.actors or {}
    doc_id = doc._.article_id or ""
    text, start, end = _trimmed(sentence)
    evidence = Evidence(doc_id, text, start, end, match.trigger.text, doc._.date)
    rid = relation_id(doc_id, match.type, source.actor, target.actor, start, end,
                      match.trigger.text)
    return Relation(rid, match.type, source.actor, target.actor,
                    actors[source.actor].label if source.actor in actors else source.text,
                    actors[target.actor].label if target.actor in actors else target.text,
                    evidence, confidence, is_negated, "rules.v1")


EXTRACTORS: dict[str, Callable[[Language], Callable[[Doc], list[Relation]]]] = {
    "rules.v1": RuleExtractor,
}


@Language.factory("actorgraph_relation_extractor", default_config={"extractor": "rules.v1"})
def make_relation_extractor(nlp: Language, name: str, extractor: str) -> RelationComponent:
    if extractor not in EXTRACTORS:
        from actorgraph.graph.errors import ArgumentError

        raise ArgumentError(f"unknown extractor {extractor!r}; choose one of "
                         f"{', '.join(sorted(EXTRACTORS))}")
    return RelationComponent(EXTRACTORS[extractor](nlp))


class RelationComponent:
    """Set ``doc._.relations`` with the chosen extractor."""

    def __init__(self, extractor: Callable[[Doc], list[Relation]]) -> None:
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = self.extractor(doc)
        return doc
