"""The evaluation gate: scores on the shared gold must not fall below the recorded floors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from letopis.eval.events import predict_gold_documents, read_jsonl, score_events
from letopis.eval.run_events import predict_file

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_event_scores_on_dev_gold_hold(shared_dir):
    gold_file = shared_dir / "gold" / "dev_events.jsonl"
    report = score_events(predict_gold_documents(gold_file, predict_file, progress=False), read_jsonl(gold_file))
    floor = BASELINE["events_dev"]
    assert report["f1"] >= floor["f1"], report["f1"]
    assert report["precision"] >= floor["precision"], report["precision"]
    assert report["recall"] >= floor["recall"], report["recall"]
    assert report["agreement"]["names"] >= floor["names"], report["agreement"]["names"]
    assert report["date_where_gold_dated"]["share"] >= floor["date_where_gold_dated"], report["date_where_gold_dated"]


def test_scorer_counts_a_perfect_prediction_as_perfect(shared_dir):
    gold = read_jsonl(shared_dir / "gold" / "dev_events.jsonl")
    report = score_events(gold, gold)
    assert report["f1"] == 1.0 and report["agreement"]["names"] == 1.0


def test_scorer_matches_on_root_and_country_pair():
    gold = {"test/1": [{"cameo": "042", "source": {"name": "А", "country": "KAZ"},
                        "target": {"name": "Б", "country": "AZE"}, "modality": "asserted"}]}
    same_root = {"test/1": [{"cameo": "043", "source": {"name": "А", "country": "KAZ"},
                             "target": {"name": "Б", "country": "AZE"}}]}
    reversed_pair = {"test/1": [{"cameo": "040", "source": {"name": "Б", "country": "AZE"},
                                 "target": {"name": "А", "country": "KAZ"}}]}
    other_pair = {"test/1": [{"cameo": "042", "source": {"name": "А", "country": "KAZ"},
                              "target": {"name": "В", "country": "RUS"}}]}
    assert score_events(same_root, gold)["matched"] == 1
    assert score_events(same_root, gold)["agreement"]["cameo"] == 0.0
    assert score_events(reversed_pair, gold)["matched"] == 1      # 04 is unordered
    assert score_events(other_pair, gold)["matched"] == 0


@pytest.mark.slow
@pytest.mark.parametrize("name", ["nerel_dev12", "nerel_test12", "nerel_train24", "nerel_train24b",
                                  "nerel_train24c", "nerel_mixed24d", "nerel_mixed24e", "nerel_mixed48g",
                                  "nerel_mixed48h", "nerel_mixed24f", "nerel_mixed24i", "nerel_mixed24j",
                                  "nerel_mixed24k", "nerel_mixed24l", "nerel_mixed14m", "factrueval_test24",
                                  "factrueval_dev24", "factrueval_dev12b", "factrueval_test12b",
                                  "factrueval_test12c"])
def test_event_scores_on_our_own_annotations_hold(shared_dir, name):
    # benchmarks/gold_extra: NEREL and factRuEval texts we annotated ourselves, blind to letopis' output
    gold_file = Path(__file__).parents[1] / "benchmarks" / "gold_extra" / f"{name}.jsonl"
    report = score_events(predict_gold_documents(gold_file, predict_file, progress=False, shared=shared_dir),
                          read_jsonl(gold_file))
    floor = BASELINE[f"events_{name}"]
    assert report["f1"] >= floor["f1"], report["f1"]
    assert report["precision"] >= floor["precision"], report["precision"]


def test_two_annotators_of_the_same_texts_mostly_agree():
    # the ceiling letopis is measured against: a second, independent annotation of nerel_test12
    extra = Path(__file__).parents[1] / "benchmarks" / "gold_extra"
    report = score_events(read_jsonl(extra / "nerel_test12_second.jsonl"), read_jsonl(extra / "nerel_test12.jsonl"))
    assert report["f1"] >= 0.85 and report["agreement"]["names"] >= 0.85


def test_a_gold_document_without_its_text_is_an_error(tmp_path):
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text('{"doc": "nowhere/1", "events": []}\n', encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="nowhere/1"):
        predict_gold_documents(gold_file, predict_file, progress=False, shared=tmp_path)
