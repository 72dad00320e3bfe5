"""Who speaks: the source of a verbal event is its speaker.

A trigger inside the complement of a speech verb ("Khamenei said the US ..."), a quote
attributed after it (`"...," Khamenei said`), a participle of speech ("..., saying ..."), a
relative clause ("Tehran, which warned ..."), "according to X", or a quote sentence whose
attribution sits in another sentence of the same paragraph: all give the speaker. Pronoun
subjects that the resolver did not resolve fall back to the nearest fitting actor before them.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.passages import paragraph, previous_paragraph, quoted
from actorgraph.extract.phrases import expand
from actorgraph.extract.plurals import listed_states
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.model import Mention

__all__ = ["actors_of", "expand", "speaker", "voices"]

_WORDS = lexicon().words
_SPEECH = lexicon().speech_verbs
_THINGS = frozenset(lexicon().evaluated_nouns)  # acts and statements 'it' may stand for
_CLAUSES = ("ccomp", "parataxis", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp")
_MODIFIERS = ("poss", "compound", "amod", "nmod")
_ANTECEDENT_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_WORDS.person_pronouns, frozenset({"PERSON"})),
    **dict.fromkeys(_WORDS.group_pronouns, frozenset({"GROUP"})),
    **dict.fromkeys(_WORDS.body_pronouns, frozenset({"GOVERNMENT", "ORGANIZATION"}))}
_REPORTING = "MEDIA"  # the sector of outlets: they report what others say and do
_OBJECTS = ("dobj", "pobj", "dative")


def actors_of(doc: Doc, tokens: Iterable[Token], index: dict[int, Mention],
              modifiers: bool = True, first_person: bool = True) -> list[Mention]:
    """The actor mentions that fill a role: each token's own, or its modifier's ("US bases");
    in reported speech, "we" is the speaker (``first_person``: look the speaker up)."""
    found: dict[str, Mention] = {}
    for token in tokens:
        listed = listed_states(doc, token, index)  # "the two countries": each one listed
        for member in listed:
            found.setdefault(member.actor, member)
        if listed:
            continue
        mention = index.get(token.i)
        if mention is None and first_person and token.lower_ in _WORDS.first_person:
            mention = next(iter(speaker(doc, token, index, _SPEECH,
                                        first_person=False)), None)
        if mention is None and token.tag_ == "VBN" and \
                token.lower_ not in _WORDS.relation_participles:
            mention = _hyphened(doc, token, index)
        if mention is None:  # "the terrorist group Al-Shabaab": the name in apposition
            mention = next((index[c.i] for c in token.children
                            if c.dep_ == "appos" and c.i in index), None)
        if mention is None and modifiers and not _former(token) and \
                token.lemma_.lower() not in _WORDS.opponent_nouns:
            # the modifier nearest the head: "bin Laden's al-Qaeda network" is al-Qaeda's (not
            # "Gabon's former president", no longer Gabon's voice; "X's opponents", not X)
            mention = next((index[c.i] for c in sorted(token.children, key=lambda c: -c.i)
                            if c.i in index and c.dep_ in _MODIFIERS), None)
        if mention is None and modifiers and (token.lemma_.lower() in _WORDS.member_nouns or
                                              token.lemma_.lower() in _WORDS.quantity_nouns):
            # "members of the Association", "inhabitants of the Syrian Golan", "a number of
            # Moldovan officials"
            mention = next((m for p in token.children
                            if p.dep_ == "prep" and p.lower_ in _WORDS.of_preps
                            for o in p.children if o.dep_ == "pobj"
                            for m in actors_of(doc, [o], index)), None)
        if mention is None and token.lower_ in _ANTECEDENT_KINDS:
            mention = _antecedent(doc, token, index)
            members = _members(doc, mention, index) if mention is not None and \
                token.lower_ in _WORDS.group_pronouns else []
            for member in members:  # "the three ministers, A, B and C ... They": A, B, C
                found.setdefault(member.actor, member)
            if members:
                continue
        if mention is None and modifiers:  # "its leaders", "their forces"
            owner = next((c for c in token.children if c.dep_ == "poss"
                          and c.lower_ in _ANTECEDENT_KINDS), None)
            mention = _antecedent(doc, owner, index) if owner is not None else None
            # "Chad and Niger ... their governments": each one's
            members = _members(doc, mention, index) if owner is not None and \
                mention is not None and owner.lower_ in _WORDS.group_pronouns else []
            for member in members:
                found.setdefault(member.actor, member)
            if members:
                continue
        if mention is not None:
            found.setdefault(mention.actor, mention)
            for other in _co_owners(token, mention, index):  # "Belgian and EU officials"
                found.setdefault(other.actor, other)
    return list(found.values())


def _hyphened(doc: Doc, participle: Token, index: dict[int, Mention]) -> Mention | None:
    """'the US-sponsored resolution', 'Saudi-led strikes': the actor a hyphen joins to the
    participle did what it says."""
    return next((index[c.i] for c in participle.lefts if c.i in index
                 and c.right_edge.i + 2 == participle.i
                 and doc[participle.i - 1].text == "-"), None)


def _co_owners(token: Token, mention: Mention, index: dict[int, Mention]) -> list[Mention]:
    """'Belgian and EU officials' are Belgium's and the EU's: the actors coordinated with
    the modifier a noun takes its actor from."""
    found = []
    for c in token.children:
        modifiers = [t for t in (c, *c.conjuncts) if t.i in index]
        # "Kenyan and Ugandan authorities": the mention may hold either coordinated modifier
        if c.dep_ in ("amod", "compound") and any(index[t.i].actor == mention.actor
                                                  for t in modifiers):
            found += [index[t.i] for t in modifiers]
    return found


def _former(token: Token) -> bool:
    return any(c.lower_ in _WORDS.former_words for c in token.children if c.i < token.i)


def _antecedent(doc: Doc, pronoun: Token, index: dict[int, Mention]) -> Mention | None:
    """'him' -> the last person named before; 'they' -> the last group or plural actor."""
    actors = doc._.actors or {}
    want = _ANTECEDENT_KINDS[pronoun.lower_]
    subjects_only = "PERSON" not in want
    sentence = pronoun.sent  # Token.sent walks the sentence: once, not once per word below
    stop = max(sentence.start - 40, 0)
    things = _THINGS if pronoun.lower_ in _WORDS.body_pronouns else frozenset()
    # an object 'it' is not its own clause's subject but may be the speaker's: "Sudan said
    # Chad had threatened it"; other pronouns are never their speaker ("he said they ...")
    bound = pronoun.lower_ in _WORDS.body_pronouns and pronoun.dep_ in ("dobj", "pobj", "dative")
    excluded = _own_subject(pronoun) if bound else _subject_speakers(doc, pronoun)
    if pronoun.dep_ == "nsubj" and not bound:  # "Peru said it would respond": Peru
        speaking = [index[t.i] for t in _reporter(pronoun) if t.i in index]
        speaking = [m for m in speaking if getattr(actors.get(m.actor), "kind", None) in want]
        if speaking:
            return speaking[0]
    if pronoun.dep_ == "nsubj" and pronoun.head.i == sentence.root.i and sentence.start > 0:
        # "X said Y was stalling. It also warned ...": the main subject goes on, not Y; and
        # "X summoned Y's envoy, the ministry said. He expressed ...": a subject, not Y
        before = doc[sentence.start - 1].sent
        main = [index[t.i] for t in subject_of(before.root) if t.i in index] + (
            [] if subjects_only else
            [index[t.i] for t in before if t.dep_ == "nsubj" and t.i in index])
        main = [m for m in main if getattr(actors.get(m.actor), "kind", None) in want]
        if main:
            return main[0]
    for i in range(pronoun.i - 1, stop - 1, -1):
        if i >= sentence.start and doc[i].lemma_.lower() in things and i not in index \
                and doc[i].dep_ in ("dobj", "nsubj", "nsubjpass") and \
                not doc[i].is_ancestor(pronoun):  # "sanctions on it": not its own phrase
            return None  # "condemned the move, saying that it violated ...": a thing
        mention = index.get(i)
        if mention is None or i in excluded:
            continue
        actor = actors.get(mention.actor)
        if subjects_only and doc[i].dep_ not in ("nsubj", "nsubjpass"):
            continue
        # "Kenyan officials said ... They accused X": a body named in the plural is 'they',
        # and so are coordinated actors ("Chad and Niger cut ties with X, which they accuse"),
        # people too as an object ("X and Y ... the state, which accuses them")
        plural = pronoun.lower_ in _WORDS.group_pronouns and (
            doc[i].tag_ in ("NNS", "NNPS") or bool(doc[i].conjuncts))
        if actor is not None and (actor.kind in want or (plural and (
                actor.kind != "PERSON" or pronoun.dep_ in _OBJECTS))):
            return mention
    return None


def _members(doc: Doc, mention: Mention, index: dict[int, Mention]) -> list[Mention]:
    """The members of a plural antecedent: coordinated actors ('Chad and Niger'), or the
    people it lists in apposition ('the three ministers — A, B and C — ...')."""
    head = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if head is None:
        return []
    joined = next((t for t in head if t.conjuncts), None)  # the root may be a title word
    if joined is not None:
        return [index[t.i] for t in expand(joined) if t.i in index]
    return [index[t.i] for c in head.root.children if c.dep_ == "appos" for t in expand(c)
            if t.i in index and (doc._.actors or {}).get(index[t.i].actor) is not None
            and doc._.actors[index[t.i].actor].kind == "PERSON"]


def _own_subject(pronoun: Token) -> set[int]:
    """Tokens of the subject of the verb an object pronoun hangs from ('Chad shelled it')."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "pobj", "dobj") and \
            verb.head != verb:
        verb = verb.head
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _reporter(pronoun: Token) -> list[Token]:
    """The subject of the nearest speech verb that reports the clause of ``pronoun``
    ('Cuba's assembly said it ...': assembly; 'X announced that he ..., the agency reported':
    X, not the agency; 'X condemned the law and announced it was ...': X, the subject
    'announced' shares). A participle's is not taken: in 'X condemned the move, saying that
    it violated ...' the pronoun may be the thing judged."""
    head = pronoun.head
    while head.dep_ in _CLAUSES and head.head != head:
        head = head.head
        if head.lemma_.lower() in _SPEECH:
            return [] if head.dep_ == "advcl" else subject_of(head)
    return []


