"""factRuEval-2016 evaluation: run a predictor over a split, write response files, score them.

Reading lives in factrueval_read, track 1 scoring in factrueval_score, track 3
in factrueval_facts; this module ties them to a predictor with a progress bar.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.progress import Progress

from letopis.doc import Fact
from letopis.eval.factrueval_facts import read_task3, score_track3, write_task3
from letopis.eval.factrueval_read import FactRuEvalDoc, list_doc_ids, read_factrueval_doc
from letopis.eval.factrueval_score import read_task1, score_track1, write_task1

__all__ = ["FactRuEvalDoc", "read_factrueval_doc", "list_doc_ids", "write_task1", "read_task1",
           "score_track1", "run_track1", "write_task3", "read_task3", "score_track3", "run_track3",
           "split_dir"]

SPLITS = {"dev": "devset", "devset": "devset", "test": "testset", "testset": "testset"}


def split_dir(split: str, shared_dir: str | Path) -> Path:
    """Folder of a factRuEval split ('dev'/'devset' or 'test'/'testset') under the shared data folder."""
    if split not in SPLITS:
        raise ValueError(f"unknown factRuEval split {split!r}: use one of {sorted(SPLITS)}")
    return Path(shared_dir) / "corpora" / "factrueval" / SPLITS[split]


def _run(predict: Callable, write: Callable, split: str, out_dir: str | Path, shared_dir: str | Path,
         label: str) -> Path:
    gold = split_dir(split, shared_dir)
    ids = list_doc_ids(gold)
    with Progress() as progress:
        task = progress.add_task(f"factRuEval {label} {split}", total=len(ids))
        for doc_id in ids:
            doc = read_factrueval_doc(gold / doc_id)
            write(out_dir, doc_id, predict(doc.text))
            progress.advance(task)
    return gold


def run_track1(predict: Callable[[str], list[tuple[str, int, int]]], split: str,
               out_dir: str | Path, shared_dir: str | Path) -> dict:
    """Predict mentions (tag, start, length) for every document of a split, write .task1 files, score them."""
    gold = _run(predict, write_task1, split, out_dir, shared_dir, "track 1")
    return score_track1(gold, out_dir)


def run_track3(predict: Callable[[str], list[Fact]], split: str, out_dir: str | Path,
               shared_dir: str | Path, hard_mode: bool = False) -> dict:
    """Predict facts for every document of a split, write .task3 files, score them."""
    gold = _run(predict, write_task3, split, out_dir, shared_dir, "track 3")
    return score_track3(gold, out_dir, hard_mode)
