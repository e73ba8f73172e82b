"""Runners: ingest inputs into the DuckDB store, in-process, with a process pool, or on Dask."""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from .inputs import MAX_BYTES
from .merge import merge
from .report import IngestReport
from .shards import RECORDS_PER_SHARD

__all__ = ["IngestReport", "ingest", "merge"]


def ingest(paths: list[str], db_path: str | Path, workers: int = 1, dask: str | None = None,
           out_dir: str | Path | None = None, retry_failed: bool = False, progress: bool = True,
           max_bytes: int = MAX_BYTES, stdin: Any = None, per_shard: int = RECORDS_PER_SHARD) -> IngestReport:
    """Ingest files/directories ('-' = stdin) into db_path; with `dask`, via Parquet shards in out_dir.

    dask: None (local: in-process when workers == 1, else a process pool),
    'local' (a LocalCluster of `workers` processes) or a scheduler address
    'tcp://host:8786'. out_dir (Dask only) defaults to '<db_path>.parts';
    per_shard: records per Dask shard.
    Rerunning the same command is safe: stored inputs and done shards are skipped.
    """
    from ..store.db import connect

    started = time.perf_counter()
    workers = max(1, int(workers))
    if workers > 1 or dask:
        # N worker processes on N cores: one BLAS thread each, or numpy oversubscribes them
        for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(name, "1")
    if dask:
        from .dask_runner import run_dask

        out = str(out_dir or f"{db_path}.parts")
        report = IngestReport(mode=f"dask {dask}", workers=workers)
        run_dask(list(paths), out, dask, report, workers=workers, retry_failed=retry_failed,
                 progress=progress, max_bytes=max_bytes, per_shard=per_shard)
        began = time.perf_counter()
        merged = merge(out, db_path)
        report.timings["merge"] = time.perf_counter() - began
        report.written = merged["written"]
        report.skipped_existing = merged["skipped_existing"]
    else:
        from .local import run_local

        report = IngestReport(mode="local" if workers == 1 else "pool", workers=workers)
        con = connect(db_path)
        try:
            run_local(list(paths), con, report, workers=workers, retry_failed=retry_failed,
                      progress=progress, max_bytes=max_bytes, stdin=stdin)
        finally:
            con.close()
    report.wall_s = time.perf_counter() - started
    return report
