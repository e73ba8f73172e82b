"""The local runner: in-process and process pool give the same store; failures kept; reruns add nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from letopis.run import ingest
from letopis.run.snapshot import snapshot
from run_corpus import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("in"), n_txt=8, n_jsonl=16)


@pytest.fixture(scope="module")
def one_worker(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    db = tmp_path_factory.mktemp("db1") / "one.duckdb"
    return db, ingest([str(corpus)], db, workers=1, progress=False)


def test_bad_file_is_recorded_and_the_rest_written(one_worker: tuple[Path, object]) -> None:
    db, report = one_worker
    assert report.seen == 8 + 16 + 1
    assert report.written == 24
    assert report.failed == 1
    assert [Path(f.path).name for f in report.failures] == ["bad.txt"]
    tables = snapshot(db)
    assert len(tables["documents"]) == 24
    assert len(tables["failures"]) == 1
    assert tables["sentences"], "sentences written with their documents"


@pytest.mark.slow
def test_two_workers_give_the_same_tables(corpus: Path, one_worker: tuple[Path, object], tmp_path: Path) -> None:
    db, _ = one_worker
    report = ingest([str(corpus)], tmp_path / "two.duckdb", workers=2, progress=False)
    assert report.written == 24 and report.failed == 1
    assert len(report.peak_rss_mb) >= 1
    assert snapshot(tmp_path / "two.duckdb") == snapshot(db)


def test_rerun_adds_no_rows(corpus: Path, one_worker: tuple[Path, object]) -> None:
    db, _ = one_worker
    before = snapshot(db)
    again = ingest([str(corpus)], db, workers=1, progress=False)
    assert again.written == 0
    assert again.skipped_existing == 24
    assert again.skipped_failed == 1  # the bad file is not retried without retry_failed
    assert snapshot(db) == before


def test_retry_failed_tries_the_failure_again(corpus: Path, one_worker: tuple[Path, object]) -> None:
    db, _ = one_worker
    report = ingest([str(corpus)], db, workers=1, progress=False, retry_failed=True)
    assert report.skipped_failed == 0
    assert report.failed == 1 and report.written == 0
    assert len(snapshot(db)["failures"]) == 1  # replaced, not duplicated


def test_text_too_long_for_nlp_is_refused_with_a_reason(tmp_path: Path) -> None:
    from letopis.run.work import NLP_MAX_CHARS

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text("Парламент принял закон. " * (NLP_MAX_CHARS // 20), "utf-8")
    (tmp_path / "in" / "short.txt").write_text("Парламент принял закон о выборах.", "utf-8")
    report = ingest([str(tmp_path / "in")], tmp_path / "db.duckdb", progress=False)
    assert report.written == 1
    assert [(f.stage, f.error) for f in report.failures] == [("nlp-limit", "TooLongForNLP")]
