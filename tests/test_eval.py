"""geopivot eval: metrics on hand-computed cases, each gold reader, the scorers on hand-made
prediction records, and the run end to end (with a stand-in coder; with the model when slow)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path

from geopivot.errors import InputError
from geopivot.evaluation import evaluate, read_gold
from geopivot.evaluation.detok import detokenize
from geopivot.evaluation.gold import EventSentence, GoldEvent, PetrarchSentence, QuadSentence
from geopivot.evaluation.metrics import (PRF, accuracy, confusion, macro_f1, multiset_prf,
                                         per_class, ratio, set_prf)
from geopivot.evaluation.predictions import country_of, five_class, majority, quad_class
from geopivot.evaluation.readers import detect_format
from geopivot.evaluation.score_events import score_events
from geopivot.evaluation.score_petrarch import score_petrarch
from geopivot.evaluation.score_quad import score_quad
from geopivot.evaluation.score_roles import score_roles


def rec(doc: str, source: str, code: str, target: str | None = None, *, sentence: str = "",
        index: int = 0, trigger: int = 0, spans: tuple[int, ...] = (), historical: bool = False
        ) -> dict[str, object]:
    """A hand-made prediction record with the fields of docs/code-record.md that scoring reads."""
    ss, se, ts, te = (*spans, None, None, None, None)[:4] if spans else (None,) * 4
    return {"doc_id": doc, "sentence_index": index, "sentence": sentence, "source_code": source,
            "source_country": country_of(source), "event_code": code, "event_root": code[:2],
            "quad_class": quad_class(code[:2]), "target_code": target,
            "target_country": country_of(target), "trigger_start": trigger,
            "source_start": ss, "source_end": se, "target_start": ts, "target_end": te,
            "historical": historical}


# --- metrics --------------------------------------------------------------------------------

def test_prf_known_numbers():
    assert PRF(2, 1, 1).precision == pytest.approx(2 / 3)
    assert PRF(2, 1, 1).f1 == pytest.approx(2 / 3)
    prf = PRF(3, 1, 2)
    assert (prf.precision, prf.recall) == (0.75, 0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF(0, 0, 0).f1 == 0.0 and PRF(0, 0, 3).precision == 0.0
    assert PRF(1, 2, 3) + PRF(1, 1, 1) == PRF(2, 3, 4)


def test_accuracy_and_macro_f1_hand_computed():
    gold = [0, 0, 1, 1, 2]
    pred = [0, 1, 1, 1, None]  # None = no prediction: wrong, and not a class
    assert accuracy(gold, pred) == pytest.approx(3 / 5)
    classes = per_class(gold, pred)
    assert classes == {0: PRF(1, 0, 1), 1: PRF(2, 1, 0), 2: PRF(0, 0, 1)}
    # F1: class 0 = 2/3, class 1 = 0.8, class 2 = 0
    assert macro_f1(gold, pred) == pytest.approx((2 / 3 + 0.8 + 0) / 3)
    assert macro_f1(["a", "b"], ["a", "b"]) == 1.0
    assert accuracy([], []) is None and ratio(1, 0) is None
    with pytest.raises(ValueError):
        accuracy([1, 2], [1])


def test_multiset_and_set_matching():
    assert multiset_prf(["a", "a", "b"], ["a", "b", "b", "c"]) == PRF(2, 2, 1)
    assert set_prf({1, 2, 3}, {2, 3, 4, 5}) == PRF(2, 2, 1)


def test_confusion_matrix_with_none_column_and_row():
    matrix = confusion([0, 0, 1, 1, 2], [0, 1, 1, None, 2], [0, 1, 2])
    assert matrix.columns == ("0", "1", "2", "none")
    assert matrix.counts == ((1, 1, 0, 0), (0, 1, 0, 1), (0, 0, 1, 0))
    with_row = confusion(["01", None, None], ["01", "04", None], ["01", "04"], none_row=True)
    assert with_row.rows == ("01", "04", "none")
    assert with_row.count("none", "04") == 1 and with_row.count("none", "none") == 1
    with pytest.raises(ValueError):
        confusion([0], [7], [0])


def test_label_helpers():
    assert [five_class(r) for r in (1, 2, 3, 5, 6, 8, 9, 13, 14, 16, 17, 20)] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 3, 4, 4]
    assert [quad_class(r) for r in ("01", "05", "06", "09", "10", "14", "15")] == [1, 1, 2, 2, 3, 3, 4]
    assert (country_of("KORGOV"), country_of("IGOUNO"), country_of(None)) == ("KOR", "IGOUNO", None)
    assert majority(["04", "19", "19"]) == "19"
    assert majority(["04", "19"]) == "04"  # tie: the earliest
    assert majority([]) is None


def test_detokenize_offsets_point_at_tokens():
    tokens = ["Baghdad", "’", "s", "pro", "-", "Russian", "forces", "(", "NAF", ")", "met",
              "P", "é", "rez", ",", "he", "said", ":", '"', "no", '"', "."]
    text, offsets = detokenize(tokens)
    assert text == 'Baghdad’s pro-Russian forces (NAF) met Pérez, he said: "no".'
    assert [text[a:b] for a, b in offsets] == tokens


# --- readers --------------------------------------------------------------------------------

PETRARCH_XML = """<Validation>
<!-- a comment with <Sentence> inside it -->
<Sentences>
<Sentence date="20170301" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="KORGOV" targetcode="CHN" eventcode="036"></EventCoding>
<EventCoding sourcecode='"SOME TEXT"' targetcode="CHN" eventcode="010"></EventCoding>
<Text>
Seoul said it would   hold talks
with Beijing.
</Text>
</Sentence>
<Sentence date="20170302" id="T-2" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather was fine.</Text>
</Sentence>
<Sentence date="20170303" id="T-3" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>SEOUL: something.</Text>
</Sentence>
<Sentence date="20170304" id="T-4" category="DEMO" sentence="false">
<EventCoding sourcecode="JPN" targetcode="KOR" eventcode="042"></EventCoding>
<Text>Japan visited Korea.</Text>
</Sentence>
<Stop></Stop>
<Sentence date="20170305" id="T-5" category="DEMO" sentence="true">
<EventCoding sourcecode="JPN" targetcode="KOR" eventcode="042"></EventCoding>
<Text>Never read.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_read_petrarch_xml(tmp_path: Path):
    path = tmp_path / "unit.xml"
    path.write_text(PETRARCH_XML, encoding="utf-8")
    gold = read_gold(path)
    assert gold.format == "petrarch"
    first, negative, error, disabled = gold.items
    assert first.text == "Seoul said it would hold talks with Beijing."
    assert first.codings == (GoldEvent("KORGOV", "036", "CHN"),)
    assert (first.dropped, first.date, first.line, first.skip_reason) == (1, dt.date(2017, 3, 1), 4, None)
    assert negative.no_events and negative.skip_reason is None
    assert "dateline" in (error.skip_reason or "") and "sentence" in (disabled.skip_reason or "")


