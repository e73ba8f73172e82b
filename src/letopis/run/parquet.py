"""Parquet partitions: out_dir/<table>/shard=<id>.parquet, written atomically, plus done markers."""
from __future__ import annotations

import json
import os
import uuid
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from ..store.db import TABLES, schema_sql

PART_TABLES = TABLES + ["failures"]
DONE_DIR = "_done"
DEFAULTED = {"ingested_at", "failed_at"}  # filled by DuckDB on insert, not stored in Parquet


@cache
def table_schema(table: str) -> pa.Schema:
    """The Arrow schema of a store table (from schema.sql), so every partition has the same columns."""
    con = duckdb.connect(":memory:")
    con.execute(schema_sql())
    schema = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
    con.close()
    keep = [f for f in schema if f.name not in DEFAULTED]
    return pa.schema(keep)


def part_path(out_dir: str | Path, table: str, shard_id: str) -> Path:
    return Path(out_dir) / table / f"shard={shard_id}.parquet"


def marker_path(out_dir: str | Path, shard_id: str) -> Path:
    return Path(out_dir) / DONE_DIR / f"shard={shard_id}.json"


def replace_atomically(path: Path, write) -> None:
    """Write through a temp name in the same directory, fsync, then rename: readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    try:  # make the rename itself durable (power cut); not possible on every platform
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def write_partition(out_dir: str | Path, table: str, shard_id: str, rows: list[dict[str, Any]]) -> Path:
    """One table's rows of one shard (an empty file when there are none, so the schema is always there)."""
    schema = table_schema(table)
    data = pa.Table.from_pylist(rows, schema=schema)
    path = part_path(out_dir, table, shard_id)
    replace_atomically(path, lambda tmp: pq.write_table(data, tmp))
    return path


def write_marker(out_dir: str | Path, shard_id: str, summary: dict[str, Any]) -> None:
    """Written last: a shard is done only when its marker exists."""
    text = json.dumps(summary, ensure_ascii=False, sort_keys=True)
    replace_atomically(marker_path(out_dir, shard_id), lambda tmp: tmp.write_text(text, "utf-8"))


def read_marker(out_dir: str | Path, shard_id: str) -> dict[str, Any] | None:
    path = marker_path(out_dir, shard_id)
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def done_shards(out_dir: str | Path) -> list[str]:
    """Ids of every shard whose marker exists, sorted."""
    folder = Path(out_dir) / DONE_DIR
    if not folder.is_dir():
        return []
    return sorted(p.name[len("shard="):-len(".json")] for p in folder.glob("shard=*.json"))
