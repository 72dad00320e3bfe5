"""Families of threats made without a threat word, and multiword cues.

- ``modal_act``  "would strike X", "will withdraw from X unless ...", "X will regret it"
- ``phrase``     multiword cues matched as phrases: "hit out at X", "will not go
                 unanswered", "locked and loaded"
"""

from __future__ import annotations

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import has_negator
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
    condition_actors,
    object_actors,
    reported,
    source,
    speaker_or_subject,
    threat_mode,
    union,
)
from actorgraph.extract.speech import actors_of, expand, speaker, subject_of

__all__ = ["modal_act", "phrase"]

_WORDS = lexicon().words


def _modal_act_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    acts = lex.types[type_].acts
    if not acts or type_ != "THREATEN":
        return []
    return [[node("trigger", {"LEMMA": in_(acts), "POS": in_([*VERB, "ADJ"])}),
             node("modal", {"DEP": "aux", "LOWER": in_(lex.modals)}, "trigger")]]


@family("modal_act", patterns=_modal_act_patterns, confidence=0.94, examples=(  # 14/14
    Example("Greece said it would retaliate against Turkey.", ("THREATEN", "greece", "turkey")),
    Example("Iraq warned that it would expel Kuwait's diplomats if the raids continued.",
            ("THREATEN", "iraq", "kuwait")),
))
def modal_act(ctx: Context, m: Match) -> Roles | None:
    """'would strike X if ...', 'will withdraw from X unless ...', said by a speaker."""
    act = m.trigger
    condition = condition_actors(ctx, act)
    if not reported(act, ctx.look.speech) and not condition:
        return None
    if (act.lemma_.lower() in _WORDS.require_negation) != has_negator(act):
        return None
    doc, index = ctx.doc, ctx.index
    victim = act.lemma_.lower() in ctx.look.victim_acts
    if victim:
        # "X will face consequences / regret it": the subject suffers, the speaker threatens
        sources = speaker(doc, act, index, ctx.look.speech)
        subjects = subject_of(act)
        inside = [o for s in subjects for o in object_actors(ctx, s, nearest=True)]
        targets = union(actors_of(doc, subjects, index) or inside, condition)
    else:
        sources = speaker_or_subject(ctx, act)
        patients = [t for c in act.children if c.dep_ == "nsubjpass" for t in expand(c)]
        targets = union(condition, actors_of(doc, patients, index), object_actors(ctx, act))
        own = {s.actor for s in sources} | {s.actor for s in actors_of(doc, subject_of(act),
                                                                         index)}
        targets = [t for t in targets if t.actor not in own]
    return Roles(sources, targets, threat_mode(act))


def _phrases(type_: str, lex: Lexicon) -> list[str]:
    return list(lex.phrases.get(type_, ()))


@family("phrase", patterns=_phrases, confidence=0.83, examples=(  # 4/4
    Example("Chad pointed the finger at Sudan's army.",
            ("ACCUSE", "chad", "sudanese-armed-forces")),
    Example("Egypt said all options are on the table if Ethiopia fills the dam.",
            ("THREATEN", "egypt", "ethiopia")),
))
def phrase(ctx: Context, m: Match) -> Roles | None:
    """A multiword cue: 'hit out at X', 'will not go unanswered', 'locked and loaded'."""
    root, end = m.trigger, m.nodes["end"]
    objects = [o for o in object_actors(ctx, root) if o.start > end.idx]
    if m.type == "THREATEN":
        sources = speaker_or_subject(ctx, root)
        targets = union(condition_actors(ctx, root), objects)
    else:
        sources, targets = source(ctx, root), objects
    return Roles(sources, targets, threat_mode(root))