def _subject_speakers(doc: Doc, pronoun: Token) -> set[int]:
    """Tokens of the pronoun's own clause subject: 'he said they...' never makes 'they' = he."""
    return {t.i for c in _clause_top(pronoun).children if c.dep_ == "nsubj" for t in c.subtree}


def _clause_top(pronoun: Token) -> Token:
    """The verb that governs the clause of ``pronoun`` through clausal links."""
    head = pronoun.head
    while head.dep_ in _CLAUSES and head.head != head:
        head = head.head
    return head


def speaker(doc: Doc, trigger: Token, index: dict[int, Mention],
            speech_verbs: frozenset[str], first_person: bool = True) -> list[Mention]:
    """The speaker of the reported speech around ``trigger``, or [] if none is found."""
    token = trigger
    while token.head.i != token.i:
        head = token.head
        if token.dep_ in (*_CLAUSES, "dobj", "nsubj", "nsubjpass") and \
                head.lemma_.lower() in speech_verbs:
            found = voices(doc, actors_of(doc, subject_of(head), index,
                                          first_person=first_person)) or _cited(doc, head, index)
            if found:
                return found
        token = head
    sentence = trigger.sent
    return voices(doc, _according_to(doc, sentence, index)) or _paragraph_speaker(
        doc, sentence, index, speech_verbs, first_person)


