"""Derive dated office holders and companies from the Phoenix actor dictionaries (MIT).

The Phoenix country and international dictionaries (Open Event Data Alliance, 2014, built from
CountryInfo.txt) list people with dated code blocks (``[GBRGOV 970502-070627]``) and companies
with ``[MNCUSA]``. Facts carry over into two packaged tables; no sentence or comment does:

- ``phoenix_people.tsv``: name, person_id, code (country + primary sector, six characters),
  start, end. A person people.tsv lists keeps its people.tsv id, and Phoenix spells that
  overlap a people.tsv spell of that person are dropped (people.tsv is reviewed and wins).
  Spells coded ``ELI`` (before and after office) are dropped: the resolver already codes a
  known person outside their offices as an elite. An open spell (``>100401``) ends on the
  dictionaries' date, the last day they vouch for.
- ``companies.tsv``: name, country for ``[MNC<ISO3>...]`` entries, coded ``<ISO3>BUS``.

Run: ``python -m geopivot.actors.phoenix ../shared/reference/petrarch2_dictionaries``.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geopivot.datafiles import packaged, read_table

SOURCE_DATE = dt.date(2014, 1, 30)  # "Generated at: Thu Jan 30 2014" (CountryInfo.140130)
_BLOCK = re.compile(r"\[([^\]]*)\]")
_PARTICLES = {"de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "da", "dos",
              "du", "di", "del", "ter"}
_SECTORS = {"GOV", "MIL", "JUD", "LEG", "OPP", "COP", "SPY", "REB", "BUS", "MED", "ELI"}
ATTRIBUTION = ("Phoenix actor dictionaries (openeventdata/petrarch2 @676801c, MIT, (c) 2014 Open "
               "Event Data Alliance; built from CountryInfo.140130)")


@dataclass(frozen=True, slots=True)
class Spell:
    name: str
    code: str
    start: dt.date | None
    end: dt.date | None


def display_name(raw: str) -> str:
    """ "JAAP_DE_HOOP_SCHEFFER_" -> "Jaap de Hoop Scheffer", "MCCAIN" -> "McCain"."""
    words = []
    for i, word in enumerate(raw.strip().strip("_").replace("_", " ").split()):
        low = word.lower()
        if i and low in _PARTICLES:
            words.append(low)
            continue
        word = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
        if word.startswith("Mc") and len(word) > 2:
            word = "Mc" + word[2].upper() + word[3:]
        if word.startswith("O'") and len(word) > 2:
            word = "O'" + word[2].upper() + word[3:]
        words.append(word)
    return " ".join(words)


def _date(token: str) -> dt.date:
    digits = token.strip()
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{1900 + year if year > 30 else 2000 + year}{digits[2:]}"
    if len(digits) != 8:
        raise ValueError(digits)
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _spell(block: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    parts = block.split()
    if not parts:
        return None
    code, rest = parts[0].upper(), "".join(parts[1:])
    try:
        if not rest:
            return code, None, None
        if rest.startswith("<"):
            return code, None, _date(rest[1:]) - dt.timedelta(days=1)
        if rest.startswith(">"):
            return code, _date(rest[1:]) + dt.timedelta(days=1), None
        start, _, end = rest.partition("-")
        return code, _date(start), _date(end)
    except ValueError:
        return None  # a malformed date in the source ("2004017"): the spell is unusable


_TITLE_WORDS = {"president", "prime", "minister", "secretary", "general", "king", "queen", "leader",
                "former", "ex", "chairman", "premier", "chancellor", "foreign", "defense", "defence",
                "russian", "soviet", "un", "united", "nations", "governor", "ambassador", "senator",
                "sheikh", "emir", "crown", "prince", "mr", "dr", "gen", "lord", "sir", "vice", "deputy",
                "administration", "government", "regime"}


def _plain(name: str) -> bool:
    return " " in name and not ({w.lower().strip(".") for w in name.replace("-", " ").split()} & _TITLE_WORDS)


def read_dictionary(path: Path) -> Iterator[tuple[Spell, tuple[str, ...]]]:
    """Every (name, code, dates) block of a Phoenix actor file, with all the entry's names.

    Name lines (``NAME``, ``+SYNONYM``) before a run of code blocks share those blocks; a
    name line after a block starts the next entry."""
    names: list[str] = []
    after_block = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = _BLOCK.sub("", line).strip()
        if head and not raw[0].isspace():
            if after_block and not head.startswith("+"):
                names = []
            names.append(display_name(head.lstrip("+")))
            after_block = False
        for block in _BLOCK.findall(line):
            after_block = True
            spell = _spell(block)
            if spell is not None and names:
                plain = [n for n in names if _plain(n)]
                yield Spell(plain[0] if plain else names[0], *spell), tuple(dict.fromkeys(plain))


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _packaged_people() -> dict[str, tuple[str, list[tuple[dt.date | None, dt.date | None]]]]:
    """Folded name or variant -> (person_id, that person's people.tsv spells)."""
    spells: dict[str, list[tuple[dt.date | None, dt.date | None]]] = defaultdict(list)
    names: dict[str, str] = {}
    path = packaged("actors/people.tsv")
    for _, row in read_table(path, required=("person_id", "name", "variants", "start", "end")):
        spells[row["person_id"]].append((dt.date.fromisoformat(row["start"]) if row["start"] else None,
                                         dt.date.fromisoformat(row["end"]) if row["end"] else None))
        for surface in [row["name"], *row["variants"].split("|")]:
            if " " in surface.strip():
                names[_fold(surface.strip())] = row["person_id"]
    return {n: (pid, spells[pid]) for n, pid in names.items()}


def _overlaps(a: tuple[dt.date | None, dt.date | None], b: tuple[dt.date | None, dt.date | None]) -> bool:
    return (a[0] or dt.date.min) <= (b[1] or dt.date.max) and (b[0] or dt.date.min) <= (a[1] or dt.date.max)


def _minus(span: tuple[dt.date, dt.date], taken: list[tuple[dt.date | None, dt.date | None]]
           ) -> list[tuple[dt.date, dt.date]]:
    """The parts of ``span`` outside every spell in ``taken``."""
    parts = [span]
    for a, b in taken:
        a, b = a or dt.date.min, b or dt.date.max
        out = []
        for s, e in parts:
            if e < a or s > b:
                out.append((s, e))
                continue
            if s < a:
                out.append((s, a - dt.timedelta(days=1)))
            if e > b:
                out.append((b + dt.timedelta(days=1), e))
        parts = out
    return parts


def derive_people(files: list[Path], states: set[str], igos: set[str]
                  ) -> list[tuple[str, str, str, str, dt.date, dt.date]]:
    """(name, variants, person_id, code, start, end) rows, reconciled with people.tsv."""
    known = _packaged_people()
    places = _place_names()
    rows: dict[tuple[str, str, dt.date], tuple[str, str, str, str, dt.date, dt.date]] = {}
    variants: dict[str, set[str]] = defaultdict(set)
    for path in files:
        for spell, names in read_dictionary(path):
            country, sector = spell.code[:3], spell.code[3:6]
            if spell.start is None and spell.end is None or " " not in spell.name:
                continue  # undated codes are no office; one-word names are too ambiguous
            if _fold(spell.name) in places or {w.lower() for w in spell.name.split()} & _INSTITUTIONS:
                continue  # a state, regime or institution, not a person
            names = tuple(n for n in names if _fold(n) not in places)
            code = spell.code[:6]
            if country == "IGO":
                if code not in igos:
                    continue
            elif sector == "ELI" or sector not in _SECTORS or country not in states:
                continue
            start = spell.start or dt.date(1900, 1, 1)
            end = spell.end or max(SOURCE_DATE, start)
            person_id, own = next((known[_fold(n)] for n in (spell.name, *names) if _fold(n) in known),
                                  (None, []))
            if spell.end is None and own:
                # An open spell of someone people.tsv follows ends where people.tsv's last spell
                # does: people.tsv knows when they left ("[ITAGOV >080508]" is not 2013).
                end = min(end, max(e or dt.date.max for _, e in own))
            pid = person_id or "phoenix:" + _fold(spell.name).replace(" ", "-").replace(".", "")
            variants[pid].update(n for n in names if n != spell.name)
            for s, e in _minus((start, end), own):
                rows[(pid, code, s)] = (spell.name, "", pid, code, s, e)
    out = [(n, "|".join(sorted(variants[pid] - {n})), pid, c, s, e) for n, _, pid, c, s, e in rows.values()]
    return sorted(out, key=lambda r: (r[0], r[4]))


def derive_companies(files: list[Path], states: set[str]) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for path in files:
        for spell, _ in read_dictionary(path):
            code = spell.code
            if code.startswith("MNC") and code[3:6] in states and spell.start is None:
                found.setdefault(spell.name, code[3:6])
    return sorted(found.items())


_ACRONYM = re.compile(r"\(([A-Za-z]{3,6})\)")
# A group's name names a body: a synonym without one of these words and of two words is as often
# a person Phoenix filed under the group ("Khaled Meshaal" under a Colombian army).
_GROUP_WORDS = {"army", "front", "brigade", "brigades", "movement", "organization", "organisation", "party",
                "faction", "militia", "militias", "group", "liberation", "forces", "force", "council",
                "cell", "cells", "command", "league", "union", "jihad", "mujahideen", "mujahidin", "tigers",
                "commandos", "battalion", "battalions", "squad", "squads", "guerrillas", "resistance",
                "revolutionary", "revolution", "committee", "alliance", "network", "nuclei", "youth"}


def read_groups(path: Path) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(name, code, synonyms) of each entry of Phoenix's non-state actor file, whose entries are
    a "NAME_ [CODE]" line and then "+SYNONYM_" lines (the countries file puts names first)."""
    entry: tuple[str, str, list[str]] | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or raw[0].isspace():
            continue
        blocks = _BLOCK.findall(line)
        head = _BLOCK.sub("", line).strip()
        if head.startswith("+") and entry is not None:
            entry[2].append(head[1:])
        elif blocks and head:
            if entry is not None:
                yield entry[0], entry[1], tuple(entry[2])
            entry = (head, blocks[0].split()[0] if blocks[0].split() else "", [])
    if entry is not None:
        yield entry[0], entry[1], tuple(entry[2])


_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "to", "de", "del", "la", "el", "al", "du", "des"}


def _titled(name: str) -> str:
    """A name as news writes it: "Liberation Tigers of Tamil Eelam", small words in lower case."""
    words = name.split()
    return " ".join([words[0], *(w.lower() if w.lower() in _SMALL_WORDS else w for w in words[1:])])


def derive_groups(path: Path, states: set[str], known: set[str]) -> list[tuple[str, str, str, str, str]]:
    """(name, aliases, acronyms, country, sector) of the armed and militant groups Phoenix codes
    with a state ("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_ [LKAREB]"). Left out: a name of one
    word (it may be an ordinary word), one of two words without a word that names a body (it
    may be a person filed under the group), one the packaged tables know, one two entries give
    to different states, and the same words in another order. Acronyms of four to six letters
    are kept apart ("CAR" and other three-letter ones collide with states and words). Names
    match as written, in title case."""
    entries: list[tuple[list[str], list[str], str, str]] = []
    owners: dict[str, set[str]] = {}
    for head, code, synonyms in read_groups(path):
        country, sector = code[:3], code[3:6]
        if country not in states:
            continue
        names: list[str] = []
        acronyms: list[str] = []
        for raw in (head, *synonyms):
            acronyms += [a.upper() for a in _ACRONYM.findall(raw.replace("_", " "))
                         if len(a) >= 4 and _fold(a) not in known]
            name = _titled(display_name(_ACRONYM.sub(" ", raw.replace("_", " ")).replace("(", " ").replace(")", " ")))
            words = {w.lower() for w in name.split()}
            if len(words) >= 2 and _fold(name) not in known and (len(words) > 2 or words & _GROUP_WORDS):
                names.append(name)
        for name in names:
            owners.setdefault(_fold(name), set()).add(country)
        entries.append((names, acronyms, country, sector if sector in _SECTORS else "REB"))
    out: dict[str, tuple[str, str, str, str, str]] = {}
    for names, acronyms, country, sector in entries:
        # Phoenix spells some names out in more than one word order ("Jordanian Revolutionary
        # and Military Committee", "Jordanian Military and Revolutionary Committee"): the first
        # is kept, and so is the first of a name given twice.
        kept: list[str] = []
        seen: set[tuple[str, ...]] = set()
        for name in names:
            words = tuple(sorted(_fold(name).split()))
            if words not in seen and owners[_fold(name)] == {country}:
                kept.append(name)
            seen.add(words)
        if not kept or kept[0] in out:
            continue
        out[kept[0]] = (kept[0], "|".join(kept[1:]), "|".join(dict.fromkeys(acronyms)), country, sector)
    return sorted(out.values())


def _place_names() -> set[str]:
    """Folded names of states, capitals, places and organisations: Phoenix lists regimes under
    such names ("SOUTH_KOREA [KORGOV 480815-600426]"), which are no people."""
    names = set()
    for _, row in read_table(packaged("actors/states.tsv"),
                             required=("iso3", "name", "aliases", "adjectives", "metonyms")):
        for cell in ("name", "aliases", "adjectives", "metonyms"):
            names.update(_fold(x.strip()) for x in row[cell].split("|") if x.strip())
    for _, row in read_table(packaged("actors/places.tsv"), required=("place", "iso3", "kind")):
        names.add(_fold(row["place"]))
    for _, row in read_table(packaged("actors/organisations.tsv"),
                             required=("code", "country", "sector", "name", "aliases")):
        names.update(_fold(x.strip()) for x in [row["name"], *row["aliases"].split("|")] if x.strip())
    return names


_INSTITUTIONS = {"government", "republic", "kingdom", "islands", "antilles", "state", "states", "ministry",
                 "party", "army", "forces", "police", "council", "court", "union", "front", "movement",
                 "regime", "junta", "administration", "cabinet", "parliament", "assembly", "congress",
                 "commission", "committee", "office", "agency", "bank", "federation", "league", "guard"}


def _states() -> set[str]:
    return {row["iso3"] for _, row in read_table(packaged("actors/states.tsv"),
                                                  required=("iso3", "name", "aliases", "adjectives", "metonyms"))}


def write_tables(folder: Path, out: Path) -> tuple[int, int, int]:
    """Write ``phoenix_people.tsv``, ``companies_phoenix.tsv`` and ``groups_phoenix.tsv`` into ``out``."""
    files = [folder / "Phoenix.Countries.actors.txt", folder / "Phoenix.International.actors.txt"]
    states = _states()
    igos = {row["code"] for _, row in read_table(packaged("actors/organisations.tsv"),
                                                 required=("code", "country", "sector", "name", "aliases"))
            if row["code"].startswith("IGO")}
    people = derive_people(files, states, igos)
    with (out / "phoenix_people.tsv").open("w", encoding="utf-8") as handle:
        handle.write("# phoenix_people v1 (derived by geopivot.actors.phoenix; do not edit by hand)\n"
                     f"# Facts from the {ATTRIBUTION}.\n"
                     "# One row per dated office spell: name, variants (|-separated), person_id (the people.tsv id when\n"
                     "# that file lists the person; its spells win where they overlap), code (country + primary\n"
                     "# sector), start, end.\n"
                     f"# Spells open in the source end on {SOURCE_DATE.isoformat()}, the dictionaries' date.\n"
                     "name\tvariants\tperson_id\tcode\tstart\tend\n")
        for name, variants, pid, code, start, end in people:
            handle.write(f"{name}\t{variants}\t{pid}\t{code}\t{start.isoformat()}\t{end.isoformat()}\n")
    companies = derive_companies(files, states)
    with (out / "companies_phoenix.tsv").open("w", encoding="utf-8") as handle:
        handle.write("# companies_phoenix v1 (derived by geopivot.actors.phoenix; do not edit by hand)\n"
                     f"# Company names and home countries ([MNC<ISO3>]) from the {ATTRIBUTION}.\n"
                     "# A company and its officers are coded <country>BUS.\nname\tcountry\n")
        for name, country in companies:
            handle.write(f"{name}\t{country}\n")
    known = _place_names() | {_fold(name) for name, *_ in people}
    groups = derive_groups(folder / "Phoenix.MilNonState.actors.txt", states, known)
    with (out / "groups_phoenix.tsv").open("w", encoding="utf-8") as handle:
        handle.write("# groups_phoenix v1 (derived by geopivot.actors.phoenix; do not edit by hand)\n"
                     f"# Armed and militant groups coded with a state ([<ISO3>REB] and the like) from the {ATTRIBUTION},\n"
                     "# non-state actor file (from the START TOPS database). Names and acronyms match as\n"
                     "# written.\nname\taliases\tacronyms\tcountry\tsector\n")
        for row in groups:
            handle.write("\t".join(row) + "\n")
    return len(people), len(companies), len(groups)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m geopivot.actors.phoenix PETRARCH2_DICTIONARY_FOLDER", file=sys.stderr)
        return 2
    people, companies, groups = write_tables(Path(args[0]), packaged("actors/x").parent)
    print(f"{people} office spells, {companies} companies, {groups} groups written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
