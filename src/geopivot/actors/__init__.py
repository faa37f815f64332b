"""Actors: the offline knowledge base and date-aware resolution of text spans to CAMEO actors."""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geopivot.models import ActorMention


class ActorLookup(Protocol):
    """What the event coder asks of actor resolution, one sentence at a time.

    ``mentions_at(token)`` takes the syntactic head of a noun phrase (a subject, object or
    prepositional object) and returns the actors that phrase names: usually one, two for
    "the two leaders", none when the phrase names no known actor. Coordination ("China and
    Russia") is the coder's job: it asks once per conjunct.
    """

    def mentions_at(self, token: Token) -> list[ActorMention]: ...

    @property
    def dateline(self) -> str | None:
        """The state (ISO3) of the article's wire dateline ("KABUL (Reuters) -"), if any: it
        places the article's groups no sentence places."""
        ...

    @property
    def article_state(self) -> str | None:
        """The state (ISO3) the article was about before this sentence, when one clearly leads
        it: it places the groups neither the sentence nor a dateline places."""
        ...