def test_read_petrarch_errors_name_the_line(tmp_path: Path):
    path = tmp_path / "bad.xml"
    path.write_text('<Sentences>\n<Sentence date="20170301" id="X">\n<EventCoding/>\n'
                    '<Text>Hi there.</Text>\n</Sentence>\n</Sentences>\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gold(path)
    assert info.value.line == 2
    path.write_text("<Sentences><Sentence>\n</Sentences>", encoding="utf-8")
    with pytest.raises(InputError, match="not valid XML"):
        read_gold(path)


def test_read_quad_tsv(tmp_path: Path):
    path = tmp_path / "quad.tsv"
    path.write_text("Japan protested to China over the islands.\t3\n\nThe two met in Seoul.\t1\n",
                    encoding="utf-8")
    items = read_gold(path).items
    assert items == (QuadSentence("line-1", "Japan protested to China over the islands.", 3, line=1),
                     QuadSentence("line-3", "The two met in Seoul.", 1, line=3))
    path.write_text("fine\t0\nno label here\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gold(path)
    assert info.value.line == 2
    path.write_text("fine\t7\n", encoding="utf-8")
    with pytest.raises(InputError, match="0..4"):
        read_gold(path)


def test_read_roles_bio(tmp_path: Path):
    path = tmp_path / "roles.bio"
    path.write_text("Japan B-S\n’ I-S\ns I-S\ncoast I-S\nguard I-S\nwarned O\nChina B-T\n. O\n\n"
                    "Seoul B-S\nmet O\nTokyo B-T\n. O\n", encoding="utf-8")
    first, second = read_gold(path).items
    assert first.text == "Japan’s coast guard warned China."
    assert first.role_tokens("S") == {0, 1, 2, 3, 4} and first.role_tokens("T") == {6}
    assert first.tokens_in(0, 5) == {0} and first.tokens_in(26, 31) == {6}
    assert (second.line, second.text) == (10, "Seoul met Tokyo.")
    path.write_text("Seoul B-S\nmet X-Q\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gold(path)
    assert info.value.line == 2


def test_read_events_jsonl(tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    lines = [{"id": "a", "date": "2017-03-01", "text": "Seoul condemned Pyongyang.",
              "events": [{"source": "korgov", "code": "122", "target": "PRK"}], "tags": ["simple"]},
             {"id": "b", "text": "Seoul did not condemn Pyongyang.", "events": [], "tags": ["negation"]}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    first, second = read_gold(path).items
    assert first == EventSentence("a", "Seoul condemned Pyongyang.", dt.date(2017, 3, 1),
                                  (GoldEvent("KORGOV", "122", "PRK"),), ("simple",), 1)
    assert second.events == () and second.tags == ("negation",) and second.date is None
    for bad, reason in [('{"text": "x", "events": [{"source": "KOR", "code": "99"}]}', "code"),
                        ('{"text": "x"}', "events"), ("{not json", "JSON"),
                        ('{"text": "x", "events": [], "date": "yesterday"}', "date")]:
        path.write_text(json.dumps(lines[1]) + "\n" + bad + "\n", encoding="utf-8")
        with pytest.raises(InputError, match=reason) as info:
            read_gold(path)
        assert info.value.line == 2


def test_format_detected_by_content(tmp_path: Path):
    samples = {"a": "<Sentences></Sentences>", "b": '{"text": "x", "events": []}',
               "c": "A sentence.\t2", "d": "Seoul B-S\nmet O"}
    expected = {"a": "petrarch", "b": "events", "c": "quad", "d": "roles"}
    for name, text in samples.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert detect_format(tmp_path / name) == expected[name]
    (tmp_path / "e").write_text("what is this", encoding="utf-8")
    with pytest.raises(InputError):
        detect_format(tmp_path / "e")


# --- scorers on hand-made predictions -------------------------------------------------------

def test_score_quad():
    items = [QuadSentence(str(i), "s", label) for i, label in enumerate([4, 4, 0, 1])]
    preds = [[rec("0", "USA", "190", "IRQ")],
             [rec("1", "USA", "120", "IRQ", trigger=1), rec("1", "USA", "190", "IRQ", trigger=5)],
             [], [rec("3", "KOR", "036", "CHN")]]
    result, errors = score_quad(items, preds)
    assert (result.covered, result.coverage) == (3, 0.75)
    assert result.accuracy_covered == pytest.approx(2 / 3)  # the tie goes to the first: 120 -> 3
    assert result.accuracy_all == 0.5
    assert result.confusion.count("4", "3") == 1 and result.confusion.count("0", "none") == 1
    assert [e.kind for e in errors] == ["wrong class", "no event"]


def test_score_roles_token_overlap(tmp_path: Path):
    path = tmp_path / "r.bio"
    path.write_text("The B-S\nJapanese I-S\ngovernment I-S\nwarned O\nChina B-T\n. O\n\n"
                    "Seoul B-S\nmet O\nTokyo B-T\n. O\n", encoding="utf-8")
    first, second = read_gold(path).items
    sentence = first.text  # "The Japanese government warned China."
    # source "Japanese government" (2 of 3 gold tokens), target "warned China" (1 wrong, 1 right)
    preds = [[rec("0", "JPNGOV", "111", "CHN", sentence=sentence, spans=(4, 23, 24, 36))], []]
    result, _ = score_roles([first, second], preds)
    assert result.source.all_sentences == PRF(2, 0, 2)  # Seoul missed: uncovered sentence
    assert result.source.covered_sentences == PRF(2, 0, 1)
    assert result.target.covered_sentences == PRF(1, 1, 0)
    assert (result.coverage, result.source.hit_rate) == (0.5, 1.0)


def test_score_petrarch_exact_and_root():
    items = [PetrarchSentence("a", "t", None, (GoldEvent("ARN", "064", "GON"),
                                               GoldEvent("GON", "064", "ARN"))),
             PetrarchSentence("b", "t", None, (), no_events=True),
             PetrarchSentence("c", "t", None, (), skip_reason="error")]
    preds = [[rec("0", "ARN", "064", "GON"), rec("0", "GONGOV", "061", "ARN")],
             [rec("1", "ARN", "010")], [rec("2", "X", "010")]]
    result, errors = score_petrarch(items, preds)
    assert result.exact == PRF(1, 2, 1) and result.root == PRF(1, 2, 1)  # GONGOV is not GON
    assert result.root_countries == PRF(2, 1, 0)  # ... but its country is
    assert (result.sentences, result.skipped, result.negatives_with_events) == (2, {"error": 1}, 1)
    assert sorted(e.kind for e in errors) == ["false positive", "false positive", "miss"]


def test_score_events_levels_tags_and_actors():
    items = [EventSentence("a", "t", None, (GoldEvent("KORGOV", "036", "CHNGOV"),), ("simple",)),
             EventSentence("b", "t", None, (GoldEvent("USA", "193", "IRQ", historical=True),)),
             EventSentence("c", "t", None, (GoldEvent("JPN", "042", "KOR"),)),
             EventSentence("d", "t", None, (), ("negation",)),
             EventSentence("e", "t", None, (), ("intent", "negation"))]
    preds = [[rec("0", "KORGOV", "036", "CHNGOV")],
             [rec("1", "USAMIL", "190", "IRQ", historical=True)],  # root right, actor/code wrong
             [],
             [rec("3", "KOR", "120", "PRK")],
             []]
    result, errors = score_events(items, preds)
    assert (result.positives, result.negatives, result.covered) == (3, 2, 2)
    assert result.root.accuracy_covered == 1.0 and result.root.accuracy_all == pytest.approx(2 / 3)
    assert result.actors == {"source_code": 0.5, "source_country": 1.0, "target_code": 1.0,
                             "target_country": 1.0}
    assert result.triples["exact"] == PRF(1, 2, 2)
    assert result.triples["root"] == PRF(2, 1, 1)
    assert result.historical_agreement == 1.0
    assert result.per_root["19"] == PRF(1, 0, 0) and result.per_root["12"] == PRF(0, 1, 0)
    assert result.negatives_by_tag["negation"] == {"sentences": 2, "with_events": 1,
                                                   "false_positive_rate": 0.5}
    assert result.negatives_by_tag["intent"]["false_positive_rate"] == 0.0
    assert result.root_confusion.count("none", "12") == 1
    assert result.root_confusion.count("04", "none") == 1
    assert {e.kind for e in errors} == {"miss", "false positive", "inexact"}


# --- the run, end to end --------------------------------------------------------------------

def _gold_jsonl(tmp_path: Path) -> Path:
    lines = [{"id": "1", "date": "2017-03-01", "text": "South Korea condemned North Korea.",
              "events": [{"source": "KOR", "code": "122", "target": "PRK"}], "tags": []},
             {"id": "2", "date": "2017-03-01", "text": "Japan and South Korea held talks in Tokyo.",
              "events": [{"source": "JPN", "code": "040", "target": "KOR"},
                         {"source": "KOR", "code": "040", "target": "JPN"}], "tags": ["compound"]},
             {"id": "3", "date": "2017-03-01", "text": "South Korea did not condemn Japan.",
              "events": [], "tags": ["negation"]}]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def _fake_coder(articles):
    by_text = {"South Korea condemned North Korea.": [("KOR", "122", "PRK")],
               "South Korea did not condemn Japan.": [("KOR", "122", "JPN")]}
    return [rec(a.id, *triple, sentence=a.text) for a in articles for triple in by_text.get(a.text, [])]


def test_evaluate_with_a_stand_in_coder(tmp_path: Path):
    summary = evaluate([_gold_jsonl(tmp_path)], coder=_fake_coder)
    (entry,) = summary.files
    assert (entry.format, entry.items, entry.events_predicted) == ("events", 3, 2)
    assert entry.result.triples["exact"] == PRF(1, 1, 2)
    assert entry.result.negatives_by_tag["negation"]["false_positive_rate"] == 1.0
    data = json.loads(json.dumps(summary.to_dict()))
    assert data["files"][0]["result"]["triples"]["exact"]["recall"] == pytest.approx(1 / 3)


def test_eval_command_writes_json_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from geopivot.evaluation import run
    from geopivot.evaluation.cli_commands import eval_command

    monkeypatch.setattr(run, "library_coder", lambda settings: _fake_coder)
    out = tmp_path / "summary.json"
    result = CliRunner().invoke(eval_command, [str(_gold_jsonl(tmp_path)), "--json", str(out),
                                               "--show-errors", "2", "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert "triples" in result.output and "false positive" in result.output
    assert json.loads(out.read_text())["files"][0]["format"] == "events"


@pytest.mark.slow
def test_eval_end_to_end_with_the_model(tmp_path: Path):
    summary = evaluate([_gold_jsonl(tmp_path)])
    result = summary.files[0].result
    assert result.sentences == 3 and result.positives == 2
    assert 0.0 <= (result.coverage or 0.0) <= 1.0
    assert set(result.triples) == {"exact", "root", "quad"}


# --- the dev sets beside the repository -----------------------------------------------------

@pytest.mark.parametrize("parts, fmt, count", [
    (("eval", "dev", "conflibert_quad_train.tsv"), "quad", 1348),
    (("eval", "dev", "conflibert_roles_train.bio"), "roles", 1152),
    (("eval", "dev", "petrarch2_unit_tests", "PETR.UnitTest.records.xml"), "petrarch", 284)])
def test_shared_dev_sets_read(parts: tuple[str, ...], fmt: str, count: int):
    gold = read_gold(shared_path(*parts))
    assert (gold.format, len(gold.items)) == (fmt, count)
    if fmt == "roles":  # every gold span survives detokenisation
        for item in gold.items:
            assert [item.text[a:b] for a, b in item.offsets] == list(item.tokens)


@pytest.mark.parametrize(("options", "expected"), [([], True), (["--no-event-model"], False)])
def test_eval_command_codes_with_the_default_coder_or_the_rules_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     options: list[str], expected: bool):
    from geopivot.evaluation import run
    from geopivot.evaluation.cli_commands import eval_command

    seen = []
    monkeypatch.setattr(run, "library_coder", lambda settings: seen.append(settings.nlp.event_model) or _fake_coder)
    result = CliRunner().invoke(eval_command, [str(_gold_jsonl(tmp_path)), *options])
    assert result.exit_code == 0, result.output
    assert seen == [expected]
