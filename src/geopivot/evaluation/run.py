"""Evaluate the coder on gold files: read each, code its texts, score the predicted records."""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from geopivot.evaluation.gold import GoldFormat, GoldItem
from geopivot.evaluation.predictions import Record
from geopivot.evaluation.readers import read_gold
from geopivot.evaluation.results import ErrorExample, EvalSummary, FileSummary
from geopivot.evaluation.score_events import score_events
from geopivot.evaluation.score_petrarch import score_petrarch
from geopivot.evaluation.score_quad import score_quad
from geopivot.evaluation.score_roles import score_roles
from geopivot.models import Article
from geopivot.settings import Settings

Coder = Callable[[Sequence[Article]], Sequence[Record]]
Scorer = Callable[[Sequence[Any], Sequence[Sequence[Record]]], tuple[Any, list[ErrorExample]]]

SCORERS: dict[GoldFormat, Scorer] = {"petrarch": score_petrarch, "quad": score_quad,
                                     "roles": score_roles, "events": score_events}


def evaluate(paths: Sequence[Path | str], *, settings: Settings | None = None,
             limit: int | None = None, coder: Coder | None = None,
             sentence_classes: bool = True) -> EvalSummary:
    """Score the coder on each gold file (its first ``limit`` records when given).

    ``coder`` maps articles to event records; by default it is
    :func:`geopivot.pipeline.coding.code_texts` under ``settings`` (one spaCy model per process).
    With ``sentence_classes`` and the event model on, a five-class (ConfliBERT quad) sentence the
    coder gave no event takes the class of the event model's sentence head: such a file holds
    only sentences that report an event, and its task is the sentence's class.
    """
    settings = settings or Settings()
    code = coder or library_coder(settings)
    files = []
    for path in paths:
        gold = read_gold(Path(path), limit=limit)
        started = time.perf_counter()
        articles = [gold_article(index, item) for index, item in enumerate(gold.items)]
        by_article: dict[str, list[Record]] = defaultdict(list)
        for record in code(articles):
            by_article[str(record["doc_id"])].append(record)
        predictions = [by_article.get(article.id, []) for article in articles]
        if gold.format == "quad" and sentence_classes and settings.nlp.event_model:
            result, errors = score_quad(gold.items, predictions,
                                        sentence_labels=_sentence_labels(gold.items, predictions, settings))
        else:
            result, errors = SCORERS[gold.format](gold.items, predictions)
        files.append(FileSummary(gold.path, gold.format, len(gold.items),
                                 sum(len(p) for p in predictions),
                                 round(time.perf_counter() - started, 2), result, tuple(errors)))
    return EvalSummary(tuple(files), model=settings.nlp.model, actor_files=settings.actor_files,
                       limit=limit)


def _sentence_labels(items: Sequence[Any], predictions: Sequence[Sequence[Record]],
                     settings: Settings) -> list[int | None]:
    """The sentence head's class for each item without a coded event, else None."""
    from geopivot.eventmodel.runtime import load_event_model

    model = load_event_model(threads=settings.nlp.event_model_threads)
    empty = [i for i, records in enumerate(predictions) if not records]
    labels: list[int | None] = [None] * len(items)
    for i, label in zip(empty, model.sentence_labels([items[i].text for i in empty])):
        labels[i] = label
    return labels


def library_coder(settings: Settings) -> Coder:
    """The coder `geopivot code` uses, as a function from articles to records."""
    def code(articles: Sequence[Article]) -> list[Record]:
        from geopivot.pipeline.coding import code_texts

        return [event.record() for event in code_texts(list(articles), settings=settings)]

    return code


def gold_article(index: int, item: GoldItem) -> Article:
    """The article coded for a gold record; its id is the record's position (gold ids repeat)."""
    return Article.from_text(str(index), item.text, date=item.date)
