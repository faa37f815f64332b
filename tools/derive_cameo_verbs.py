"""Derive ``src/geopivot/data/patterns/cameo_verbs.tsv`` from PETRARCH2's CAMEO verb dictionary.

    PYTHONPATH=src python tools/derive_cameo_verbs.py [../shared/reference/petrarch2_dictionaries/CAMEO.2.0.txt]

The table holds facts (verb, particle or object word -> CAMEO code) taken from the dictionary,
with its copyright and MIT licence notice in the header; no text of the dictionary's comments
or examples is copied. Re-run it when the converter (geopivot.events.petrarch_verbs) changes.
"""
from __future__ import annotations

import sys
from pathlib import Path

from geopivot.events.ontology import load_ontology
from geopivot.events.patterns import COLUMNS, read_patterns
from geopivot.events.petrarch_verbs import convert, read_verb_dictionary

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "reference" / "petrarch2_dictionaries" / "CAMEO.2.0.txt"
PATTERNS = REPO / "src" / "geopivot" / "data" / "patterns"
OUT = PATTERNS / "cameo_verbs.tsv"
BARE = PATTERNS / "cameo_verbs_bare.tsv"

HEADER = """\
# {name} v1
# {what}
# Trigger patterns derived from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt, last
# updated 30 April 2015) by tools/derive_cameo_verbs.py, using geopivot.events.petrarch_verbs.
# Columns as in triggers.tsv. Only what the trigger table can express is kept: a verb with
# its own code, a verb + particle, a verb + object noun, a verb + preposition over a noun, and
# a verb + bare preposition (the target's slot); patterns that constrain the subject or chain
# two prepositional phrases are left out. Codes missing from the ontology take their parent.
# Intent, refusal and reciprocity are set by root (see petrarch_verbs.py), not by the dictionary.
# geopivot loads this table after its own (triggers.tsv); an own row for the same words wins.
#
# Source: https://github.com/openeventdata/petrarch2 (petrarch2/data/dictionaries/CAMEO.2.0.txt)
# The MIT License (MIT)
# Copyright (c) 2015 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
# BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


WHAT = {
    "cameo_verbs": "Rows that ask for an object noun or a particle; loaded by default after triggers.tsv.",
    "cameo_verbs_bare": ("Verbs alone (with a target slot), roots 09-20; not loaded by default: "
                         "they make the fast path parse about a quarter more sentences for few "
                         "events. Add it to Settings.pattern_tables to use it."),
}


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DEFAULT
    rows = convert(read_verb_dictionary(source), known_codes=[t.code for t in load_ontology()])
    parts = {OUT: [r for r in rows if r["object"] or r["particle"]],
             BARE: [r for r in rows if not (r["object"] or r["particle"])]}
    for path, chosen in parts.items():
        header = HEADER.format(name=path.stem, what=WHAT[path.stem])
        lines = [header.rstrip("\n"), "\t".join(COLUMNS)]
        lines += ["\t".join(row[c] for c in COLUMNS) for row in chosen]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        table = read_patterns(path)  # the written table must pass the reader's checks
        print(f"{len(table)} rows from {source} -> {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
