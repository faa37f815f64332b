"""File layouts of other producers' event data (GDELT, ICEWS, POLECAT) as SQL over a staging table.

Each layout says how DuckDB reads a file (delimiter, header, typed columns) and gives one
SELECT that maps the staged rows onto the events table, with a ``problem`` column naming why
a row cannot be imported (NULL when it can). Producers' own codes, Goldstein values and quad
classes are kept as they are; only values a producer does not give are derived.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass

from geopivot.errors import InputError
from geopivot.events.ontology import quad_class_of

# Columns (0-based) of a GDELT events row. GDELT 2.0 added an ADM2 code to each of the three
# geographies, so everything after the event fields sits 1-3 places later; the fields up to
# AvgTone (34) are the same in both versions.
_GDELT_FIELDS = {"id": 0, "date": 1, "a1_code": 5, "a1_name": 6, "a1_country": 7, "a1_type": 12,
                 "a2_code": 15, "a2_name": 16, "a2_country": 17, "a2_type": 22, "code": 26,
                 "root": 28, "quad": 29, "goldstein": 30}
# 57 columns: GDELT 1.0 up to March 2013 and the backfiles; 58: GDELT 1.0 daily files with
# SOURCEURL; 61: GDELT 2.0.
_GDELT_URL_COLUMN = {57: None, 58: 57, 61: 60}
_GDELT_VERSION = {57: 1, 58: 1, 61: 2}

# PLOVER's own grouping of its event types into the four quad classes (PLOVER manual).
PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
               "COOPERATE": 2, "AID": 2, "RETREAT": 2,
               "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
               "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}

# ICEWS lists every sector of an actor ("Elite,Executive,Government,..."); short lists are kept
# verbatim in source_sector/target_sector, long ones would only make unusable group keys.
SHORT_SECTOR = 40

_CODE_OK = r"regexp_full_match({c}, '[0-9]{{2,4}}') AND left({c}, 2) BETWEEN '01' AND '20'"


@dataclass(frozen=True, slots=True)
class Layout:
    """How to read one file and how its staged rows map onto the events table."""

    delim: str
    header: bool
    quote: str  # "" turns quoting off: tab files carry stray quote marks inside names
    columns: dict[str, str]  # staged column -> DuckDB type, in file order
    dateformat: str
    query: str  # SELECT over ``import_stage s`` giving stage_row, problem and events columns
    keep: tuple[str, ...]  # the columns the query uses: only these are staged (memory)
    country_columns: tuple[str, ...] = ()  # staged columns of country names to map to ISO3


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _fields(first_line: str, delim: str) -> list[str]:
    if delim == "\t":
        return first_line.split("\t")
    return next(csv.reader([first_line]), [])


def _delimiter(first_line: str) -> str:
    return "\t" if "\t" in first_line else ","


def _quad_from_root(root_sql: str) -> str:
    whens = " ".join(f"WHEN '{r:02d}' THEN {quad_class_of(r)}" for r in range(1, 21))
    return f"CASE {root_sql} {whens} END"


def _bad_code(column: str, label: str) -> str:
    return (f"WHEN {column} IS NULL THEN 'missing {label}' "
            f"WHEN NOT ({_CODE_OK.format(c=column)}) THEN 'bad {label} ' || {column} ")


# -- GDELT ---------------------------------------------------------------------------------
def gdelt_layout(first_line: str, path: str, producer: str = "gdelt") -> Layout:
    delim = _delimiter(first_line)
    fields = _fields(first_line, delim)
    if len(fields) not in _GDELT_VERSION:
        raise InputError(path, f"{len(fields)} columns: not a GDELT 1.0 (57 or 58 columns) "
                               "or GDELT 2.0 (61 columns) events file")
    header = fields[0].strip().strip('"').upper() == "GLOBALEVENTID"
    columns = {f"c{i:02d}": "VARCHAR" for i in range(len(fields))}
    f = {key: f"s.c{i:02d}" for key, i in _GDELT_FIELDS.items()}
    columns[f["id"][2:]] = "BIGINT"
    columns[f["date"][2:]] = "DATE"
    columns[f["quad"][2:]] = "TINYINT"
    columns[f["goldstein"][2:]] = "DOUBLE"
    url = _GDELT_URL_COLUMN[len(fields)]
    keep = tuple(sorted({f"c{i:02d}" for i in _GDELT_FIELDS.values()}
                        | ({f"c{url:02d}"} if url is not None else set())))
    query = f"""
        SELECT s.rowid AS stage_row,
            CASE WHEN {f['id']} IS NULL THEN 'missing GLOBALEVENTID'
                 WHEN {f['date']} IS NULL THEN 'missing SQLDATE'
                 {_bad_code(f['code'], 'EventCode')}
                 WHEN {f['quad']} NOT BETWEEN 1 AND 4 THEN 'QuadClass ' || {f['quad']} || ' not in 1-4'
                 WHEN abs({f['goldstein']}) > 10 THEN 'GoldsteinScale ' || {f['goldstein']} || ' not in -10..10'
            END AS problem,
            'gdelt:' || {f['id']} AS event_id, {_lit(producer)} AS producer,
            {f"s.c{url:02d}" if url is not None else "NULL"} AS article_id,
            {f['date']} AS date,
            {f['a1_name']} AS source_text, {f['a1_code']} AS source_code,
            {f['a1_country']} AS source_country, {f['a1_type']} AS source_sector,
            {f['code']} AS event_code, coalesce({f['root']}, left({f['code']}, 2)) AS event_root,
            o.name AS event_name, {f['quad']} AS quad_class, {f['goldstein']} AS goldstein,
            o.plover_type AS plover_type, o.plover_mode AS plover_mode,
            {f['a2_name']} AS target_text, {f['a2_code']} AS target_code,
            {f['a2_country']} AS target_country, {f['a2_type']} AS target_sector
        FROM import_stage s LEFT JOIN import_ontology o ON o.code = {f['code']}"""
    return Layout(delim=delim, header=header, quote='"' if delim == "," else "", columns=columns,
                  dateformat="%Y%m%d", query=query, keep=keep)


# -- header-named layouts (ICEWS, POLECAT) -----------------------------------------------------
def _header(first_line: str, path: str, required: tuple[str, ...], what: str) -> list[str]:
    # Some published files have stray empty columns at the end of the header.
    names = [n.strip().strip('"') or f"_unnamed_{i}" for i, n in enumerate(first_line.split("\t"))]
    missing = [n for n in required if n not in names]
    if missing:
        raise InputError(path, f"not {what} file with a header: missing column(s) "
                               + ", ".join(repr(m) for m in missing), line=1)
    if len(set(names)) != len(names):
        raise InputError(path, "duplicate column names in the header", line=1)
    return names


def _column(names: list[str]) -> Callable[[str], str]:
    """SQL for a staged column by its header name, NULL when this file lacks it."""
    return lambda name: f"s.{_q(name)}" if name in names else "NULL"


def _sector(sql: str) -> str:
    return f"CASE WHEN length({sql}) <= {SHORT_SECTOR} THEN {sql} END"


_ICEWS_USED = {"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
               "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
               "Target Country", "Story ID", "Sentence Number"}
_POLECAT_USED = {"Event ID", "Event Date", "Event Type", "Event Mode", "Actor Name", "Actor Country",
                 "Primary Actor Sector", "Recipient Name", "Recipient Country",
                 "Primary Recipient Sector", "Story ID", "Article ID", "URL"}


def icews_layout(first_line: str, path: str, producer: str = "icews") -> Layout:
    names = _header(first_line, path, ("Event ID", "Event Date", "CAMEO Code"), "an ICEWS events")
    col = _column(names)
    columns = {n: "VARCHAR" for n in names}
    columns.update({"Event ID": "BIGINT", "Event Date": "DATE"})
    if "Intensity" in names:
        columns["Intensity"] = "DOUBLE"
    code = col("CAMEO Code")
    query = f"""
        SELECT s.rowid AS stage_row,
            CASE WHEN s."Event ID" IS NULL THEN 'missing Event ID'
                 WHEN s."Event Date" IS NULL THEN 'missing Event Date'
                 {_bad_code(code, 'CAMEO Code')}
                 WHEN abs({col('Intensity')}) > 10 THEN 'Intensity ' || {col('Intensity')} || ' not in -10..10'
            END AS problem,
            -- Event ID alone is not unique in ICEWS; with the date it is (ICEWS documentation).
            'icews:' || s."Event ID" || ':' || strftime(s."Event Date", '%Y-%m-%d') AS event_id,
            {_lit(producer)} AS producer,
            'icews:' || {col('Story ID')} AS article_id,
            TRY_CAST({col('Sentence Number')} AS INTEGER) AS sentence_index,
            s."Event Date" AS date,
            {col('Source Name')} AS source_text, sc.iso3 AS source_country,
            {_sector(col('Source Sectors'))} AS source_sector,
            {code} AS event_code, left({code}, 2) AS event_root,
            {col('Event Text')} AS event_name,
            {_quad_from_root(f'left({code}, 2)')} AS quad_class,
            {col('Intensity')} AS goldstein,
            o.plover_type AS plover_type, o.plover_mode AS plover_mode,
            {col('Target Name')} AS target_text, tc.iso3 AS target_country,
            {_sector(col('Target Sectors'))} AS target_sector
        FROM import_stage s
        LEFT JOIN import_ontology o ON o.code = {code}
        LEFT JOIN import_countries sc ON sc.name = {col('Source Country')}
        LEFT JOIN import_countries tc ON tc.name = {col('Target Country')}"""
    countries = tuple(n for n in ("Source Country", "Target Country") if n in names)
    return Layout(delim="\t", header=True, quote="", columns=columns, dateformat="%Y-%m-%d",
                  query=query, keep=tuple(n for n in names if n in _ICEWS_USED),
                  country_columns=countries)


def polecat_layout(first_line: str, path: str, producer: str = "polecat") -> Layout:
    names = _header(first_line, path, ("Event ID", "Event Date", "Event Type"), "a POLECAT events")
    col = _column(names)
    columns = {n: "VARCHAR" for n in names}
    columns["Event Date"] = "DATE"
    article = next((col(n) for n in ("Story ID", "Article ID", "URL") if n in names), "NULL")
    quads = " ".join(f"WHEN {_lit(t)} THEN {q}" for t, q in PLOVER_QUAD.items())
    query = f"""
        SELECT s.rowid AS stage_row,
            CASE WHEN s."Event ID" IS NULL THEN 'missing Event ID'
                 WHEN s."Event Date" IS NULL THEN 'missing Event Date'
                 WHEN s."Event Type" IS NULL THEN 'missing Event Type'
            END AS problem,
            'polecat:' || s."Event ID" AS event_id, {_lit(producer)} AS producer,
            {article} AS article_id, s."Event Date" AS date,
            {col('Actor Name')} AS source_text, sc.iso3 AS source_country,
            {_sector(col('Primary Actor Sector'))} AS source_sector,
            NULL AS event_code, NULL AS event_root,
            CASE upper(trim(s."Event Type")) {quads} END AS quad_class,
            upper(trim(s."Event Type")) AS plover_type, lower(trim({col('Event Mode')})) AS plover_mode,
            {col('Recipient Name')} AS target_text, tc.iso3 AS target_country,
            {_sector(col('Primary Recipient Sector'))} AS target_sector
        FROM import_stage s
        LEFT JOIN import_countries sc ON sc.name = {col('Actor Country')}
        LEFT JOIN import_countries tc ON tc.name = {col('Recipient Country')}"""
    countries = tuple(n for n in ("Actor Country", "Recipient Country") if n in names)
    return Layout(delim="\t", header=True, quote="", columns=columns, dateformat="%Y-%m-%d",
                  query=query, keep=tuple(n for n in names if n in _POLECAT_USED),
                  country_columns=countries)


LAYOUTS: dict[str, Callable[[str, str], Layout]] = {
    "gdelt": gdelt_layout, "icews": icews_layout, "polecat": polecat_layout,
}

# -- country names -----------------------------------------------------------------------------
# ICEWS spells some countries the ISO 3166 way ("Moldova, Republic of"), which the actor
# knowledge base does not list; "Congo" there is the Republic of the Congo, not the DRC.
ICEWS_COUNTRY_NAMES = {
    "Moldova, Republic of": "MDA",
    "Occupied Palestinian Territory": "PSE",
    "Palestinian Territory, Occupied": "PSE",
    "the former Yugoslav Republic of Macedonia": "MKD",
    "Macedonia, the former Yugoslav Republic of": "MKD",
    "Korea, Republic of": "KOR",
    "Korea, Democratic People's Republic of": "PRK",
    "Iran, Islamic Republic of": "IRN",
    "Tanzania, United Republic of": "TZA",
    "Congo, The Democratic Republic of the": "COD",
    "Congo, the Democratic Republic of the": "COD",
    "Congo": "COG",
    "Bolivia, Plurinational State of": "BOL",
    "Venezuela, Bolivarian Republic of": "VEN",
    "Micronesia, Federated States of": "FSM",
    "Libyan Arab Jamahiriya": "LBY",
    "Holy See (Vatican City State)": "VAT",
    "Taiwan, Province of China": "TWN",
    "Lao People's Democratic Republic": "LAO",
    "Syrian Arab Republic": "SYR",
    "Viet Nam": "VNM",
}
_ISO3 = re.compile(r"[A-Z]{3}")


def country_code(name: str, lookup: Callable[[str], list[str]]) -> str | None:
    """ISO3 for a producer's country name or code; ``lookup`` gives the KB's state codes."""
    if _ISO3.fullmatch(name):
        return name
    if name in ICEWS_COUNTRY_NAMES:
        return ICEWS_COUNTRY_NAMES[name]
    codes = lookup(name)
    return codes[0] if len(set(codes)) == 1 else None
