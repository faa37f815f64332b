"""Country codes as users type them, checked: a code that is neither a known state (the
packaged states table) nor in the database would silently select nothing ("Korea", "KOREA"),
so it is named, with the closest codes as a suggestion."""
from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable

from geopivot.datafiles import packaged, read_table
from geopivot.errors import AnalysisError
from geopivot.store.store import Store
from geopivot.terminal import printable


class UnknownCountryError(AnalysisError):
    """A country code the states table and the database both lack."""


@functools.cache
def state_names() -> dict[str, tuple[str, ...]]:
    """ISO3 code → the state's names (common name first, then aliases)."""
    names: dict[str, tuple[str, ...]] = {}
    for _, row in read_table(packaged("actors/states.tsv"), required=("iso3", "name", "aliases")):
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        names[row["iso3"]] = (row["name"], *aliases)
    return names


def stored_countries(store: Store) -> set[str]:
    rows = store.con.execute("SELECT source_country FROM events UNION SELECT target_country FROM events").fetchall()
    return {row[0] for row in rows if row[0]}


def suggest(code: str, *, extra: Iterable[str] = ()) -> list[str]:
    """Up to two known codes close to ``code``: as a name first ("Korea", "Rusia"), then as a
    code ("KORR")."""
    names = state_names()
    by_name = {name.lower(): iso3 for iso3, all_names in names.items() for name in all_names}
    found = [by_name[name] for name in difflib.get_close_matches(code.lower(), list(by_name), n=3, cutoff=0.75)]
    if len(code) >= 4:  # a word of the common name: "Korea" in "South Korea" and "North Korea"
        found += [iso3 for iso3, all_names in names.items() if code.lower() in all_names[0].lower().split()]
    found += difflib.get_close_matches(code.upper(), sorted(set(names) | set(extra)), n=2, cutoff=0.6)
    return list(dict.fromkeys(found))[:2]


def check_countries(store: Store, codes: Iterable[str]) -> None:
    """Raise UnknownCountryError for the first code that names no state and no stored country."""
    wanted = [c for c in dict.fromkeys(codes) if c]
    if not wanted:
        return
    known = set(state_names())
    missing = [c for c in wanted if c not in known]
    if not missing:
        return
    stored = stored_countries(store)
    for code in missing:
        if code in stored:
            continue
        options = suggest(code, extra=stored)
        names = state_names()
        hint = " or ".join(f"{o} ({names[o][0]})" if o in names else o for o in options)
        raise UnknownCountryError(f"unknown country code {printable(code)!r}" + (f"; did you mean {hint}?" if hint else
                                  "; country codes are ISO 3166-1 alpha-3, e.g. KOR, CHN, USA"))