def voices(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions that speak for themselves: a news outlet ('Reuters said', 'according to
    the state news agency') only reports what others say and do."""
    actors = doc._.actors or {}
    return [m for m in mentions
            if getattr(actors.get(m.actor), "sector", None) != _REPORTING]


def _cited(doc: Doc, verb: Token, index: dict[int, Mention]) -> list[Mention]:
    """'... KCNA said, citing X': the one an outlet cites speaks."""
    cited = [t for c in verb.children if c.dep_ == "advcl" and
             c.lemma_.lower() in _WORDS.sourcing_verbs
             for o in c.children if o.dep_ == "dobj" for t in expand(o)]
    return voices(doc, actors_of(doc, cited, index))


def _according_to(doc: Doc, sentence: Span, index: dict[int, Mention]) -> list[Mention]:
    according, to = _WORDS.according_to
    for token in sentence:
        if token.lower_ == according and token.i + 2 < len(doc) and \
                doc[token.i + 1].lower_ == to:
            found = actors_of(doc, expand(doc[token.i + 2]), index) or \
                actors_of(doc, [c for c in doc[token.i + 1].children if c.dep_ == "pobj"], index)
            if found:
                return found
    return []


def _paragraph_speaker(doc: Doc, sentence: Span, index: dict[int, Mention],
                       speech_verbs: frozenset[str], first_person: bool = True) -> list[Mention]:
    """A quote sentence without attribution: the speaker named in its paragraph's attribution."""
    if not quoted(doc, sentence):
        return []
    around = paragraph(doc, sentence)
    # a paragraph that is all quotation continues the speaker the paragraph before named
    # ('X said on Monday:' / '"..."'), the last attribution there
    previous = previous_paragraph(doc, around) if all(quoted(doc, s) for s in around) else []
    for other in [*around, *reversed(previous)]:
        if other == sentence:
            continue
        for token in other:
            if token.lemma_.lower() in speech_verbs and token.pos_ == "VERB":
                found = voices(doc, actors_of(doc, subject_of(token), index,
                                              first_person=first_person))
                if found:
                    return found
    return []
