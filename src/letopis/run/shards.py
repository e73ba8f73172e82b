"""Deterministic shards: files grouped, and JSONL/WARC files cut into record ranges.

A shard id hashes what the shard reads (absolute path, record range, file size
and mtime), so rerunning the same command over unchanged inputs gives the same
ids, and a done shard is recognised; a changed file gets new ids.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass

from ..doc import Failure, RawDoc
from .inputs import MAX_BYTES, expand_paths, file_format, is_container, read_inputs

RECORDS_PER_SHARD = 500
WHOLE = -1  # `stop` of a part that reads to the end of its file


@dataclass(frozen=True, slots=True)
class Part:
    """A file, or the records [start, stop) of a container file."""

    path: str
    start: int = 0
    stop: int = WHOLE
    size: int = -1
    mtime_ns: int = -1


@dataclass(frozen=True, slots=True)
class Shard:
    id: str
    parts: tuple[Part, ...]
    records: int      # upper bound on the inputs it yields
    ordinal: int = 0  # position in the plan: merge keeps the first copy of a text in this order


def identify(parts: tuple[Part, ...]) -> str:
    """A stable shard id from what the shard reads."""
    digest = hashlib.sha1()
    for p in parts:
        digest.update(f"{os.path.abspath(p.path)}\0{p.start}\0{p.stop}\0{p.size}\0{p.mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def count_records(path: str) -> int:
    """Records in a JSONL (lines) or WARC file, counted without parsing content; an upper bound."""
    if file_format(path) == "jsonl":
        lines, last = 0, b"\n"
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
        return lines + (last != b"\n")
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as handle:  # warcio reads .warc.gz members itself
            return sum(1 for _ in ArchiveIterator(handle))
    except Exception:  # a broken archive: one shard, and ingest records why it fails
        return 1


def stat_part(path: str, start: int = 0, stop: int = WHOLE) -> Part:
    try:
        st = os.stat(path)
        return Part(path, start, stop, st.st_size, st.st_mtime_ns)
    except OSError:
        return Part(path, start, stop)  # missing: ingest reports it when the shard reads it


def plan_shards(paths: list[str], per_shard: int = RECORDS_PER_SHARD) -> list[Shard]:
    """Cut inputs into shards of at most `per_shard` records (stdin cannot be sharded)."""
    shards: list[Shard] = []
    pending: list[Part] = []

    def flush() -> None:
        if pending:
            parts = tuple(pending)
            shards.append(Shard(identify(parts), parts, len(parts)))
            pending.clear()

    for path in expand_paths(paths):
        if path == "-":
            raise ValueError("stdin ('-') cannot be sharded; ingest it with the local runner")
        if not (os.path.isfile(path) and is_container(path)):
            pending.append(stat_part(path))
            if len(pending) >= per_shard:
                flush()
            continue
        flush()  # plan order = read order, which merge uses to pick the first copy of a text
        total = count_records(path)
        for start in range(0, max(total, 1), per_shard):
            # the last range reads to the end: a count that is short, or a trailing failure, is not lost
            stop = start + per_shard if start + per_shard < total else WHOLE
            part = stat_part(path, start, stop)
            shards.append(Shard(identify((part,)), (part,), max(1, min(per_shard, total - start))))
    flush()
    return [Shard(s.id, s.parts, s.records, i) for i, s in enumerate(shards)]


def read_shard(shard: Shard, max_bytes: int = MAX_BYTES) -> Iterator[RawDoc | Failure]:
    """The inputs of one shard, in order; record ranges count the items ingest yields."""
    for part in shard.parts:
        items = read_inputs([part.path], max_bytes=max_bytes)
        if part.start == 0 and part.stop == WHOLE:
            yield from items
            continue
        for index, item in enumerate(items):
            if part.stop != WHOLE and index >= part.stop:
                break
            if index >= part.start:
                yield item
