"""The knowledge base's entries: one way of naming an actor, possibly between two dates, and the
sector nouns. Shared by the packaged tables (actors/kb.py) and users' files (actors/userfiles.py),
so neither has to import the other for them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from geopivot.models import Actor

EntryKind = Literal["state", "metonym", "adjective", "org", "person"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One way the knowledge base can name an actor, possibly only between two dates."""

    surface: str
    kind: EntryKind
    name: str
    country: str | None
    sector: str | None = None
    person_id: str | None = None
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source: str = "packaged"
    code: str | None = None  # set when the code is more than country + sector ("AFGREBTLB")
    fold: bool = False  # match case-insensitively (PETRARCH dictionaries are upper case)

    def valid_on(self, date: dt.date | None) -> bool:
        if date is None or (self.start is None and self.end is None):
            return True
        if self.start is not None and date < self.start:
            return False
        return self.end is None or date <= self.end

    def actor(self) -> Actor:
        actor_type = {"state": "state", "metonym": "state", "adjective": "state",
                      "person": "person"}.get(self.kind, "group")
        if self.kind == "org" and self.country and self.country.startswith("IGO"):
            actor_type = "igo"
        code = self.code or (self.country or "") + (self.sector or "")
        return Actor(code=code, name=self.name, country=self.country, sector=self.sector,
                     actor_type=actor_type)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class SectorTerm:
    term: str
    cameo: str
    plover: str
