"""Nouns that sum up the clause before them, and the side whose act they sum up.

"Japan released the captain, a move China condemned": the relative clause judges the move, and
the move is Japan's. A row that judges (appeals, praise, disapproval, rejection) takes that
maker as its target when no slot of its own names one; so does a judge row ("a verdict Kiev
called a mockery of justice").
"""
from __future__ import annotations

from spacy.tokens import Token

from geopivot.events.clauses import after_comma, lemma_in, subject_heads

__all__ = ["SUMMING_NOUNS", "summed_makers"]

# Nouns of an act, which a judging relative clause can sum up: "..., a move China condemned",
# "..., a decision welcomed by Israel", "..., an offensive Eritrea condemned".
SUMMING_NOUNS = frozenset({
    "move", "decision", "step", "formula", "verdict", "ruling", "measure", "action", "gesture", "plan",
    "proposal", "offer", "announcement", "remark", "comment", "offensive", "request", "sentence",
    "incursion", "raid", "operation", "expulsion", "deployment", "demand", "charge", "accusation",
    "allegation", "claim",
})

# The pipeline runs no entity recogniser: the day or time that closes a clause, by its word.
_TIMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                    "yesterday", "weekend", "night", "morning", "afternoon", "evening"})


def summed_makers(verb: Token) -> list[Token]:
    """The subject of the clause a summing noun sums up, when ``verb`` is the relative clause that
    judges the noun ("Japan released the captain, a move China condemned": Japan)."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or not lemma_in(noun, SUMMING_NOUNS):
        return []
    # Set off after the clause itself, after its object, or in an "in" phrase of the clause
    # ("jailed him on Monday, in a verdict condemned by France"): not after a phrase deeper in
    # it, whose own verb may be another's ("after the election, a decision Minsk condemned").
    if noun.dep_ == "npadvmod":
        clause = noun.head
    elif noun.dep_ == "appos" and noun.head.dep_ == "dobj":
        clause = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.dep_ == "prep":
        clause = noun.head.head
    elif noun.dep_ == "dobj" and after_comma(noun) \
            and any(o.dep_ == "dobj" and o.i < noun.i for o in noun.head.children):
        clause = noun.head  # "accused Venezuela of ..., a charge that Caracas rejected": a second object
    elif noun.dep_ == "appos" and noun.head.lower_ in _TIMES and noun.head.dep_ == "pobj":
        clause = noun.head.head.head  # "pushed into Iraq on Sunday, an offensive Iran condemned"
    else:
        return []
    while clause.dep_ == "xcomp":  # "asked Germany to pay reparations, a request ...": the asker's
        clause = clause.head
    subjects, passive = subject_heads(clause) if clause.pos_ == "VERB" else ([], False)
    return [] if passive else subjects
