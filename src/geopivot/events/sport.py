"""The sport filter: a match report names countries that "attack", "clash" and "meet" on a
pitch; such a sentence codes no event."""
from __future__ import annotations

from spacy.tokens import Span, Token

from geopivot.actors import ActorLookup

__all__ = ["SPORT_NOUNS", "is_sport"]

# Words of sport reporting; a sentence with one of them codes no event.
SPORT_NOUNS = frozenset({
    "rugby", "football", "soccer", "cricket", "tennis", "hockey", "basketball", "tournament",
    "championship", "olympics", "olympic", "semi-final", "semifinal", "quarter-final",
    "quarterfinal", "final", "match", "striker", "goalkeeper", "midfielder", "innings", "wicket",
    "fixture", "league", "cup", "medal", "athlete", "champion", "qualifier", "squad",
})


def is_sport(sent: Span, actors: ActorLookup) -> bool:
    """A match report: teams named by their country "attack", "clash" and "meet" on a pitch.
    Only a noun of sport counts ("to match an offer" is no match), and not one inside an
    actor's name ("the Arab League")."""
    for token in sent:
        if token.lemma_.lower() not in SPORT_NOUNS or token.pos_ in ("VERB", "AUX"):
            continue
        if token.pos_ not in ("NOUN", "PROPN") and token.dep_ == "amod":
            continue  # the parser often tags "final" as an adjective: "final agreement"
        if token.pos_ == "PROPN" and _in_actor_name(token, actors, sent.start_char):
            continue
        return True
    return False


def _in_actor_name(token: Token, actors: ActorLookup, base: int) -> bool:
    """The token is (part of) a name the lookup knows: "League" in "the Arab League"."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    return any(m.start <= token.idx - base < m.end
               for m in actors.mentions_at(head))
