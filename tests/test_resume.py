"""Exactly-once: kill a Dask worker and then the client mid-run, rerun, get the rows of an uninterrupted run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from letopis.run.parquet import DONE_DIR, done_shards, marker_path, part_path
from letopis.run.shards import plan_shards
from letopis.run.snapshot import snapshot
from run_corpus import write_corpus

pytestmark = pytest.mark.slow

DASK = str(Path(sys.executable).with_name("dask"))
PER_SHARD = 20
RUN = (
    "import sys; from letopis.run import ingest; "
    "r = ingest([sys.argv[1]], sys.argv[2], workers=2, dask=sys.argv[3], out_dir=sys.argv[4], "
    f"progress=False, per_shard={PER_SHARD}); print(r.summary())"
)


def start(args: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(args, stdout=open(log, "ab"), stderr=subprocess.STDOUT, start_new_session=True)


def wait_for(predicate, what: str, poll: float = 0.01, patience: float = 300.0):
    """Poll until predicate() is truthy (a generous bound so a hung run fails instead of hanging)."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(poll)
    raise AssertionError(f"gave up waiting for {what}")


def ingest_command(corpus: Path, db: Path, address: str, out: Path) -> list[str]:
    return [sys.executable, "-c", RUN, str(corpus), str(db), address, str(out)]


def count_done(out: Path) -> int:
    return len(done_shards(out))


def test_killed_worker_and_client_then_rerun_give_the_uninterrupted_rows(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", n_txt=40, n_jsonl=200)
    total = len(plan_shards([str(corpus)], PER_SHARD))
    logs = tmp_path / "logs"
    logs.mkdir()
    scheduler_file = tmp_path / "scheduler.json"
    procs: list[subprocess.Popen] = []

    def add_worker(name: str) -> subprocess.Popen:
        proc = start([DASK, "worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1",
                      "--no-nanny", "--no-dashboard", "--death-timeout", "60", "--name", name], logs / f"{name}.log")
        procs.append(proc)
        return proc

    try:
        procs.append(start([DASK, "scheduler", "--scheduler-file", str(scheduler_file), "--port", "0",
                            "--no-dashboard"], logs / "scheduler.log"))
        wait_for(lambda: scheduler_file.exists() and scheduler_file.stat().st_size, "the scheduler")
        address = json.loads(scheduler_file.read_text())["address"]
        victim = add_worker("w1")
        add_worker("w2")

        # The reference: the same command, never interrupted.
        done = subprocess.run(ingest_command(corpus, tmp_path / "ref.duckdb", address, tmp_path / "ref"),
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-3000:]
        assert count_done(tmp_path / "ref") == total
        print("reference:", done.stdout.strip())

        # The interrupted run: a worker killed after the first shard, the client a few shards later.
        db, out = tmp_path / "run.duckdb", tmp_path / "run"
        client = start(ingest_command(corpus, db, address, out), logs / "client.log")
        wait_for(lambda: count_done(out) >= 1, "the first shard")
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
        wait_for(lambda: count_done(out) >= total // 3 or client.poll() is not None, "a third of the shards")
        assert client.poll() is None, "the run finished before it could be interrupted"
        os.killpg(client.pid, signal.SIGKILL)
        client.wait()
        interrupted_at = count_done(out)
        assert 0 < interrupted_at < total
        assert not db.exists() or not snapshot(db)["documents"], "merge runs only after every shard"

        # A power cut after a shard's partitions but before its marker, and a leftover temp file.
        first = done_shards(out)[0]
        marker_path(out, first).unlink()
        stray = part_path(out, "documents", first).with_name(".shard=dead.parquet.1.x.tmp")
        stray.write_bytes(b"partial")
        assert DONE_DIR in str(marker_path(out, first))

        add_worker("w3")
        again = subprocess.run(ingest_command(corpus, db, address, out), capture_output=True, text=True)
        assert again.returncode == 0, again.stderr[-3000:]
        assert count_done(out) == total
        assert snapshot(db) == snapshot(tmp_path / "ref.duckdb")
        assert len(snapshot(db)["documents"]) == 240
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
