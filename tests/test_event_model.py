"""The trained event model: inputs, the packaged ONNX file, how it joins the rules, where it is stored."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil

import duckdb
import numpy as np
import pytest

from geopivot.errors import DataFileError
from geopivot.eventmodel.combine import Candidate, Policy, combine_sentence
from geopivot.eventmodel.inputs import LABELS, encode, mark
from geopivot.eventmodel.runtime import Query, load_event_model, model_dir
from geopivot.events.ontology import load_ontology
from geopivot.models import Actor, ActorMention, Article, CodedArticle, Event, Sentence
from geopivot.store import EventFilter, Store
from geopivot.store.migrations import MIGRATIONS, migrate, schema_version

FRA = Actor(code="FRAGOV", name="France government", country="FRA", sector="GOV", actor_type="state")
DEU = Actor(code="DEU", name="Germany", country="DEU", actor_type="state")
TEXT = "France accused Germany of breaking the treaty."
SRC, TGT = ActorMention("France", 0, 6, FRA), ActorMention("Germany", 15, 22, DEU)


# -- inputs ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "spans", "expected"), [
    (TEXT, [(0, 6), (15, 22)], "@ France @ accused @ Germany @ of breaking the treaty."),
    (TEXT, [], TEXT),
    # Touching spans: the first one's closing marker comes before the next one's opening marker.
    ("FranceGermany met.", [(0, 6), (6, 13)], "@ France @@ Germany @ met."),
])
def test_mark_wraps_every_span(text, spans, expected):
    marked, opened = mark(text, spans)
    assert marked == expected
    assert all(marked[at] == "@" and marked[at + 2:].startswith(text[a:b]) for at, (a, b) in zip(opened, spans))


def test_encoded_positions_point_at_the_opening_markers():
    model = load_event_model()
    enc = encode(model.tokenizer, TEXT, [(0, 6), (15, 22)])
    tokens = [model.tokenizer.id_to_token(i) for i in enc.ids]
    assert [tokens[p] for p in enc.positions] == ["[CLS]", "@", "@"]
    assert (tokens[enc.positions[1] + 1], tokens[enc.positions[2] + 1]) == ("france", "germany")


def test_a_long_sentence_is_cut_around_the_spans():
    model = load_event_model()
    text = "Earlier " * 120 + TEXT + " Later" * 120
    at = text.index("France")
    enc = encode(model.tokenizer, text, [(at, at + 6), (at + 15, at + 22)], max_len=64)
    tokens = [model.tokenizer.id_to_token(i) for i in enc.ids]
    assert len(enc.ids) == 64 and tokens[0] == "[CLS]" and tokens[-1] == "[SEP]"
    assert [tokens[p] for p in enc.positions] == ["[CLS]", "@", "@"]


# -- the packaged model -----------------------------------------------------------------------
QUERIES = [
    Query(TEXT, (0, 6), (15, 22)),
    Query("The Japanese prime minister met the Indian president in Tokyo on Monday.", (4, 12), (36, 42)),
    Query("Fans in Brazil watched the film about Argentina.", (8, 14), (38, 47)),
]


def test_model_gives_the_same_probabilities_twice():
    model = load_event_model()
    first, second = model.predict(QUERIES), model.predict(list(reversed(QUERIES)))[::-1]
    assert first.shape == (3, len(LABELS))
    np.testing.assert_allclose(first.sum(axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(first, second, atol=1e-6)


@pytest.mark.parametrize("threads", [2, 3])
def test_model_gives_the_same_probabilities_on_more_threads(threads):
    # a one-process run gives the model two threads (NlpSettings.event_model_threads)
    np.testing.assert_array_equal(load_event_model(threads=threads).predict(QUERIES),
                                  load_event_model(threads=1).predict(QUERIES))


def test_model_meta_names_its_thresholds():
    model = load_event_model()
    assert 0 < model.threshold < 1 and model.labels == LABELS


def test_a_model_file_that_differs_from_its_hash_is_refused(tmp_path):
    folder = tmp_path / "event"
    shutil.copytree(model_dir(), folder)
    meta = json.loads((folder / "meta.json").read_text())
    meta["sha256"] = "0" * 64
    (folder / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(DataFileError, match="SHA-256"):
        load_event_model(folder)


# -- combination ----------------------------------------------------------------------------
def _probs(**mass: float) -> np.ndarray:
    row = np.zeros(len(LABELS), dtype=np.float32)
    for label, p in mass.items():
        row[0 if label == "none" else int(label[1:])] = p
    return row


def _rule(code: str = "112") -> Event:
    return Event(article_id="a", sentence_index=0, sentence=TEXT, date=None, source=SRC,
                 event_type=load_ontology().get(code), trigger_text="accused", trigger_start=7,
                 trigger_end=14, target=TGT)


ARTICLE = CodedArticle(Article(id="a", text=TEXT), (Sentence("a", 0, TEXT, 0, len(TEXT)),), ())
PAIR = Candidate(0, 0, TEXT, SRC, TGT)
REVERSE = Candidate(0, 0, TEXT, TGT, SRC)


@pytest.mark.parametrize(("rules", "scored", "policy", "expected"), [
    # The model agrees with a rule event: both; confidence = 1 - p(none).
    ([_rule()], [(PAIR, _probs(r11=0.6, r04=0.2, none=0.2))], Policy(threshold=0.5),
     [("112", "both", 0.8)]),
    # The model prefers another root: the rule event stays, coder rules.
    ([_rule()], [(PAIR, _probs(r04=0.7, r11=0.1, none=0.2))], Policy(threshold=0.5),
     [("112", "rules", 0.8)]),
    # The rules are silent: the model's most probable root when an event is likely enough,
    # as the root's base code.
    ([], [(PAIR, _probs(r04=0.4, r05=0.2, none=0.4))], Policy(threshold=0.5), [("040", "model", 0.6)]),
    ([], [(PAIR, _probs(r04=0.4, none=0.6))], Policy(threshold=0.5), []),
    # A rule event on the pair (either direction) leaves the pair to the rules.
    ([_rule()], [(REVERSE, _probs(r04=0.9, none=0.1))], Policy(threshold=0.5), [("112", "rules", None)]),
    # The veto: the model sure enough that nothing happened removes a rule event.
    ([_rule()], [(PAIR, _probs(none=0.97, r11=0.03))], Policy(threshold=0.5, veto=0.95), []),
    ([_rule()], [(PAIR, _probs(none=0.97, r11=0.03))], Policy(threshold=0.5), [("112", "rules", 0.03)]),
    # --min-confidence drops scored events below it and keeps unscored ones.
    ([_rule()], [(PAIR, _probs(r11=0.3, none=0.7))], Policy(threshold=0.5, min_confidence=0.5), []),
    ([_rule()], [], Policy(threshold=0.5, min_confidence=0.5), [("112", "rules", None)]),
    # One root both ways between a pair: a one-way act keeps its more confident direction ...
    ([], [(PAIR, _probs(r11=0.9, none=0.1)), (REVERSE, _probs(r11=0.7, none=0.3))], Policy(threshold=0.5),
     [("110", "model", 0.9)]),
    ([], [(PAIR, _probs(r11=0.7, none=0.3)), (REVERSE, _probs(r11=0.9, none=0.1))], Policy(threshold=0.5),
     [("110", "model", 0.9)]),
    # ... a joint one (consult, cooperate) both; different roots both.
    ([], [(PAIR, _probs(r04=0.9, none=0.1)), (REVERSE, _probs(r04=0.7, none=0.3))], Policy(threshold=0.5),
     [("040", "model", 0.9), ("040", "model", 0.7)]),
    ([], [(PAIR, _probs(r11=0.9, none=0.1)), (REVERSE, _probs(r12=0.7, none=0.3))], Policy(threshold=0.5),
     [("110", "model", 0.9), ("120", "model", 0.7)]),
])
def test_combination(rules, scored, policy, expected):
    events = combine_sentence(rules, scored, ontology=load_ontology(), policy=policy, article=ARTICLE)
    got = [(e.event_type.code, e.coder, None if e.confidence is None else round(e.confidence, 2))
           for e in events]
    assert got == expected


def test_a_model_event_has_the_pair_as_its_actors_and_an_empty_trigger():
    [event] = combine_sentence([], [(PAIR, _probs(r04=0.9, none=0.1))], ontology=load_ontology(),
                               policy=Policy(threshold=0.5), article=ARTICLE)
    record = event.record()
    assert (record["source_text"], record["target_text"], record["trigger_text"]) == ("France", "Germany", "")
    assert (record["coder"], record["confidence"], record["event_root"]) == ("model", 0.9, "04")


# -- the store ------------------------------------------------------------------------------
def test_migration_3_adds_confidence_and_coder():
    con = duckdb.connect()
    assert 3 in migrate(con)
    columns = {row[0]: row[1] for row in con.execute("DESCRIBE events").fetchall()}
    assert (columns["confidence"], columns["coder"]) == ("DOUBLE", "VARCHAR")
    assert schema_version(con) == MIGRATIONS[-1].version


def test_migration_3_upgrades_a_version_2_file(tmp_path):
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    for migration in MIGRATIONS[:2]:
        con.execute(migration.sql)
        con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                    [migration.version, migration.description])
    assert migrate(con)[0] == 3


@pytest.mark.parametrize(("threshold", "expected"), [(None, 3), (0.5, 2), (0.95, 1)])
def test_events_min_confidence_filter_keeps_unscored_events(tmp_path, threshold, expected):
    day = dt.date(2017, 12, 14)
    rule = dataclasses.replace(_rule(), date=day)
    events = (rule, dataclasses.replace(rule, trigger_start=8, confidence=0.9, coder="both"),
              dataclasses.replace(rule, trigger_start=9, confidence=0.2, coder="rules"))
    coded = CodedArticle(Article(id="a", text=TEXT, date=day, content_hash="h"),
                         (Sentence("a", 0, TEXT, 0, len(TEXT)),), events)
    with Store.open(tmp_path / "t.duckdb") as store:
        store.write_batch([coded], run_id="r")
        frame = store.events(EventFilter.of(min_confidence=threshold))
    assert len(frame) == expected
    assert set(frame["coder"]) <= {"rules", "both"}


# -- the command line -------------------------------------------------------------------------
CLI_TEXT = ('{"id": "c1", "text": "Japan and South Korea signed a trade agreement on Monday. '
            'The Japanese prime minister met the Indian president in Tokyo.", "date": "2016-05-02"}\n')


def _cli_records(tmp_path, options: list[str]) -> list[dict]:
    from click.testing import CliRunner

    from geopivot.cli import cli

    path = tmp_path / "in.jsonl"
    path.write_text(CLI_TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(path), *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


@pytest.mark.parametrize("options", [[], ["--event-model"]])
def test_code_runs_the_event_model_by_default(tmp_path, options):
    # the two countries of the signed agreement are a pair the model scores
    records = _cli_records(tmp_path, options)
    assert any(r["coder"] in {"both", "rules", "model"} and r["confidence"] is not None for r in records)


@pytest.mark.parametrize(("options", "allowed"), [
    (["--no-event-model"], {("rules", None)}),
    (["--min-confidence", "1.0"], {("rules", None), ("both", 1.0), ("rules", 1.0), ("model", 1.0)}),
])
def test_code_options_for_the_event_model(tmp_path, options, allowed):
    records = _cli_records(tmp_path, options)
    assert {(r["coder"], r["confidence"]) for r in records} <= allowed


def test_a_sentence_scores_the_same_alone_and_among_others():
    model = load_event_model()
    alone = model.predict(QUERIES[:1])
    among = model.predict([QUERIES[1], QUERIES[0], QUERIES[2]])[1:2]
    np.testing.assert_array_equal(alone, among)


@pytest.mark.parametrize(("span", "expected"), [
    ((0, 20), [0]),      # the first sentence alone
    ((21, 40), [1, 2]),  # a span the engine split in two takes both parts' events
    ((41, 50), []),      # no engine sentence overlaps
])
def test_an_annotated_sentence_takes_the_events_of_the_sentences_it_overlaps(span, expected):
    from geopivot.evaluation.standoff import AnnotatedSentence
    from geopivot.eventmodel.evaluate import share_by_sentence

    spans = [(0, 20), (21, 30), (31, 40)]
    sentences = tuple(Sentence("a", i, TEXT, start, end) for i, (start, end) in enumerate(spans))
    events = tuple(dataclasses.replace(_rule(), sentence_index=i) for i in range(3))
    article = CodedArticle(Article(id="a", text=TEXT), sentences, events)
    annotated = AnnotatedSentence("s1", "a.txt", span[0], span[1], "", "test", "sentence")
    coded, _ = share_by_sentence([annotated], ["a.txt"], [article])
    assert [e.sentence_index for e in coded[0].events] == expected


@pytest.mark.parametrize("fast_path", [True, False])
def test_the_model_reads_the_sentences_the_rules_could_code(fast_path):
    # The second sentence names two countries but no word any trigger row knows: the model
    # does not read it, with or without the fast path (the same events either way).
    from geopivot.pipeline.engine import Engine
    from geopivot.settings import NlpSettings, Settings

    engine = Engine.load(Settings(nlp=NlpSettings(fast_path=fast_path)))
    text = "Japan criticised China on Monday. Japan and China are both in Asia."
    _, candidates = engine.code_with_candidates([Article(id="a", text=text)])
    assert {c.sentence_index for c in candidates} == {0}


@pytest.mark.parametrize("fast_path", [True, False])
def test_the_model_reads_a_trigger_word_whose_rows_are_incomplete(fast_path):
    # "put ... on notice", "took ... by surprise": words the trigger table knows, in forms none of
    # its rows completes (no particle or object they ask for); two states named. The rules can
    # code nothing here; the model judges the pair.
    from geopivot.pipeline.engine import Engine
    from geopivot.settings import NlpSettings, Settings

    engine = Engine.load(Settings(nlp=NlpSettings(fast_path=fast_path)))
    for text in ("Japan put China on notice over the islands.", "Japan took China by surprise on Monday."):
        coded, candidates = engine.code_with_candidates([Article(id="a", text=text)])
        pairs = {(c.source.actor.country, c.target.actor.country) for c in candidates}
        assert pairs == {("JPN", "CHN"), ("CHN", "JPN")}
        assert coded[0].events == ()
