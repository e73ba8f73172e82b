"""NEREL harness: brat reading, type mapping, exact-span scoring."""
from __future__ import annotations

from pathlib import Path

from letopis.eval.nerel import (NerelDoc, NerelEntity, gold_spans, list_nerel_docs, read_nerel_doc,
                                score_nerel, score_nerel_spans)


def _doc() -> NerelDoc:
    text = "Мэр города Энск Пётр Сидоров"
    ents = [NerelEntity("T1", "CITY", 11, 15, "Энск"),
            NerelEntity("T2", "ORGANIZATION", 0, 15, "Мэр города Энск"),
            NerelEntity("T3", "PERSON", 16, 28, "Пётр Сидоров"),
            NerelEntity("T4", "PROFESSION", 0, 3, "Мэр")]
    return NerelDoc("x", text, ents)


def test_gold_spans_map_types_and_find_outermost():
    every, outer = gold_spans(_doc())
    assert every == {("LOC", 11, 15), ("ORG", 0, 15), ("PER", 16, 28)}
    assert outer == {("ORG", 0, 15), ("PER", 16, 28)}


def test_scores_exact_spans_in_both_variants():
    doc = _doc()
    r = score_nerel_spans([(doc, [("PER", 16, 12), ("LOC", 11, 4)])])
    assert r["outermost"]["PER"]["f1"] == 1.0
    assert r["outermost"]["LOC"]["precision"] == 0.0      # nested city is not an outermost span
    assert r["any_level"]["LOC"]["f1"] == 1.0
    assert r["any_level"]["ORG"]["recall"] == 0.0
    off = score_nerel_spans([(doc, [("PER", 16, 11)])])   # one character short: wrong
    assert off["any_level"]["PER"]["tp"] == 0


def test_read_and_score_corpus_gold(shared_dir):
    folder = Path(shared_dir) / "corpora" / "nerel" / "NEREL-v1.1" / "test"
    paths = list_nerel_docs(folder)
    assert len(paths) > 50
    docs = [read_nerel_doc(p) for p in paths[:20]]
    for d in docs:
        for e in d.entities:
            if len(e.fragments) == 1:
                assert d.text[e.start:e.stop] == e.text
    by_text = {d.text: d for d in docs}

    def predict(text):
        _, outer = gold_spans(by_text[text])
        return [(t, s, e - s) for t, s, e in outer]

    pairs = [(d, predict(d.text)) for d in docs]
    r = score_nerel_spans(pairs)
    assert r["outermost"]["micro"]["f1"] == 1.0
    assert r["any_level"]["micro"]["precision"] == 1.0
    assert r["any_level"]["micro"]["recall"] < 1.0      # nested spans were not predicted


def test_score_nerel_runs_a_predictor(shared_dir):
    r = score_nerel(lambda text: [], split="dev", shared_dir=shared_dir)
    assert r["documents"] > 10
    assert r["outermost"]["PER"]["recall"] == 0.0 and r["outermost"]["PER"]["n_gold"] > 100
