"""Document context: what the article has said so far, for roles a sentence leaves implicit.

"The UN condemned the move", "the ministry said the decision was unjustified": whose move,
whose decision? A reader looks back: the same noun named earlier with its owner ("Chile's
decision"), else the actor who last acted (the subject of an earlier sentence, nearest
first), never one on the evaluator's own side (itself or its country). A response answers
the actor of the nearest earlier act: an earlier clause of its sentence ("X slapped tariffs
on Y, after which Y adopted reciprocal measures"), else an earlier sentence, where the actor
of a reported act counts, not its reporter ("Y's envoy was expelled by X. ... The envoy
said the step was hostile. Y vowed to respond").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.passages import sentences_before
from actorgraph.extract.speech import actors_of, expand
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.model import Mention

__all__ = ["DocumentContext"]

# How far back an implicit owner is looked for, in sentences.
_WINDOW = 3
_REACH = 6  # sentences that only report (no act with an actor) do not count, up to this
_REPORTING = lexicon().words.reporting_verbs
_PROMPTING = lexicon().words.prompting_marks
_COPULAS = lexicon().words.copulas
# nouns of acts whose owner an unowned 'the decision' may be: 'the suspension by Y'; and
# of the acts aimed at someone: measures, threats, demands ("criticised Y's request")
_ACT_NOUNS = frozenset([*lexicon().evaluated_nouns, *lexicon().patient_nouns, *(
    n for t in ("SANCTION", "THREATEN", "REQUEST") for n in lexicon().types[t].nouns)])
_REPORTED = ("ccomp", "parataxis")
_ACCUSING = frozenset(lexicon().types["ACCUSE"].verbs)
# statements, claims and their makers: whose 'the remarks' are is who last spoke
_SAID = frozenset([*lexicon().claim_nouns, *lexicon().words.statement_nouns])
_SPEAKING = lexicon().speech_verbs | _ACCUSING
Owners = Callable[[Doc, dict[int, Mention], Token], list[Mention]]


class DocumentContext:
    """The article so far, as seen from one token: owned nouns and acting subjects."""

    def __init__(self, doc: Doc, index: dict[int, Mention]) -> None:
        self.doc, self.index = doc, index
        self.actors = doc._.actors or {}

    def owner(self, noun: Token, mine: set[str], owners: Owners, compatriots: bool = False,
              besides: frozenset[str] = frozenset()) -> list[Mention]:
        """The owner of an unowned act or statement ``noun``, from what came before (with
        ``compatriots``, it may be of the same country as ``mine``: a coup's plotters), never
        one of ``besides`` (those the act was done to)."""
        ids, countries = (mine, set()) if compatriots else self._side(mine)
        side = (ids | besides, countries)
        for token in reversed(self.doc[: noun.i]):
            if token.lemma_ == noun.lemma_ and token.pos_ == noun.pos_:
                found = [m for m in owners(self.doc, self.index, token) if self._other(m, side)]
                if found:
                    return found
        if noun.lemma_.lower() in _SAID:  # "X said ... . Y called the remarks wrong": X's
            return self._last_speaker(noun, side) or self._last_actor(noun, side, owners)
        return self._last_actor(noun, side, owners)

    def earlier_owner(self, token: Token, cues: frozenset[str], owners: Owners,
                      mine: set[str], compatriots: bool = True) -> list[Mention]:
        """Who owns the nearest earlier event of the same kind (a cue lemma in ``cues``),
        not one of ``mine``: 'Canada imposed sanctions on Monday. The penalties also hit X'
        (Canada's). Within a few sentences; an event with no owner ends the search. Without
        ``compatriots``, an owner of the same country as ``mine`` is not it either ('Japan
        sanctioned Russia. Japanese ministers were banned': not by Japan)."""
        side = (mine, set()) if compatriots else self._side(mine)
        before = sentences_before(token, _WINDOW)
        start = before[0].start if before else token.sent.start
        for earlier in reversed(self.doc[start:token.i]):
            if earlier.lemma_.lower() in cues:
                found = [m for m in owners(self.doc, self.index, earlier) if self._other(m, side)]
                return list({m.actor: m for m in found}.values())
        return []

    def last_actor(self, token: Token, mine: set[str], compatriots: bool = False
                   ) -> list[Mention]:
        """The nearest earlier actor that acted, not on the side of ``mine``: whom a response
        answers ("Chad shelled the border town. Sudan vowed a response"). ``compatriots``:
        an actor of the same country as ``mine`` may be it (a state sanctions its own
        nationals too)."""
        side = (mine, set()) if compatriots else self._side(mine)
        return self._last_actor(token, side)

    def answered(self, token: Token, mine: set[str]) -> list[Mention]:
        """Whom a response at ``token`` answers: the actor of the act a clause of its sentence
        says it follows, else of the nearest earlier act that is not on the side of ``mine``,
        in its sentence first, then in earlier sentences."""
        side = self._side(mine)
        earlier = [t for t in token.sent if t.i < token.i and t.pos_ == "VERB"
                   and t.lemma_.lower() not in _REPORTING]
        # "... recalled its envoy after Y approved the office": the act it follows, stated after
        causes = [c for c in token.sent if c.dep_ == "advcl" and c.i > token.i and any(
            m.dep_ == "mark" and m.lower_ in _PROMPTING for m in c.children)]
        found = self._acting(causes, side) or self._acting(earlier, side)
        if found:
            return found
        counted = 0
        for sent in reversed(sentences_before(token, _REACH)):
            acts = _acts(sent.root)
            if not any(self._doers(v) for v in acts):
                continue  # a sentence that only reports, or names no one acting
            found = self._acting(acts, side)
            counted += 1
            if found or counted == _WINDOW:
                return found
        return []

    def _acting(self, verbs: list[Token], side: tuple[set[str], set[str]],
                being: bool = True) -> list[Mention]:
        """The actors of the nearest of ``verbs`` that has one off ``side`` (without
        ``being``, not the subject of a copula: 'His brother was defence secretary')."""
        for verb in sorted(verbs, key=lambda v: -v.i):
            found = [m for m in self._doers(verb, being) if self._other(m, side)]
            if found:
                return list({m.actor: m for m in found}.values())
        return []

    def _doers(self, verb: Token, being: bool = True) -> list[Mention]:
        """Who does ``verb``: its subject, or the agent of a passive ('was expelled by X').
        Without ``being``, being someone is no act ('His brother was defence secretary'),
        but an act said to be something is its owner's ('Y's move was a violation')."""
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj"]
        subjects = [s for s in subject_of(verb) if being or verb.lemma_.lower() not in _COPULAS
                    or not actors_of(self.doc, [s], self.index, modifiers=False)]
        return actors_of(self.doc, [*subjects, *(t for a in agents for t in expand(a))],
                         self.index)

    def _last_actor(self, noun: Token, side: tuple[set[str], set[str]],
                    owners: Owners | None = None) -> list[Mention]:
        """The nearest earlier actor that acted: the doer of an earlier sentence's act (of
        what it reports, not its reporter: 'The ministry said Y's ship had violated ...'),
        else, with ``owners``, the owner of an act the sentence names ('X reacted angrily to
        the suspension of the deal by Y. ... X called the decision wrong': Y's)."""
        for sent in reversed(sentences_before(noun, _WINDOW)):
            acts = _acts(sent.root, deeds=owners is not None)
            found = self._acting(acts, side, False) or \
                self._acting(_causes(acts), side, False) or \
                (self._owning(sent, side, owners) if owners else [])
            if found:
                return found
        return []

    def _last_speaker(self, noun: Token, side: tuple[set[str], set[str]]) -> list[Mention]:
        """Who said what a statement noun names: the nearest earlier speaker off ``side``,
        the subject of a verb of speech or accusation."""
        for sent in reversed(sentences_before(noun, _WINDOW)):
            for verb in reversed(sent):
                if verb.pos_ == "VERB" and verb.lemma_.lower() in _SPEAKING:
                    found = [m for m in actors_of(self.doc, [t for s in subject_of(verb)
                                                             for t in expand(s)], self.index)
                             if self._other(m, side)]
                    if found:
                        return found
        return []

    def _owning(self, sent: Span, side: tuple[set[str], set[str]], owners: Owners
                ) -> list[Mention]:
        """The owners off ``side`` of the last act noun of ``sent`` that names one."""
        for token in reversed(sent):
            if token.pos_ == "NOUN" and token.lemma_.lower() in _ACT_NOUNS:
                found = [m for m in owners(self.doc, self.index, token) if self._other(m, side)]
                if found:
                    return list({m.actor: m for m in found}.values())
        return []

    def other(self, mention: Mention, mine: set[str]) -> bool:
        """Is ``mention`` off the side of ``mine``: none of them, nor of their country?"""
        return self._other(mention, self._side(mine))

    def _side(self, mine: set[str]) -> tuple[set[str], set[str]]:
        countries = {getattr(self.actors.get(a), "country", None) for a in mine} - {None}
        return mine, {str(c) for c in countries}

    def _other(self, mention: Mention, side: tuple[set[str], set[str]]) -> bool:
        ids, countries = side
        country = getattr(self.actors.get(mention.actor), "country", None)
        return mention.actor not in ids and country not in countries


def _acts(verb: Token, deeds: bool = False) -> list[Token]:
    """The acts a sentence states: a reporting verb's reported clauses, else the verb; with
    ``deeds``, of an accusation the deed ('X accused Y of torturing detainees': Y's, whose
    'behaviour' is then judged; but a response answers X's accusation)."""
    if deeds and verb.lemma_.lower() in _ACCUSING:  # "of killing", on the verb or its object
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        done = [d for h in heads for c in h.children if c.dep_ == "prep" for d in c.children
                if d.dep_ == "pcomp" and d.pos_ == "VERB"]
        if done:
            return done
    if verb.lemma_.lower() not in _REPORTING:
        return [verb]
    return [a for c in verb.children if c.dep_ in _REPORTED and c.pos_ in ("VERB", "AUX")
            for a in _acts(c)]


def _causes(acts: list[Token]) -> list[Token]:
    """The acts that prompted ``acts``: 'Y downgraded ties after X allowed the office'."""
    return [c for a in acts for c in a.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _PROMPTING for m in c.children)]
