"""The Dask runner: Parquet partitions per shard, merged into DuckDB, same rows as the local runner."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from letopis.run import ingest, merge
from letopis.run.parquet import PART_TABLES, done_shards, part_path
from letopis.run.snapshot import snapshot
from run_corpus import write_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    corpus = write_corpus(tmp_path_factory.mktemp("in"), n_txt=12, n_jsonl=30)
    # The same text twice: read first from zz.txt (root files come before sub/), then from the JSONL.
    first = (corpus / "sub" / "batch.jsonl").read_text("utf-8").splitlines()[0]
    (corpus / "zz.txt").write_text(json.loads(first)["text"], "utf-8")
    work = tmp_path_factory.mktemp("work")
    local = ingest([str(corpus)], work / "local.duckdb", workers=1, progress=False)
    dask = ingest([str(corpus)], work / "dask.duckdb", workers=2, dask="local", out_dir=work / "parts",
                  progress=False, per_shard=10)
    return {"corpus": corpus, "work": work, "local": local, "dask": dask}


def test_every_done_shard_has_all_partitions(runs: dict) -> None:
    parts = runs["work"] / "parts"
    shards = done_shards(parts)
    # 14 small files grouped by 10 (read before sub/), and 30 JSONL records cut into ranges of 10
    assert len(shards) == runs["dask"].shards == 2 + 3
    for shard in shards:
        for table in PART_TABLES:
            assert part_path(parts, table, shard).is_file()
    assert not list(parts.rglob("*.tmp")), "no temp files left behind"


def test_dask_store_equals_local_store(runs: dict) -> None:
    assert runs["dask"].written == runs["local"].written == 42
    assert runs["dask"].failed == 1
    assert runs["dask"].skipped_existing == runs["local"].skipped_existing == 1
    assert snapshot(runs["work"] / "dask.duckdb") == snapshot(runs["work"] / "local.duckdb")


def test_a_repeated_text_is_stored_once_from_the_first_input_read(runs: dict) -> None:
    con = duckdb.connect(str(runs["work"] / "dask.duckdb"), read_only=True)
    paths = [Path(p).name for (p,) in con.execute("SELECT path FROM documents").fetchall()]
    assert paths.count("zz.txt") == 1 and paths.count("batch.jsonl") == 29


def test_parquet_is_queryable_directly(runs: dict) -> None:
    glob = str(runs["work"] / "parts" / "documents" / "*.parquet")
    assert duckdb.sql(f"SELECT count(DISTINCT id) FROM read_parquet('{glob}')").fetchall() == [(42,)]


def test_merge_again_adds_nothing(runs: dict) -> None:
    db = runs["work"] / "dask.duckdb"
    before = snapshot(db)
    result = merge(runs["work"] / "parts", db)
    assert result["written"] == 0 and result["skipped_existing"] == 43  # 42 texts + 1 repeat
    assert snapshot(db) == before


def test_rerun_skips_done_shards(runs: dict) -> None:
    report = ingest([str(runs["corpus"])], runs["work"] / "dask.duckdb", workers=2, dask="local",
                    out_dir=runs["work"] / "parts", progress=False, per_shard=10)
    assert report.shards_skipped == report.shards == 5
    assert report.written == 0
