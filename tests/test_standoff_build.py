"""annotations/tools: annotators' span texts become sentence offsets; agreement is triple F1."""
from __future__ import annotations

import importlib.util

import pytest
from conftest import REPO

from geopivot.evaluation.standoff import AnnotatedSentence


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "annotations" / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SENTENCE = AnnotatedSentence("s1", "p", 0, 40, "x", "test", "sentence",
                             "Paris thanked Berlin and Paris warned Rome.")


@pytest.mark.parametrize(("event", "expected"), [
    ({"source": "Paris", "source_actor": "FRAGOV", "code": "051", "target": "Berlin", "target_actor": "DEU"},
     ["s1", "0", "5", "FRAGOV", "051", "14", "20", "DEU"]),
    ({"source": "Paris", "source_nth": 2, "source_actor": "FRA", "code": "130", "target": "Rome",
      "target_actor": "ITA"}, ["s1", "25", "30", "FRA", "130", "38", "42", "ITA"]),
])
def test_span_texts_become_offsets(event, expected):
    rows, problems = _tool("build_standoff").event_rows(SENTENCE, [event])
    assert (rows, problems) == ([expected], [])


@pytest.mark.parametrize("event", [
    {"source": "Madrid", "source_actor": "ESP", "code": "051", "target": "Rome", "target_actor": "ITA"},
    {"source": "Paris", "source_actor": "FRA", "code": "51", "target": "Rome", "target_actor": "ITA"},
    {"source": "Paris", "source_actor": "France", "code": "051", "target": "Rome", "target_actor": "ITA"},
])
def test_bad_events_are_reported_not_written(event):
    rows, problems = _tool("build_standoff").event_rows(SENTENCE, [event])
    assert rows == [] and len(problems) == 1


def test_agreement_is_triple_f1_over_the_doubly_annotated(tmp_path):
    header = "\t".join(("sentence_id", "source_start", "source_end", "source_actor", "code",
                        "target_start", "target_end", "target_actor"))
    (tmp_path / "events.tsv").write_text(
        f"# first\n{header}\ns1\t0\t5\tFRAGOV\t051\t14\t20\tDEU\ns2\t0\t5\tFRA\t130\t6\t9\tITA\n")
    (tmp_path / "second_pass.tsv").write_text(
        f"# doubly annotated: s1 s2 s3\n{header}\ns1\t0\t5\tFRA\t050\t14\t20\tDEUGOV\ns3\t0\t1\tUSA\t040\t2\t3\tCAN\n")
    result = _tool("agreement").agreement(tmp_path)
    assert (result["sentences"], result["triple_f1"]) == (3, 0.5)
