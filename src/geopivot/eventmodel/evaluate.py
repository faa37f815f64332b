"""Scoring the rules, the event model and their combination on the stand-off annotations.

Each annotated sentence (annotations/events, text read from ../shared) is coded as its own
article, as `geopivot eval` does. Scored at (source country, CAMEO root, target country),
multisets per sentence, micro-averaged; a predicted event without a target counts as a false
positive. The rules run once and the model scores the engine's own candidate pairs once; the
three outputs are then joined by :mod:`geopivot.eventmodel.combine`, as `geopivot code` does.
Used by ``benchmarks/event_eval.py`` and the eval gate.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from geopivot.pipeline.engine import Engine
from geopivot.evaluation.metrics import PRF, multiset_prf
from geopivot.evaluation.predictions import country_of
from geopivot.evaluation.standoff import AnnotatedSentence
from geopivot.eventmodel.combine import Candidate, Policy, combine_sentence
from geopivot.eventmodel.runtime import EventModel, Query
from geopivot.events.ontology import load_ontology
from geopivot.models import Article, CodedArticle, Event
from geopivot.settings import NlpSettings, Settings

Triple = tuple[str | None, str, str | None]


@dataclass(slots=True)
class Coded:
    """A split's rule output, candidate pairs and model probabilities, computed once."""

    sentences: list[AnnotatedSentence]
    coded: list[CodedArticle]
    scored: list[list[tuple[Candidate, np.ndarray]]]
    seconds: float


def code_split(sentences: list[AnnotatedSentence], model: EventModel) -> Coded:
    started = time.perf_counter()
    engine = Engine.load(Settings(nlp=NlpSettings(event_model=False)))
    articles = [Article(id=s.sentence_id, text=s.text, content_hash=hashlib.sha1(s.text.encode()).hexdigest())
                for s in sentences]
    coded, candidates = engine.code_with_candidates(articles, candidates=True)
    assert candidates is not None
    probs = model.predict([Query(c.text, (c.source.start, c.source.end), (c.target.start, c.target.end))
                           for c in candidates])
    scored: list[list[tuple[Candidate, np.ndarray]]] = [[] for _ in sentences]
    for cand, row in zip(candidates, probs):
        scored[cand.article].append((cand, row))
    return Coded(sentences, coded, scored, time.perf_counter() - started)


def combined(data: Coded, model: EventModel, policy: Policy, *, rules: bool = True,
             use_model: bool = True) -> list[list[Event]]:
    out = []
    for article, scored in zip(data.coded, data.scored):
        if not use_model:
            out.append(list(article.events))
            continue
        by_sentence: dict[int, list[Event]] = {}
        for event in article.events:
            by_sentence.setdefault(event.sentence_index, []).append(event)
        pairs: dict[int, list[tuple[Candidate, np.ndarray]]] = {}
        for cand, row in scored:
            pairs.setdefault(cand.sentence_index, []).append((cand, row))
        events: list[Event] = []
        for index in sorted(set(by_sentence) | set(pairs)):
            events += combine_sentence(by_sentence.get(index, []) if rules else [], pairs.get(index, []),
                                       ontology=load_ontology(), policy=policy, article=article)
        out.append(events)
    return out


def score(sentences: Sequence[AnnotatedSentence], predicted: Sequence[Sequence[Event]]) -> PRF:
    total = PRF()
    for sent, events in zip(sentences, predicted):
        gold: list[Triple] = [(country_of(e.source_actor), e.code[:2], country_of(e.target_actor))
                              for e in sent.events]
        pred: list[Triple] = [(country_of(e.source.actor.code),
                               e.event_type.root, country_of(e.target.actor.code) if e.target else None)
                              for e in events]
        total = total + multiset_prf(gold, pred)
    return total


def calibrate(data: Coded, model: EventModel) -> dict[str, float]:
    """Threshold and veto with the best combined F1 on dev among those with precision ≥ 0.75
    (the best F1 overall when none reaches it)."""
    rows = []
    for threshold in np.arange(0.10, 0.96, 0.05):
        for veto in (1.01, 0.99, 0.97, 0.95, 0.9):
            prf = score(data.sentences, combined(data, model, Policy(threshold=float(threshold), veto=veto)))
            rows.append((prf.precision >= 0.75, prf.f1, -threshold, round(float(threshold), 2), veto, prf))
    best = max(rows, key=lambda r: r[:3])
    print(f"dev: threshold {best[3]}, veto {best[4]}: P {best[5].precision:.3f} R {best[5].recall:.3f} "
          f"F1 {best[5].f1:.3f}")
    return {"threshold": best[3], "veto": best[4], "dev_precision": round(best[5].precision, 4),
            "dev_recall": round(best[5].recall, 4), "dev_f1": round(best[5].f1, 4)}




def figures(data: Coded, model: EventModel) -> dict[str, PRF]:
    """Rules alone, model alone and the combination under the model's own thresholds."""
    policy = Policy(threshold=model.threshold, veto=model.veto)
    return {"rules": score(data.sentences, combined(data, model, policy, use_model=False)),
            "model": score(data.sentences, combined(data, model, policy, rules=False)),
            "combined": score(data.sentences, combined(data, model, policy))}
