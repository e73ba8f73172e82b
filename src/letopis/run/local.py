"""Local runner: in-process (workers=1) or a process pool; the parent alone writes DuckDB."""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

import duckdb

from ..doc import Doc, Failure, RawDoc
from ..store.db import write_docs, write_failures
from .inputs import MAX_BYTES, expand_paths, is_container, read_inputs
from .progress import document_bar
from .report import IngestReport
from .shards import count_records
from .work import add_timings, process_chunk, timed, warm_up

COMMIT_EVERY = 200  # documents per DuckDB transaction
CHUNK = 8           # inputs per task sent to a worker process


def known_keys(con: duckdb.DuckDBPyConnection, table: str) -> set[tuple[str, str]]:
    """(path, record) pairs already in `table`: the cheap skip before any processing."""
    return {(p, r) for p, r in con.execute(f"SELECT DISTINCT path, record FROM {table}").fetchall()}


def estimate_total(files: list[str]) -> int | None:
    """Inputs to expect, for the progress bar (None when stdin is read)."""
    if "-" in files:
        return None
    return sum(count_records(f) if os.path.isfile(f) and is_container(f) else 1 for f in files)


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def pool_map(pool: Any, func: Callable, batches: Iterable[Any], ahead: int) -> Iterator[Any]:
    """Ordered map with at most `ahead` tasks in flight (Pool.imap would read all inputs at once)."""
    pending: deque = deque()
    for batch in batches:
        pending.append(pool.apply_async(func, (batch,)))
        if len(pending) >= ahead:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def pool_context() -> multiprocessing.context.BaseContext:
    """forkserver where available (workers start clean, models load once each), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def worker_stats(_: Any = None) -> tuple[int, float]:
    """(pid, peak RSS in MB) of the calling worker process."""
    import psutil

    info = psutil.Process().memory_info()
    peak = getattr(info, "peak_wset", None) or _peak_rss_linux() or info.rss
    return os.getpid(), peak / 2**20


def _peak_rss_linux() -> int | None:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    except (ImportError, OSError):
        return None


def run_local(paths: list[str], con: duckdb.DuckDBPyConnection, report: IngestReport, workers: int = 1,
              retry_failed: bool = False, progress: bool = True, max_bytes: int = MAX_BYTES,
              stdin: Any = None, commit_every: int = COMMIT_EVERY, chunk: int = CHUNK) -> IngestReport:
    """Read, process (in this process or a pool) and write in transactions of `commit_every` docs."""
    started = time.perf_counter()
    files = expand_paths(paths)
    stored, failed_before = known_keys(con, "documents"), known_keys(con, "failures")
    docs: list[Doc] = []
    failures: list[Failure] = []
    passed_over = [0]  # inputs skipped before processing, to move the progress bar

    def todo() -> Iterator[RawDoc | Failure]:
        for item in timed(read_inputs(files, stdin=stdin, max_bytes=max_bytes), report.timings):
            report.seen += 1
            key = (item.path, item.record)
            if key in stored:
                report.skipped_existing += 1
            elif key in failed_before and not retry_failed:
                report.skipped_failed += 1
            else:
                yield item
                continue
            passed_over[0] += 1

    def flush() -> None:
        began = time.perf_counter()
        if docs:
            written, skipped = write_docs(con, docs)
            report.written += written
            report.skipped_existing += skipped
        if failures:
            write_failures(con, failures)
        docs.clear()
        failures.clear()
        report.timings["store"] = report.timings.get("store", 0.0) + time.perf_counter() - began

    pool = None
    if workers > 1:
        pool = pool_context().Pool(workers, initializer=warm_up)
        results = pool_map(pool, process_chunk, chunks(todo(), chunk), ahead=2 * workers)
    else:
        warm_up()
        results = map(process_chunk, chunks(todo(), 1))  # one at a time: the bar moves per document
    try:
        with document_bar(estimate_total(files), progress) as advance:
            moved = 0
            for batch, spent in results:
                add_timings(report.timings, spent)
                advance(passed_over[0] - moved)
                moved = passed_over[0]
                for result in batch:
                    if isinstance(result, Failure):
                        failures.append(result)
                        report.add_failure(result)
                    else:
                        docs.append(result)
                        report.tokens += len(result.tokens)
                advance(len(batch))
                if len(docs) >= commit_every or len(failures) >= commit_every:
                    flush()
            flush()
            advance(passed_over[0] - moved)
        if pool is not None:
            stats = pool.map(worker_stats, range(workers * 4), chunksize=1)
            report.peak_rss_mb = {str(pid): round(mb, 1) for pid, mb in dict(stats).items()}
        else:
            pid, mb = worker_stats()
            report.peak_rss_mb = {str(pid): round(mb, 1)}
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    report.wall_s = time.perf_counter() - started
    return report
