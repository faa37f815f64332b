"""Calling something by a judging word: "X called Y's decision unacceptable", "branded the
Chilean plan a provocation", "described Y's offer as a historic step".

The trigger table's ``judge`` rows name a naming verb and the judging words that make it an
event (criticism, 111; praise, 051). The parser reads these small clauses many ways (an object
predicate, a complement clause, an adjective on the object, an "as" phrase, even the judged noun
as a second verb), so the judging word is looked for in the verb's own phrase, a few words on,
and the target is the first actor named between the verb and that word: the judged thing's owner
("Chile's decision", "the Chilean plan") or the one judged ("called Chile a rogue state").
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from geopivot.events.clauses import lemma_forms
from geopivot.events.drafts import Match, candidates_at
from geopivot.events.patterns import PatternSet
from geopivot.events.summing import summed_makers
from geopivot.models import ActorMention

# How far after the verb a judging word may stand: "called the UK's 3bn rebate from the
# European Union unjustified" is eleven words.
_REACH = 12
# Words that end the small clause before a judging word could belong to it.
# "call on", "call upon", "call for": an appeal (its own rows), not a naming.
_APPEALS = frozenset({"on", "upon", "for"})
_STOPS = frozenset({",", ";", ":", "and", "but", "while", "because", "after", "before", "which", "that"})


def judgement_at(patterns: PatternSet, verb: Token,
                 mentions_at: Callable[[Token], list[ActorMention]]) -> Match | None:
    """The judge row a naming verb matches here, with the judged actor as its target; None when
    no judging word follows in the verb's phrase or nothing before it names an actor."""
    rows = candidates_at(patterns, "judge", verb)
    if not rows or any(c.dep_ in ("prep", "prt") and c.lower_ in _APPEALS for c in verb.children):
        return None  # "called on Chile to hold constructive talks" asks, it does not name
    subtree = {t.i for t in verb.subtree}
    by = _first_by(verb) if _passive(verb) else None
    judges = {t.i for t in by.subtree} if by is not None else set()
    window: list[Token] = []
    for token in verb.doc[verb.i + 1: min(verb.i + 1 + _REACH, verb.sent.end)]:
        if token.lower_ in _STOPS or token.i not in subtree:
            break
        if token.i in judges:  # "was described by Moscow as ...": the one judging, not judged
            continue
        forms = lemma_forms(token) + [token.lower_]
        for pattern in rows:
            if any(term.lemma in forms for term in pattern.objects):
                # "..., a verdict Kiev called a mockery of justice": the verdict's maker;
                # "Chile's decision was branded a provocation by Peru": the passive's subject
                targets = _first_actor(window, mentions_at) or _first_actor(_judged_subject(verb), mentions_at) \
                    or [m for maker in summed_makers(verb) for m in mentions_at(maker)]
                return Match(pattern, verb, [token], None, targets) if targets else None
        window.append(token)
    return None


def passive_judges(verb: Token, mentions_at: Callable[[Token], list[ActorMention]]) -> list[ActorMention]:
    """The one judging in a passive naming ("X's plan was branded a provocation by Y"): the
    actor after "by", as the verb's agent or, as the parser often hangs it, on the judging
    word."""
    by = _first_by(verb) if _passive(verb) else None
    return [m for o in by.children if o.dep_ == "pobj" for m in mentions_at(o)] if by is not None else []


def _first_by(verb: Token) -> Token | None:
    """The first "by" after the verb in its phrase, as its agent or hung on a later word."""
    return next((t for t in verb.subtree if t.i > verb.i and _is_by(t)), None)


def _is_by(token: Token) -> bool:
    """A "by" that introduces an agent, whether the parser calls it one or a plain preposition."""
    return token.lower_ == "by" and token.dep_ in ("agent", "prep")


def _passive(verb: Token) -> bool:
    return _reduced(verb) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _reduced(verb: Token) -> bool:
    """ "X's plan, branded illegal by Y, ...": a participle describing a noun (the tagger
    often calls it a past tense there). Unlike clauses.reduced_passive, the "by" phrase may hang
    on the judging word."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD")


def _judged_subject(verb: Token) -> list[Token]:
    """The thing judged in a passive naming: its subject ("X's plan was called illegal") or the
    noun a reduced passive describes ("X's plan, branded illegal")."""
    if _reduced(verb):
        phrase = [t for t in verb.head.subtree if t.i < verb.i]
    elif _passive(verb):
        phrase = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    else:
        return []
    # "The expulsion of X's diplomats by Peru was called ...": the act's doer first
    doer = [t for by in phrase if _is_by(by) for t in by.subtree]
    return doer + [t for t in phrase if t not in doer]


def _first_actor(tokens: list[Token], mentions_at: Callable[[Token], list[ActorMention]]) -> list[ActorMention]:
    """The actors of the first phrase among ``tokens`` that names any."""
    for token in tokens:
        found = mentions_at(token)
        if found:
            return found
    return []
