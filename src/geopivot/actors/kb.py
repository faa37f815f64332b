"""The offline actor knowledge base: states, organisations, sectors and dated office holders.

Everything comes from versioned tables in ``geopivot/data/actors`` plus optional user files.
Surfaces are case-sensitive ("US" the country, not "us" the pronoun); sector terms are
lowercase lemmas ("troop" from "troops").
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geopivot.datafiles import packaged, read_table, split_multi, table_version
from geopivot.errors import DataFileError
from geopivot.actors.entries import Entry, EntryKind, SectorTerm
from geopivot.models import Actor

PARTY = "PTY"  # CAMEO's sector for a political party, neither in government nor opposing
# Higher wins when one surname or title fits several office holders on the same date.
ROLE_PRIORITY = {
    "head_of_state": 5,
    "head_of_government": 4,
    "foreign_minister": 3,
    "defence_minister": 2,
    "un_secretary_general": 5,
    "igo_head": 5,
    "central_bank_head": 2,
    "un_ambassador": 2,
    "other": 1,
}


@dataclass(slots=True)
class ActorKB:
    """Lookup tables built from the data files; build with :func:`load_kb`."""

    entries: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    folded: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    sectors: dict[str, SectorTerm] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[tuple[str, str], str] = field(default_factory=dict)  # (title, country or "") -> role
    state_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> name
    nationality: dict[str, str] = field(default_factory=dict)  # person name -> ISO3 (IGO officials)
    # Names whose actor depends on the date or the article's other places ("Tripoli", "Juba",
    # "Tory"): surface -> the dated alternatives, each also entered under "surface@code".
    dated: dict[str, list[Entry]] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)  # ethnic group -> default ISO3 or ""
    # "Sino" in "Sino-Japanese": a state's combining form, a name only before a hyphen -> ISO3
    combining: dict[str, str] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        bucket = self.folded[entry.surface.lower()] if entry.fold else self.entries[entry.surface]
        if entry not in bucket:
            bucket.append(entry)
        if entry.kind == "person" and entry.role and entry.country and entry.surface == entry.name:
            self.holders[(entry.country, entry.role)].append(entry)

    def lookup(self, surface: str) -> list[Entry]:
        exact = self.entries.get(surface, [])
        folded = self.folded.get(surface.lower(), []) if self.folded else []
        return exact + folded if folded else exact

    def surfaces(self) -> Iterator[str]:
        return iter(self.entries)

    def several(self, surface: str) -> list[Entry]:
        """The entries of a name that stands for several actors at once (PETRARCH's
        "THE_SHIRE [FRO/BIL/SAM]", "the two Koreas"), one per actor; [] for any other name."""
        entries = [e for e in self.folded.get(surface.lower(), []) if e.kind in ("org", "state")]
        if len({e.code for e in entries}) < 2 or len({e.source for e in entries}) != 1:
            return []
        return entries

    def several_surfaces(self) -> list[str]:
        """Every name :meth:`several` reads as several actors, as the matcher labels it."""
        return [surface for surface in self.folded if self.several(surface)]

    def folded_surfaces(self) -> Iterator[str]:
        return iter(self.folded)

    def office_holder(self, country: str, role: str, date: dt.date | None) -> Entry | None:
        """Who held ``role`` in ``country`` on ``date`` (the latest holder when undated)."""
        spells = self.holders.get((country, role), [])
        if date is None:
            return max(spells, key=lambda e: e.start or dt.date.min, default=None)
        return next((e for e in spells if e.valid_on(date)), None)

    def title_role(self, title: str, country: str | None) -> str | None:
        """The office a title names in ``country`` ("president" in Iran is the head of
        government), or None when it names no listed office there."""
        role = self.titles.get((title, country or ""), self.titles.get((title, "")))
        return role or None

    def names_an_office(self, title: str, country: str | None) -> bool:
        """Whether ``title`` names an office one person holds at a time ("chancellor", "prime
        minister"; not "minister"), listed or not in ``country``."""
        return (title, country or "") in self.titles or (title, "") in self.titles

    def name_tokens(self) -> set[str]:
        """Hyphenated name parts ("Jae-in") the tokenizer must keep whole."""
        return {part for surface, bucket in self.entries.items() for part in surface.split()
                if "-" in part.strip("-") and part[0].isupper()
                and any(e.source == "packaged" for e in bucket)}

    def search(self, query: str, *, limit: int = 50) -> list[Entry]:
        """Entries whose surface contains ``query``, case-insensitively, exact matches first."""
        needle = query.lower()
        hits = [e for table in (self.entries, self.folded) for surface, bucket in table.items()
                if needle in surface.lower() for e in bucket]
        hits.sort(key=lambda e: (e.surface.lower() != needle, e.surface, e.start or dt.date.min))
        return hits[:limit]

    def dated_label(self, surface: str, date: dt.date | None, places: frozenset[str]) -> str:
        """The key of the alternative ``surface`` names on ``date``: among those valid then,
        the one whose state the article names elsewhere, else the first listed."""
        options = [e for e in self.dated.get(surface, ()) if e.valid_on(date)]
        if not options:
            return surface
        if date is None and len({e.country for e in options}) == 1 \
                and len({e.sector for e in options if e.kind == "org"}) > 1:
            # Undated, a party that has both governed and opposed is a party (CAMEO PTY): its
            # oldest row (government in 1979) would be a guess, and one side's code for both
            # sides of "Gordon Brown criticised the Tories" makes them one actor.
            return _party_key(surface, options[0].country or "")
        best = next((e for e in options if e.country in places), options[0])
        return best.surface

    def sector_of(self, lemma: str) -> SectorTerm | None:
        return self.sectors.get(lemma.lower())

    def state(self, country: str) -> Actor:
        """The state ``country`` as an actor ("KOR", South Korea)."""
        return Actor(code=country, name=self.state_names.get(country, country), country=country,
                     actor_type="state")


def _date(cell: str, path: Path, line: int) -> dt.date | None:
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError as e:
        raise DataFileError(str(path), f"bad date {cell!r}", line=line) from e


def _load_states(kb: ActorKB, path: Path) -> None:
    for _, row in read_table(path, required=("iso3", "name", "aliases", "adjectives", "metonyms")):
        iso3, name = row["iso3"], row["name"]
        kb.state_names[iso3] = name
        for surface in [name, *split_multi(row["aliases"])]:
            kb.add(Entry(surface, "state", name, iso3))
        for surface in split_multi(row["adjectives"]):
            kb.add(Entry(surface, "adjective", name, iso3))
        for surface in split_multi(row["metonyms"]):
            kb.add(Entry(surface, "metonym", f"{name} government", iso3, "GOV"))


def _load_places(kb: ActorKB, path: Path) -> None:
    # A region or city named as a place is its state, not the state's government: it is
    # entered as one more name of the state ("civilians in Douma" are SYRCVL).
    for line, row in read_table(path, required=("place", "iso3", "kind")):
        name = kb.state_names.get(row["iso3"])
        if name is None:
            raise DataFileError(str(path), f"unknown state {row['iso3']!r}", line=line)
        kb.add(Entry(row["place"], "state", name, row["iso3"]))


def _load_organisations(kb: ActorKB, path: Path) -> None:
    for _, row in read_table(path, required=("code", "country", "sector", "name", "aliases")):
        for surface in [row["name"], *split_multi(row["aliases"])]:
            kb.add(Entry(surface, "org", row["name"], row["country"] or None, row["sector"] or None,
                         code=row["code"]))


def _load_people(kb: ActorKB, path: Path, *, source: str = "packaged") -> None:
    for line, row in read_table(path, required=("person_id", "name", "variants", "country",
                                                "sector", "role", "start", "end")):
        start, end = _date(row["start"], path, line), _date(row["end"], path, line)
        for surface in [row["name"], *split_multi(row["variants"])]:
            kb.add(Entry(surface, "person", row["name"], row["country"] or None,
                         row["sector"] or None, row["person_id"], row["role"] or "other",
                         start, end, source))


def _load_phoenix_people(kb: ActorKB, path: Path) -> None:
    """Dated spells derived from the Phoenix dictionaries (see phoenix.py); their role is
    unknown ("other"), so a reviewed people.tsv spell outranks them on the same date."""
    for line, row in read_table(path, required=("name", "variants", "person_id", "code", "start", "end")):
        code = row["code"]
        country, sector = (code, None) if code.startswith("IGO") else (code[:3], code[3:6] or None)
        start, end = _date(row["start"], path, line), _date(row["end"], path, line)
        for surface in [row["name"], *split_multi(row["variants"])]:
            kb.add(Entry(surface, "person", row["name"], country, sector, row["person_id"], "other",
                         start, end, "phoenix"))


_CORPORATE = {"inc", "corp", "corporation", "co", "company", "ltd", "plc", "group", "holdings", "sa",
              "ag", "nv", "llc", "limited", "incorporated"}


def _load_companies(kb: ActorKB, path: Path, *, fold: bool = False) -> None:
    """Companies and their home countries: a company is its country's business sector. The
    derived Phoenix names are upper case in the source, so they match case-insensitively ("BP"
    from "Bp"); a trailing "Inc" or "Corp" may be left out."""
    for _, row in read_table(path, required=("name", "country")):
        name, country = row["name"], row["country"]
        surfaces = {name, *split_multi(row.get("aliases", ""))}
        words = name.split()
        if len(words) > 2 and words[-1].lower().strip(".") in _CORPORATE:
            surfaces.add(" ".join(words[:-1]))
        for surface in surfaces:
            kb.add(Entry(surface, "org", name, country, "BUS", source="companies", fold=fold))


def _load_phoenix_groups(kb: ActorKB, path: Path) -> None:
    """Armed and militant groups derived from Phoenix (groups_phoenix.tsv), matched as written:
    "Tamil Tigers", "LTTE" (case-insensitive matching would find "Egypt's revolution")."""
    for _, row in read_table(path, required=("name", "aliases", "acronyms", "country", "sector")):
        name, country, sector = row["name"], row["country"], row["sector"]
        for surface in {name, *split_multi(row["aliases"]), *split_multi(row["acronyms"])}:
            kb.add(Entry(surface, "org", name, country, sector, source="groups"))


def _load_state_groups(kb: ActorKB, path: Path) -> None:
    """Names of several states at once ("the two Koreas"): one entry per state, which the
    resolver reads as several actors (SentenceActors._several)."""
    for line, row in read_table(path, required=("surface", "states")):
        for country in split_multi(row["states"]):
            if country not in kb.state_names:
                raise DataFileError(str(path), f"unknown state {country!r}", line=line)
            kb.add(Entry(row["surface"], "state", kb.state_names[country], country, code=country,
                         source="state_groups", fold=True))


def _load_combining_forms(kb: ActorKB, path: Path) -> None:
    for line, row in read_table(path, required=("surface", "state")):
        if row["state"] not in kb.state_names:
            raise DataFileError(str(path), f"unknown state {row['state']!r}", line=line)
        kb.combining[row["surface"]] = row["state"]


def _load_nationalities(kb: ActorKB, path: Path) -> None:
    ids = {e.person_id: e.name for bucket in kb.entries.values() for e in bucket
           if e.kind == "person" and e.source == "packaged"}
    for line, row in read_table(path, required=("person_id", "iso3")):
        if row["person_id"] not in ids:
            raise DataFileError(str(path), f"unknown person {row['person_id']!r}", line=line)
        kb.nationality[ids[row["person_id"]]] = row["iso3"]


def _party_key(surface: str, country: str) -> str:
    """The key of a party's undated entry ("Tories@GBRPTY"), beside its dated ones."""
    return f"{surface}@{country}{PARTY}"


def _load_dated_names(kb: ActorKB, path: Path) -> None:
    """Places and parties whose actor changed over time or names two states; the resolver
    picks among the alternatives by date and by the article's other places."""
    for line, row in read_table(path, required=("surface", "country", "sector", "kind", "start", "end")):
        country, sector = row["country"], row["sector"] or None
        kind: EntryKind = {"place": "state", "capital": "metonym"}.get(row["kind"], "org")  # type: ignore[assignment]
        name = row.get("name") or kb.state_names.get(country, country)
        code = country + (sector or "")
        entry = Entry(f"{row['surface']}@{code}", kind, name, country, sector,
                      start=_date(row["start"], path, line), end=_date(row["end"], path, line), code=code)
        kb.add(entry)
        kb.dated.setdefault(row["surface"], []).append(entry)
        if row["kind"] == "party" and not kb.entries.get(_party_key(row["surface"], country)):
            kb.add(Entry(_party_key(row["surface"], country), "org", name, country, PARTY,
                         code=country + PARTY))
        if not kb.entries.get(row["surface"]):
            kb.add(Entry(row["surface"], kind, name, country, sector, code=code))


def _load_groups(kb: ActorKB, path: Path) -> None:
    """Peoples; the resolver places them in a state by the sentence (see resolve.py). The
    surface is entered so that the matcher finds it, as the default state or a bare group."""
    for line, row in read_table(path, required=("group", "default")):
        default = row["default"]
        if default and default not in kb.state_names:
            raise DataFileError(str(path), f"unknown state {default!r}", line=line)
        kb.groups[row["group"]] = default
        if not kb.entries.get(row["group"]):
            kb.add(Entry(row["group"], "adjective", row["group"], default or None, source="group"))


def _load_sectors(kb: ActorKB, path: Path) -> None:
    for _, row in read_table(path, required=("term", "cameo", "plover")):
        kb.sectors[row["term"].lower()] = SectorTerm(row["term"].lower(), row["cameo"], row["plover"])


def _load_titles(kb: ActorKB, path: Path) -> None:
    for line, row in read_table(path, required=("title", "country", "role")):
        if row["role"] and row["role"] not in ROLE_PRIORITY:
            raise DataFileError(str(path), f"unknown role {row['role']!r}", line=line)
        kb.titles[(row["title"].lower(), row["country"])] = row["role"]


_TABLES = (("states.tsv", _load_states), ("places.tsv", _load_places),
           ("organisations.tsv", _load_organisations),
           ("sectors.tsv", _load_sectors), ("people.tsv", _load_people), ("titles.tsv", _load_titles),
           ("nationalities.tsv", _load_nationalities), ("dated_names.tsv", _load_dated_names),
           ("ethnic_groups.tsv", _load_groups),
           ("phoenix_people.tsv", _load_phoenix_people), ("companies.tsv", _load_companies),
           ("companies_phoenix.tsv", functools.partial(_load_companies, fold=True)),
           ("groups_phoenix.tsv", _load_phoenix_groups), ("state_groups.tsv", _load_state_groups),
           ("combining_forms.tsv", _load_combining_forms))


@functools.lru_cache(maxsize=8)
def load_kb(extra_files: tuple[Path, ...] = ()) -> ActorKB:
    """The packaged knowledge base plus user actor files (later files override earlier ones)."""
    from geopivot.actors.userfiles import load_user_actors  # YAML/CSV readers: only with user files

    kb = ActorKB()
    for name, loader in _TABLES:
        path = packaged(f"actors/{name}")
        if path.exists():
            loader(kb, path)
            kb.versions[name] = table_version(path)
    for path in extra_files:
        for item in load_user_actors(path):
            if isinstance(item, SectorTerm):
                kb.sectors[item.term] = item
            else:
                _override(kb, item)
    if kb.folded:
        # A dictionary's upper-case name overrides the packaged name it folds to
        # (PETRARCH's "+SEOUL" under "SOUTH_KOREA [KOR]" is KOR, not the packaged KORGOV).
        users = {k for k, bucket in kb.folded.items() if any(e.source != "companies" for e in bucket)}
        for surface in [s for s in kb.entries if s.lower() in users]:
            kept = [e for e in kb.entries[surface] if e.source != "packaged"]
            if kept:
                kb.entries[surface] = kept
            else:
                del kb.entries[surface]
    return kb


def _override(kb: ActorKB, entry: Entry) -> None:
    """A user entry replaces packaged entries of the same surface."""
    table = kb.folded if entry.fold else kb.entries
    key = entry.surface.lower() if entry.fold else entry.surface
    table[key] = [e for e in table.get(key, []) if e.source != "packaged"]
    kb.add(entry)

