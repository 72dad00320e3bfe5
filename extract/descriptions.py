"""Definite descriptions: "the ministry", "the bloc", "the kingdom", "its neighbour".

A reader takes such a phrase for an actor already named: the organisation whose name has the
same head noun ("the commission" after "the European Commission", "the ministry" after "the
Ministry of Foreign Affairs", "the Turkish ministry" after "Turkey's foreign ministry"), the
intergovernmental body named last ("the bloc"), the organisation named last that is no office
of state or news outlet and not the clause's own side ("the group"), the state named last
("the kingdom"), the one state named before ("the government", "the regime", when the
article's main state does not settle it), the one state of a region the article names ("the
West African nation", "the Gulf state"), or, for a neighbour ("its neighbour", "the
neighbouring country") and "the country" as the object of an act ("accusing the country of
..."), the state named last that is not the clause subject's own.
A description with nothing fitting, or with several, stays unresolved: never an unrelated actor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from actorgraph.extract.coref import Article
from actorgraph.extract.gazetteer import Entry
from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.nouns import NounIndex, is_kind_of
from actorgraph.extract.offices import is_former
from actorgraph.graph.model import Actor, Mention

__all__ = ["described", "resolve_descriptions"]

_WORDS = lexicon().words
# nouns of acts and statements: 'these sanctions' is an event, not a group of people
_EVENTS = lexicon().event_nouns()
_CORE_VERBS = frozenset(v for t in ("ACCUSE", "THREATEN", "SANCTION")
                        for v in lexicon().types[t].verbs)
# "sanctions on the country", "accusations against the country": a core noun's target (an 'of'
# phrase names its owner)
_CORE_NOUN_PREPS = frozenset((n, p) for t in ("ACCUSE", "THREATEN", "SANCTION")
                             for n in lexicon().types[t].nouns for p in lexicon().types[t].preps
                             if p not in _WORDS.of_preps)
# "the Kingdom", "the Bloc", "the North"
_CAPITALISED = _WORDS.kingdom_nouns | _WORDS.bloc_nouns | _WORDS.compass_nouns
_REFERRING = ("pronoun", "description")  # mentions that take up an actor named before
_DEICTIC = _WORDS.definite_articles | _WORDS.body_pronouns | _WORDS.group_pronouns | \
    _WORDS.demonstratives


def resolve_descriptions(article: Article, doc: Doc, nouns: NounIndex | None = None,
                         states: Mapping[str, Entry] | None = None) -> None:
    """Add a mention for every definite description that refers to an actor named before,
    and (given the title vocabulary ``nouns``) for every bare title of a named person. A
    neighbour may be the state of a government body named before ('Morocco's foreign
    ministry ... its neighbour'), given the ``states`` by country code."""
    if nouns is not None:
        _bare_titles(article, doc, nouns)

    def states_of(actors: list[Actor]) -> Iterator[Actor]:
        for a in actors:
            if a.kind == "GOVERNMENT":
                yield a
            elif a.sector == "GOV" and states and a.country and a.country in states:
                yield states[a.country].actor()

    def styles(state: Actor) -> frozenset[str]:
        """The styles of a state its names carry ('Kingdom of Morocco': kingdom)."""
        entry = (states or {}).get(state.country or "")
        words = {w.lower().removesuffix("s") for name in (entry.names() if entry else ())
                 for w in name.split()}
        return frozenset(words & _WORDS.kingdom_nouns)

    def regions(state: Actor) -> tuple[str, ...]:
        entry = (states or {}).get(state.country or "")
        return entry.regions if entry is not None else ()

    @cache
    def region_words() -> frozenset[str]:
        return frozenset(w for e in (states or {}).values() for w in e.regions)

    # the mentions by name, from the last to the first: descriptions and pronouns added
    # meanwhile never count, so one sorted list serves every description
    named = sorted((m for m in article.mentions if m.reason not in _REFERRING),
                   key=lambda m: -m.start)
    for token in _nouns(doc):
        if token.i in article.taken or token.dep_ == "compound" or \
                not any(c.dep_ in ("det", "poss") and c.lower_ in _DEICTIC
                        for c in token.lefts):
            continue
        if token.lower_ in _WORDS.compass_nouns:
            actor = _compass(article, token, states_of)
        else:
            before = _named_before(article, named, token.idx)
            regional = _regional(article, token, before, states_of, regions, region_words)
            if regional is None:
                actor = _referent(article, token, before, states_of, styles)
            else:  # a region that fits several states named, or none, says not which
                actor = regional[0] if len(regional) == 1 else None
        if actor is not None:
            article.add(token, actor, "description", actor.label)


def _regional(article: Article, token: Token, before: list[Actor],
              states_of: Callable[[list[Actor]], Iterator[Actor]],
              regions: Callable[[Actor], tuple[str, ...]],
              words: Callable[[], frozenset[str]]) -> list[Actor] | None:
    """'the West African nation', 'the Gulf state': the states of that region named in the
    article (before it, else anywhere) that are not the clause's own side; None when the
    description names no region."""
    lemma = token.lemma_.lower()
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not modifiers or token.tag_ != "NN" or not (
            lemma in _WORDS.state_nouns or lemma in _WORDS.kingdom_nouns):
        return None
    doc = token.doc
    phrases = {doc[k:token.i].text.lower() for k in range(modifiers[0].left_edge.i, token.i)}
    if not phrases & words():
        return None
    own = _own_side(article, token)
    fitting: dict[str, Actor] = {}
    for named in (before, list(article.actors.values())):
        fitting = {a.id: a for a in states_of(named) if phrases & set(regions(a))
                   and a.id not in own[0] and a.country not in own[1]}
        if fitting:
            break
    return list(fitting.values())


def _compass(article: Article, token: Token,
             states_of: Callable[[list[Actor]], Iterator[Actor]]) -> Actor | None:
    """'the North', 'the south' standing alone: the one state the article names whose name
    begins with that word ('North Korea', 'South Sudan'); not 'the South China Sea'."""
    if token.dep_ in ("amod", "nmod", "compound"):
        return None
    fitting = {a.id: a for a in states_of(list(article.actors.values()))
               if a.label.lower().split()[:1] == [token.lower_]}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _referent(article: Article, token: Token, before: list[Actor],
              states_of: Callable[[list[Actor]], Iterator[Actor]],
              styles: Callable[[Actor], frozenset[str]]) -> Actor | None:
    lemma = token.lemma_.lower()
    # 'its neighbour', 'the neighbouring country', 'that country', and 'accusing the country
    # of ...': a state named before that is not the actor's own
    if lemma in _WORDS.neighbour_nouns or (lemma in _WORDS.state_nouns and (_acted_on(token) or any(
            c.lower_ in _WORDS.neighbouring_words or c.lower_ in _WORDS.demonstratives
            for c in token.children))):
        if token.tag_ != "NN":
            return None  # 'its neighbours', 'those countries': several states
        own = _own_side(article, token)
        states = list({a.id: a for a in states_of(before) if a.id not in own[0]
                       and a.country not in own[1]}.values())
        # whose it is not said: only a single state named before fits
        return states[0] if states and (own[0] or len(states) == 1) else None
    if lemma in _WORDS.kingdom_nouns:
        # 'the kingdom' after Morocco and Algeria is Morocco, the state styled so; a state
        # whose names say nothing of its style may be any
        governments = list({a.id: a for a in states_of(before)}.values())
        return next((a for a in governments if lemma in styles(a)),
                    next((a for a in governments if not styles(a)), None))
    if lemma in _WORDS.bloc_nouns:
        return next((a for a in before if a.sector == "IGO"), None)
    if lemma in _WORDS.home_nouns and token.tag_ == "NN" and _definite(token):
        # 'the government', 'the regime': the one state named before
        home = list({a.id: a for a in states_of(before)}.values())
        return home[0] if len(home) == 1 else None
    country = _qualifier_country(article, token)
    bodies = [a for a in before if a.kind == "ORGANIZATION" and len(a.label.split()) > 1
              and _head_noun(a.label) == lemma
              and (country is None or a.country == country)]
    # "Chile's ministry ... Peru's ministry ... the ministry": which one is not said
    named = bodies[0] if len(bodies) == 1 else None
    if named is None and lemma in _WORDS.group_nouns:
        return _group(article, token, before)
    if named is None and token.tag_ == "NNS" and lemma not in _EVENTS and \
            any(c.lower_ in _WORDS.demonstratives for c in token.children):
        return _owner_before(article, token)
    return named


def _definite(token: Token) -> bool:
    """Has the noun the definite article and no modifier that says whose it is ('the
    government', not 'the interim government', 'the government of Peru')?"""
    return _with_the(token) \
        and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.lefts) \
        and not any(c.dep_ == "prep" and c.lower_ in _WORDS.of_preps for c in token.rights)


