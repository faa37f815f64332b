"""The trained event model at run time: ONNX Runtime and a tokenizer, no torch.

The model file (``geopivot/data/models/event/model.onnx``, int8) is built by ``make train``
(docs/event-model.md); ``meta.json`` beside it holds its labels, the thresholds chosen on the
dev split and the file's SHA-256, checked when it is loaded. It is loaded once per process,
on first use, never at import time.
"""
from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from geopivot.datafiles import packaged
from geopivot.errors import DataFileError
from geopivot.eventmodel.inputs import LABELS, MAX_LEN, Encoded, encode

if TYPE_CHECKING:
    from tokenizers import Tokenizer

MODEL_DIR = "models/event"

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Query:
    """One question to the model: is there an event from ``source`` to ``target`` in ``text``?"""

    text: str
    source: Span | None
    target: Span | None


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One encoder pass: a sentence, its marked spans, and which queries read which two."""

    encoded: Encoded
    pairs: list[tuple[int, int, int]]  # (query index, source position index, target position index)


@dataclass(frozen=True, slots=True)
class SentenceHead:
    """ConfliBERT's five classes for a whole sentence: a linear layer over the mean of the
    encoder's last states (train/sentence_head.py; its standardisation is folded into it)."""

    weight: np.ndarray  # (5, hidden)
    bias: np.ndarray  # (5,)


@dataclass(slots=True)
class EventModel:
    """A loaded model: ``predict`` gives, per query, a probability for each label;
    ``sentence_classes`` gives, per sentence, a probability for each of the five classes."""

    session: Any
    tokenizer: Tokenizer
    labels: tuple[str, ...]
    threshold: float
    veto: float
    max_len: int = MAX_LEN
    sentence_head: SentenceHead | None = None

    def sentences(self, queries: Sequence[Query]) -> list[_Sentence]:
        """Queries on the same text share one encoding with every span they name marked."""
        groups: dict[str, list[int]] = {}
        for index, query in enumerate(queries):
            groups.setdefault(query.text, []).append(index)
        out = []
        for text, members in groups.items():
            spans = sorted({s for i in members for s in (queries[i].source, queries[i].target) if s})
            encoded = encode(self.tokenizer, text, spans, max_len=self.max_len)
            at = {span: k + 1 for k, span in enumerate(spans)}
            out.append(_Sentence(encoded, [(i, at.get(queries[i].source, 0), at.get(queries[i].target, 0))
                                           for i in members]))
        return out

    def predict(self, queries: Sequence[Query]) -> np.ndarray:
        """Softmax probabilities, shape (len(queries), len(labels)), in query order."""
        out = np.zeros((len(queries), len(self.labels)), dtype=np.float32)
        # One sentence per run: dynamic int8 quantisation scales activations over the whole
        # input, so a sentence batched with others would score differently from one coded
        # alone — and a resumed or distributed run must code exactly what a single run codes.
        for sentence in self.sentences(queries):
            out[[i for i, _, _ in sentence.pairs]] = self._run([sentence])
        return out

    def sentence_states(self, texts: Sequence[str]) -> np.ndarray:
        """The mean of the encoder's last states over each sentence's word pieces, no span
        marked, shape (len(texts), hidden): one run per sentence, as in ``predict``."""
        rows = []
        for text in texts:
            encoded = encode(self.tokenizer, text, [], max_len=self.max_len)
            ids = np.array([encoded.ids], dtype=np.int64)
            none = np.zeros(1, dtype=np.int64)  # one dummy pair: the graph's pair inputs are required
            feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids), "pair_row": none,
                     "pair_source": none, "pair_target": none}
            rows.append(self.session.run(["states"], feeds)[0][0].mean(axis=0))
        return np.array(rows, dtype=np.float32).reshape(len(rows), -1)

    def sentence_classes(self, texts: Sequence[str]) -> np.ndarray:
        """Five-class probabilities (0 statement ... 4 material conflict), shape (len(texts), 5)."""
        if self.sentence_head is None:
            raise DataFileError("meta.json", "this event model has no sentence head")
        logits = self.sentence_states(texts) @ self.sentence_head.weight.T + self.sentence_head.bias
        logits = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def sentence_labels(self, texts: Sequence[str]) -> list[int | None]:
        """The most probable of the five classes for each text; all None without a head."""
        if self.sentence_head is None or not texts:
            return [None] * len(texts)
        return [int(row.argmax()) for row in self.sentence_classes(texts)]

    def _run(self, batch: list[_Sentence]) -> np.ndarray:
        width = max(len(s.encoded.ids) for s in batch)
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        rows, sources, targets = [], [], []
        for row, sentence in enumerate(batch):
            enc = sentence.encoded
            ids[row, :len(enc.ids)] = enc.ids
            mask[row, :len(enc.ids)] = 1
            for _, s, t in sentence.pairs:
                rows.append(row)
                sources.append(enc.positions[s])
                targets.append(enc.positions[t])
        feeds = {"input_ids": ids, "attention_mask": mask, "pair_row": np.array(rows, dtype=np.int64),
                 "pair_source": np.array(sources, dtype=np.int64),
                 "pair_target": np.array(targets, dtype=np.int64)}
        logits = self.session.run(["logits"], feeds)[0]
        logits = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


def model_dir() -> Path:
    return packaged(MODEL_DIR)


@functools.lru_cache(maxsize=2)
def load_event_model(folder: Path | None = None, *, threads: int = 1) -> EventModel:
    """The model in ``folder`` (default: the packaged one), its hash checked."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    folder = folder or model_dir()
    meta_path = folder / "meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        data = (folder / meta["file"]).read_bytes()
    except (OSError, KeyError, ValueError) as e:
        raise DataFileError(str(meta_path), f"cannot read the event model: {e}") from e
    if hashlib.sha256(data).hexdigest() != meta["sha256"]:
        raise DataFileError(str(folder / meta["file"]), "SHA-256 differs from meta.json")
    if tuple(meta["labels"]) != LABELS:
        raise DataFileError(str(meta_path), "labels differ from geopivot.eventmodel.inputs.LABELS")
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # A second thread spins between runs instead of sleeping: a batch's sentences run one right
    # after another (EventModel.predict), and waking a sleeping thread for each short sentence
    # cost more than the thread saved. 700 BBC articles, whole pipeline, two cores: 8.4 s
    # spinning, 9.0 s sleeping, 8.8 s on one thread; the probabilities are the same.
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if threads > 1 else "0")
    session = ort.InferenceSession(data, sess_options=options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return EventModel(session, tokenizer, LABELS, float(meta["threshold"]), float(meta.get("veto", 1.01)),
                      int(meta.get("max_len", MAX_LEN)), _sentence_head(folder, meta, session))


def _sentence_head(folder: Path, meta: dict[str, Any], session: Any) -> SentenceHead | None:
    """The head named in meta.json, its hash checked; None for a model without one."""
    entry = meta.get("sentence_head")
    if not entry or "states" not in {output.name for output in session.get_outputs()}:
        return None
    path = folder / entry["file"]
    try:
        data = path.read_bytes()
        head = json.loads(data)
        weight = np.array(head["weight"], dtype=np.float32)
        bias = np.array(head["bias"], dtype=np.float32)
    except (OSError, KeyError, ValueError) as e:
        raise DataFileError(str(path), f"cannot read the sentence head: {e}") from e
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise DataFileError(str(path), "SHA-256 differs from meta.json")
    if weight.ndim != 2 or weight.shape[0] != 5 or bias.shape != (5,):
        raise DataFileError(str(path), f"expected 5 classes, found weights {weight.shape}")
    return SentenceHead(weight, bias)
