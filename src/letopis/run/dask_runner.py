"""Dask runner: one task per shard writes Parquet partitions; done shards are skipped on resume."""
from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..doc import Failure
from .inputs import MAX_BYTES
from .parquet import read_marker
from .progress import document_bar
from .report import IngestReport
from .shards import RECORDS_PER_SHARD, Shard, plan_shards
from .work import add_timings, process_shard

RETRIES = 3  # a task whose worker died is rerun elsewhere; its partial files were never visible


@contextmanager
def dask_client(address: str, workers: int) -> Iterator[Any]:
    """A client on a fresh LocalCluster ('local') or on an existing scheduler (tcp://host:8786)."""
    from distributed import Client, LocalCluster

    if address == "local":
        logging.getLogger("distributed").setLevel(logging.ERROR)
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(address) as client:
            yield client


def needs_run(out_dir: str, shard: Shard, retry_failed: bool) -> bool:
    marker = read_marker(out_dir, shard.id)
    if marker is None:
        return True
    return retry_failed and marker.get("failed", 0) > 0


def run_dask(paths: list[str], out_dir: str, address: str, report: IngestReport, workers: int = 1,
             retry_failed: bool = False, progress: bool = True, max_bytes: int = MAX_BYTES,
             per_shard: int = RECORDS_PER_SHARD) -> IngestReport:
    """Process every shard not yet done; returns with all partitions written (merge is separate)."""
    from distributed import as_completed

    started = time.perf_counter()
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    shards = plan_shards(paths, per_shard)
    todo = [s for s in shards if needs_run(out_dir, s, retry_failed)]
    report.shards, report.shards_skipped = len(shards), len(shards) - len(todo)
    pending = {s.id for s in todo}
    for shard in shards:
        if shard.id not in pending:
            report.seen += (read_marker(out_dir, shard.id) or {}).get("seen", 0)
    if todo:
        with dask_client(address, workers) as client, \
                document_bar(sum(s.records for s in todo), progress) as advance:
            futures = client.map(process_shard, todo, out_dir=str(out_dir), max_bytes=max_bytes,
                                 key=[f"letopis-shard-{s.id}" for s in todo], retries=RETRIES, pure=False)
            for future in as_completed(futures):
                summary = future.result()
                report.seen += summary["seen"]
                report.tokens += summary["tokens"]
                add_timings(report.timings, summary["timings"])
                pid = str(summary["pid"])
                report.peak_rss_mb[pid] = round(max(report.peak_rss_mb.get(pid, 0.0), summary["rss_mb"]), 1)
                for row in summary["failures"]:
                    report.add_failure(Failure(**row))
                advance(summary["seen"])
                future.release()
    report.wall_s = time.perf_counter() - started
    return report
