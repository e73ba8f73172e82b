"""The unit of work every runner hands out: a chunk of inputs through pipeline.process_batch."""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

from ..doc import Doc, Failure, RawDoc
from ..pipeline import NLP_MAX_CHARS, default_pipeline, process_batch
from ..store.rows import failure_row, rows_of
from .inputs import MAX_BYTES
from .parquet import PART_TABLES, write_marker, write_partition
from .shards import Shard, read_shard

# A cheap early refusal before cleaning (pipeline.process checks the clean text exactly).
# HTML is measured before boilerplate removal, so it gets a looser bound.
HTML_FACTOR = 10


def warm_up() -> None:
    """Load models once in this process (pool initializer / first task on a worker)."""
    from ..nlp.models import load_models

    load_models()
    default_pipeline()


def guard_length(item: RawDoc | Failure) -> RawDoc | Failure:
    """Refuse inputs too long for NLP with a reason, before any model sees them."""
    if isinstance(item, Failure):
        return item
    if len(item.text) > NLP_MAX_CHARS:
        return Failure(item.path, item.record, "nlp-limit", "TooLongForNLP",
                       f"too long for NLP: {len(item.text)} chars > {NLP_MAX_CHARS}")
    if not item.text and len(item.html) > NLP_MAX_CHARS * HTML_FACTOR:
        return Failure(item.path, item.record, "nlp-limit", "TooLongForNLP",
                       f"too long for NLP: {len(item.html)} chars of HTML > {NLP_MAX_CHARS * HTML_FACTOR}")
    return item


def process_chunk(items: list[RawDoc | Failure]) -> tuple[list[Doc | Failure], dict[str, float]]:
    """process_batch over a chunk, with the seconds each stage took in this call."""
    pipeline = default_pipeline()
    before = dict(pipeline.timings)
    results = process_batch([guard_length(i) for i in items])
    spent = {k: v - before.get(k, 0.0) for k, v in pipeline.timings.items()}
    return results, spent


def timed(items: Iterable[Any], timings: dict[str, float], stage: str = "ingest") -> Iterator[Any]:
    """Yield from `items`, adding the time spent producing them to timings[stage]."""
    iterator = iter(items)
    while True:
        started = time.perf_counter()
        try:
            item = next(iterator)
        except StopIteration:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
            return
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
        yield item


def add_timings(total: dict[str, float], extra: dict[str, float]) -> None:
    for key, value in extra.items():
        total[key] = total.get(key, 0.0) + value


def process_shard(shard: Shard, out_dir: str, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Read, process and write one shard's Parquet partitions; the done marker goes last."""
    import os

    import psutil

    timings: dict[str, float] = {}
    items = list(timed(read_shard(shard, max_bytes), timings))
    results, spent = process_chunk(items)
    add_timings(timings, spent)
    started = time.perf_counter()
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in PART_TABLES}
    seen_ids: set[str] = set()
    failures = []
    duplicates = 0
    for result in results:
        if isinstance(result, Failure):
            failures.append(result)
            tables["failures"].append(failure_row(result))
        elif result.id in seen_ids:  # the same text twice in one shard: keep the first
            duplicates += 1
        else:
            seen_ids.add(result.id)
            for name, rows in rows_of(result).items():
                tables[name].extend(rows)
    for name in PART_TABLES:
        write_partition(out_dir, name, shard.id, tables[name])
    timings["store"] = timings.get("store", 0.0) + time.perf_counter() - started
    summary = {
        "shard": shard.id, "ordinal": shard.ordinal, "seen": len(items), "docs": len(seen_ids), "duplicates": duplicates, "failed": len(failures),
        "tokens": sum(len(r.tokens) for r in results if isinstance(r, Doc)),
        "timings": timings, "pid": os.getpid(),
        "rss_mb": psutil.Process().memory_info().rss / 2**20,
        "parts": [[p.path, p.start, p.stop] for p in shard.parts],
    }
    write_marker(out_dir, shard.id, summary)
    summary["failures"] = [failure_row(f) for f in failures]
    return summary