def _with_the(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _WORDS.definite_articles for c in token.lefts)


def _group(article: Article, token: Token, before: list[Actor]) -> Actor | None:
    """'the group', 'the movement': the organisation named last that is no office of state
    or news outlet, and not the clause's own side when the group is acted on."""
    if token.tag_ != "NN" or (not _acted_on(token) and any(
            c.lower_ in _WORDS.of_preps for c in token.children)):
        return None  # 'the groups', 'the group of experts': not one actor named before
    own = set() if token.dep_ in ("nsubj", "nsubjpass") else _own_side(article, token)[0]
    return next((a for a in before if a.kind not in ("PERSON", "GOVERNMENT")
                 and a.sector != "MEDIA" and a.id not in own
                 and _head_noun(a.label) not in _WORDS.official_heads), None)


def described(article: Article, token: Token) -> bool:
    """Is the noun a description that :func:`resolve_descriptions` settles, not a body of the
    article's state: a noun of a state with a word before it ('the Baltic state': the one of
    that region named), or a singular definite noun of an organisation named before ('the
    ministry' after 'the Kuwaiti Foreign Ministry')?"""
    if token.lemma_.lower() in _WORDS.state_nouns and any(
            c.dep_ in ("amod", "compound", "nmod") for c in token.lefts):
        return True
    if token.tag_ != "NN" or not _with_the(token):
        return False
    bodies = (article.actors.get(m.actor) for m in article.mentions if m.start < token.idx)
    return any(a is not None and a.kind == "ORGANIZATION" and
               _head_noun(a.label) == token.lemma_.lower() for a in bodies)


