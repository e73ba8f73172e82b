"""Every table's rows, sorted and without load timestamps: compare two stores for equality."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from ..store.db import TABLES

TIMESTAMPS = {"ingested_at", "failed_at"}


def snapshot(db_path: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """{table: sorted rows} for documents, their records, actors and failures."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        tables = {}
        for table in TABLES + ["actors", "failures"]:
            columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall() if c[0] not in TIMESTAMPS]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            tables[table] = sorted(rows, key=repr)
        return tables
    finally:
        con.close()
