"""Training examples for the event model, as token ids (run with the project's environment).

Sources (docs/event-model.md):
- our stand-off annotations (annotations/events, text read from ../shared), train and dev splits
  only — the test split is never written here. For each sentence, all the runtime's candidate
  mentions (geopivot.eventmodel.mentions), as pinned in train/candidates.lock.jsonl (see
  train/candidates.py), are marked, and every ordered pair of two countries is an example: its
  label is the root of the annotated events between those two countries, else "none". An
  annotated pair that no candidate covers (a pronoun, an actor the knowledge base lacks) is added
  with the markers on the annotated spans.
- ConfliBERT's dev train files (../shared/eval/dev): each sentence in "sentence mode" with its
  five-class label, and, where the role file marks a source and a target, in pair mode; a
  five-class label allows every root of its class (the model learns by marginal likelihood).
- the sentences the project wrote for training (annotations/written, geopivot.evaluation.written),
  their train share, as pairs the same way as our annotations.

Writes JSONL rows, one per encoder pass, {ids, positions, pairs: [[source, target, allowed]],
origin, split, mode, group, fold} to the output file; the text itself is not written. Usage: python train/prepare.py OUT.jsonl
[--shared ../shared] [--refresh-candidates]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

from tokenizers import Tokenizer

from geopivot.evaluation.gold import RoleSentence
from geopivot.evaluation.predictions import country_of
from geopivot.evaluation.readers import read_quad, read_roles
from geopivot.evaluation.standoff import AnnotatedSentence, load_standoff
from geopivot.evaluation.written import load_written
from geopivot.eventmodel.inputs import LABELS, encode, overlap
from geopivot.eventmodel.mentions import ordered_pairs
from geopivot.eventmodel.runtime import model_dir
from geopivot.events.ontology import five_class_of

from candidates import LOCK, Mention, PinnedCandidates, StaleLock, found_now, write_lock

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5


def class_roots(label: int) -> list[int]:
    return [root for root in range(1, 21) if five_class_of(root) == label]


def fold_of(key: str) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % FOLDS


# The candidate mentions of one sentence: (origin, sentence id, text) -> mentions.
Candidates = Callable[[str, str, str], list[Mention]]


def ours(tok: Tokenizer, mentions: Candidates, shared: Path) -> list[dict]:
    folder = ROOT / "annotations" / "events"
    if not (folder / "events.tsv").exists():
        print("no annotations/events/events.tsv: our annotations are left out", file=sys.stderr)
        return []
    return pair_rows(tok, mentions, load_standoff(folder, shared, splits=("train", "dev")), "ours")


def written(tok: Tokenizer, mentions: Candidates) -> list[dict]:
    """The sentences the project wrote for training (their own test share is never written here)."""
    sentences, problems = load_written(ROOT / "annotations" / "written", splits=("train",))
    for problem in problems:
        print(f"annotations/written/{problem}", file=sys.stderr)
    return pair_rows(tok, mentions, sentences, "written")


def pair_rows(tok: Tokenizer, mentions: Candidates, sentences: list[AnnotatedSentence], origin: str) -> list[dict]:
    rows = []
    for sent in sentences:
        found = mentions(origin, sent.sentence_id, sent.text)
        gold: dict[tuple[str, str], set[int]] = {}
        for ev in sent.events:
            key = (country_of(ev.source_actor) or "", country_of(ev.target_actor) or "")
            gold.setdefault(key, set()).add(int(ev.code[:2]))
        covered = set()
        pairs = ordered_pairs(found, country=lambda m: m.country)
        if pairs:
            spans = [(m.start, m.end) for m in found]
            index = {span: k + 1 for k, span in enumerate(spans)}
            labelled = []
            for a, b in pairs:
                key = (a.country, b.country)
                roots = sorted(gold.get(key, ()))
                if roots:
                    covered.add(key)
                labelled.append([index[(a.start, a.end)], index[(b.start, b.end)], roots or [0]])
            rows.append(_row(encode(tok, sent.text, spans), labelled, origin, sent.split, "pair",
                             sent.sentence_id))
        for ev in sent.events:
            # An annotated pair no candidate covers (a pronoun, an actor the knowledge base
            # lacks): its own row, with the markers on the annotated spans.
            key = (country_of(ev.source_actor) or "", country_of(ev.target_actor) or "")
            src, tgt = (ev.source_start, ev.source_end), (ev.target_start, ev.target_end)
            if key in covered or key[0] == key[1] or overlap(src, tgt):
                continue
            covered.add(key)
            rows.append(_row(encode(tok, sent.text, [src, tgt]), [[1, 2, sorted(gold[key])]], f"{origin}-span",
                             sent.split, "pair", sent.sentence_id))
    return rows


def conflibert(tok: Tokenizer, shared: Path) -> list[dict]:
    folder = shared / "eval" / "dev"
    quads = list(read_quad(folder / "conflibert_quad_train.tsv"))
    roles = {_key(r.text): r for r in read_roles(folder / "conflibert_roles_train.bio")}
    rows = []
    for item in quads:
        allowed = class_roots(item.label)
        group = f"cb-{item.line}"
        rows.append(_row(encode(tok, item.text), [[0, 0, allowed]], "conflibert", "train", "sentence", group))
        role = roles.get(_key(item.text))
        pair = _role_pair(role) if role else None
        if pair:
            rows.append(_row(encode(tok, role.text, list(pair)), [[1, 2, allowed]], "conflibert", "train",
                             "pair", group))
    return rows


def _role_pair(role: RoleSentence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    spans = {}
    for tag in ("S", "T"):
        idx = sorted(role.role_tokens(tag))
        if not idx:
            return None
        first = [idx[0]]
        for i in idx[1:]:  # the first contiguous run
            if i != first[-1] + 1:
                break
            first.append(i)
        spans[tag] = (role.offsets[first[0]][0], role.offsets[first[-1]][1])
    if overlap(spans["S"], spans["T"]):
        return None
    return spans["S"], spans["T"]


def _key(text: str) -> str:
    return "".join(text.split()).lower()


def _row(enc, pairs, origin, split, mode, group) -> dict:
    return {"ids": list(enc.ids), "positions": list(enc.positions), "pairs": pairs,
            "origin": origin, "split": split, "mode": mode, "group": group, "fold": fold_of(group)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--without-written", action="store_true",
                        help="leave out the sentences the project wrote (annotations/written)")
    parser.add_argument("--refresh-candidates", action="store_true",
                        help=f"find the candidate mentions with the current knowledge base and rewrite {LOCK.name}")
    args = parser.parse_args()
    tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    found: list[tuple[str, str, str, list[Mention]]] = []
    if args.refresh_candidates:
        from geopivot.eventmodel.texts import TextMentions

        finder = TextMentions.load()

        def mentions(origin: str, sentence_id: str, text: str) -> list[Mention]:
            found.append((origin, sentence_id, text, found_now(text, finder=finder)))
            return found[-1][3]
    else:
        mentions = PinnedCandidates.load()
    try:
        rows = conflibert(tok, args.shared) + ours(tok, mentions, args.shared)
        if not args.without_written:
            rows += written(tok, mentions)
    except StaleLock as e:
        sys.exit(f"train/prepare.py: {e}")
    if args.refresh_candidates:
        print(f"{LOCK.name}: {write_lock(found)} sentences", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        for kind in ("rows", *("none" if p[2] == [0] else "event" for p in row["pairs"])):
            key = f"{row['origin']}/{row['split']}/{row['mode']}/{kind}"
            counts[key] = counts.get(key, 0) + 1
    for key in sorted(counts):
        print(f"{key}\t{counts[key]}")
    assert len(LABELS) == 21


if __name__ == "__main__":
    main()