def _head_noun(name: str) -> str:
    """The head noun of an organisation's name: its last word, or the word before 'of'
    ('the Ministry of Foreign Affairs' is a ministry, 'the Court of Justice' a court)."""
    words = name.lower().split()
    of = next((i for i, w in enumerate(words) if i and w in _WORDS.of_preps), len(words))
    return words[of - 1]


def _owner_before(article: Article, token: Token) -> Actor | None:
    """'Turkish security sources said ... Those sources slammed ...': the one actor that
    owned the same noun where it was last used ('Turkish'), if it had one."""
    for earlier in reversed(token.doc[:token.i]):
        if earlier.lemma_ == token.lemma_ and earlier.pos_ == "NOUN" and \
                earlier.dep_ == "nsubj":  # named as the ones who acted or spoke
            owners = {article.at[c.i] for c in earlier.children
                      if c.dep_ in ("amod", "compound", "poss") and c.i in article.at}
            return article.actors.get(owners.pop()) if len(owners) == 1 else None
    return None


def _bare_titles(article: Article, doc: Doc, nouns: NounIndex) -> None:
    """'a Brazilian Supreme Court justice' ... 'Justice X': the one person titled so."""
    for token in _nouns(doc):
        if token.i in article.taken or token.tag_ != "NN" or \
                token.dep_ == "compound" or not any(
                    c.dep_ == "det" and c.lower_ in _WORDS.articles for c in token.lefts):
            continue
        match = nouns.match(doc, token.i)
        if match is None or match[1].kind != "PERSON" or is_former(doc, match[0]):
            continue
        country = _qualifier_country(article, token)
        holders = {ident for (title, titled_in), idents in article.holders.items()
                   if is_kind_of(title, match[1].key)
                   and (None in (country, titled_in) or country == titled_in)
                   for ident in idents}
        if len(holders) == 1:
            actor = article.actors[holders.pop()]
            article.add(doc[match[0]:token.i + 1], actor, "description", actor.label)


def _nouns(doc: Doc) -> Iterator[Token]:
    """The common nouns of the Doc (from its tag array: no Token for other words), and the
    descriptions written with a capital ('the Kingdom')."""
    for i, pos in enumerate(doc.to_array("POS").tolist()):
        if pos == NOUN or (pos == PROPN and doc[i].lower_ in _CAPITALISED):
            yield doc[i]


def _named_before(article: Article, named: list[Mention], offset: int) -> list[Actor]:
    """Actors of the ``named`` mentions (by name, from the last to the first) before
    ``offset``, nearest first."""
    seen: dict[str, Actor] = {}
    for mention in named:
        actor = article.actors.get(mention.actor)
        if mention.start < offset and actor is not None:
            seen.setdefault(actor.id, actor)
    return list(seen.values())


def _own_side(article: Article, token: Token) -> tuple[set[str], set[str | None]]:
    """The actors of the clause's subject (and 'its' owner) with their countries: the
    nearest verb above the description that has a subject ('X banned imports a day after
    suspending trade with the neighbouring country': X)."""
    ids: set[str] = set()
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX"):
            ids = {article.at[t.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                   for t in c.subtree if t.i in article.at}
        if ids or verb.head == verb:  # a subject not yet known ('it said') looks further up
            break
        verb = verb.head
    countries = {getattr(article.actors.get(i), "country", None) for i in ids} - {None}
    return ids, countries | ({None} if not countries else set())


def _acted_on(token: Token) -> bool:
    """The object of an accusation, threat or sanction, or of 'against' ('accused the
    country', 'sanctions on the country'): a state acted on, not a place ('visited the
    country')."""
    return (token.dep_ == "dobj" and token.head.lemma_.lower() in _CORE_VERBS) or (
        token.dep_ == "pobj" and (token.head.lower_ in _WORDS.against_preps or (
            token.head.head.lemma_.lower(), token.head.lower_) in _CORE_NOUN_PREPS))


def _qualifier_country(article: Article, token: Token) -> str | None:
    """'the Turkish ministry': the country its modifier names."""
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.i in article.at:
            return getattr(article.actors.get(article.at[child.i]), "country", None)
    return None
