"""Draw the sentences to annotate from ../shared, as stand-off rows, split by article before annotation.

Usage: python annotations/tools/sample_sentences.py --shared ../shared --out annotations/events \
           --work /tmp/annot --n 3300 --seed 20261205

Writes OUT/sentences.tsv (ids, paths, offsets, hashes, split: no text) and, outside the repository,
WORK/batches/batch_NNN.jsonl with the text for annotators. The split is a hash of the article path
(20 % test, 10 % dev, 70 % train), fixed before anyone looks at a label or an error. Most news
sentences report no event, so the draw over-weights sentences naming two or more states or
international organisations (55 %), then one (25 %), then none (20 %); all seed sentences are kept.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

import spacy

from geopivot.datafiles import packaged, read_table, split_multi
from geopivot.evaluation.standoff import SENTENCE_COLUMNS, read_source_text, text_hash

CATEGORY_SHARE = {"politics": 0.5, "business": 0.3, "tech": 0.07, "entertainment": 0.05, "sport": 0.08}


def split_of(path: str) -> str:
    bucket = int(hashlib.sha1(path.encode()).hexdigest(), 16) % 10
    return "test" if bucket < 2 else "dev" if bucket == 2 else "train"


def cue_pattern() -> re.Pattern[str]:
    names: set[str] = set()
    for table, columns in (("states.tsv", ("name", "aliases", "adjectives", "metonyms")),
                           ("organisations.tsv", ("name", "aliases"))):
        for _, row in read_table(packaged(f"actors/{table}"), required=columns):
            if table == "organisations.tsv" and row.get("kind") != "igo":
                continue
            for column in columns:
                names.update(n for n in split_multi(row[column]) if len(n) > 2)
    alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


def sentence_spans(nlp, text: str):
    """(start, end, kind) over the raw file: the first line is the headline, each later line a paragraph."""
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            if number == 0:
                yield offset, offset + len(line.rstrip()), "headline"
            else:
                for sent in nlp(line).sents:
                    s = sent.text.strip()
                    if s:
                        start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                        yield start, start + len(s), "sentence"
        offset += len(line) + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("annotations/events"))
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--n", type=int, default=3300)
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--append", action="store_true",
                        help="Add --n sentences naming states/IGOs (two or more first), from politics and business "
                             "articles of the train and dev splits only (the test split stays the "
                             "representative draw), to an existing set, in new batch files.")
    args = parser.parse_args()

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    cues = cue_pattern()
    rng = random.Random(args.seed)
    pools: dict[tuple[str, int], list[tuple]] = {}
    seeds: list[tuple] = []
    corpus = args.shared / "corpora" / "bbc_2004_2005" / "news"
    files = sorted(corpus.glob("*/*.txt")) + sorted((args.shared / "seeds").glob("*.txt"))
    for file in files:
        rel = file.relative_to(args.shared).as_posix()
        text = read_source_text(file)
        category = file.parent.name
        for start, end, kind in sentence_spans(nlp, text):
            sentence = text[start:end]
            words = len(sentence.split())
            if words < 4 or words > 80:
                continue
            distinct = len(set(cues.findall(sentence)))
            row = (rel, start, end, text_hash(sentence), split_of(rel), kind, sentence)
            if category == "seeds":
                seeds.append(row)
            else:
                pools.setdefault((category, min(distinct, 2)), []).append(row)
    if args.append:
        append(args, pools, rng)
        return
    chosen: list[tuple] = list(seeds)
    for category, share in CATEGORY_SHARE.items():
        for cue_count, cue_share in ((2, 0.55), (1, 0.25), (0, 0.20)):
            pool = sorted(pools.get((category, cue_count), []))
            rng.shuffle(pool)
            chosen.extend(pool[: round(args.n * share * cue_share)])
    rng.shuffle(chosen)

    args.out.mkdir(parents=True, exist_ok=True)
    batches = args.work / "batches"
    batches.mkdir(parents=True, exist_ok=True)
    with (args.out / "sentences.tsv").open("w", encoding="utf-8") as out:
        out.write("# Stand-off: text is read from the shared folder at these offsets; see annotations/README.md\n")
        out.write("\t".join(SENTENCE_COLUMNS) + "\n")
        for number, (rel, start, end, sha, split, kind, sentence) in enumerate(chosen):
            sentence_id = f"s{number:05d}"
            out.write("\t".join((sentence_id, rel, str(start), str(end), sha, split, kind)) + "\n")
            with (batches / f"batch_{number // args.batch:03d}.jsonl").open("a", encoding="utf-8") as batch:
                batch.write(json.dumps({"id": sentence_id, "kind": kind, "article": rel, "text": sentence}) + "\n")
    counts = {s: sum(1 for c in chosen if c[4] == s) for s in ("train", "dev", "test")}
    print(f"{len(chosen)} sentences ({len(seeds)} from the seeds): {counts}; batches in {batches}")


def append(args: argparse.Namespace, pools: dict[tuple[str, int], list[tuple]], rng: random.Random) -> None:
    listing = args.out / "sentences.tsv"
    lines = listing.read_text(encoding="utf-8").splitlines()
    taken = {(cells[1], int(cells[2])) for cells in (l.split("\t") for l in lines[2:])}
    pool: list[tuple] = []
    for wanted in (2, 1):
        more = sorted(row for (category, cues), rows in pools.items()
                      if cues == wanted and category in ("politics", "business")
                      for row in rows if row[4] != "test" and (row[0], row[1]) not in taken)
        rng.shuffle(more)
        pool += more
    first = len(lines) - 2
    first_batch = -(-first // args.batch)  # new batch files: annotated files are never reopened
    batches = args.work / "batches"
    with listing.open("a", encoding="utf-8") as out:
        for offset, (rel, start, end, sha, split, kind, sentence) in enumerate(pool[: args.n]):
            number = first + offset
            sentence_id = f"s{number:05d}"
            out.write("\t".join((sentence_id, rel, str(start), str(end), sha, split, kind)) + "\n")
            with (batches / f"batch_{first_batch + offset // args.batch:03d}.jsonl").open("a", encoding="utf-8") as batch:
                batch.write(json.dumps({"id": sentence_id, "kind": kind, "article": rel, "text": sentence}) + "\n")
    print(f"appended {min(args.n, len(pool))} sentences from train/dev articles naming states/IGOs")


if __name__ == "__main__":
    main()
