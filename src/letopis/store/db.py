"""The DuckDB store: schema, transactional idempotent writes, simple reads."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..doc import Doc, Failure
from ..errors import StoreError
from .rows import failure_row, rows_of

TABLES = ["documents", "sentences", "mentions", "entities", "events", "quotes", "facts"]
DEFAULT_PATH = "letopis.duckdb"


def schema_sql() -> str:
    return resources.files("letopis.store").joinpath("schema.sql").read_text("utf-8")


def connect(path: str | Path = DEFAULT_PATH, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database (creating the schema when writable)."""
    try:
        if read_only:
            return duckdb.connect(str(path), read_only=True)
        con = duckdb.connect(str(path))
        con.execute(schema_sql())
        return con
    except duckdb.Error as error:
        raise StoreError(f"cannot open database {path}: {error}") from error


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]],
                mode: str = "INSERT") -> None:
    """Bulk insert dicts by column name through Arrow (fast, no per-row round trips)."""
    if not rows:
        return
    batch = pa.Table.from_pylist(rows)  # noqa: F841 - read by name in the SQL below
    con.execute(f"{mode} INTO {table} BY NAME SELECT * FROM batch")


def actor_rows(doc: Doc) -> list[dict[str, Any]]:
    """Entities that are actors (have a key), as cross-document actor rows."""
    return [
        {"key": e.key, "name": e.name, "type": e.type, "country": e.country,
         "code": e.code, "offices": e.offices}
        for e in doc.entities if e.key
    ]


def existing_ids(con: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    found = con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
    return {row[0] for row in found}


def write_docs(con: duckdb.DuckDBPyConnection, docs: Iterable[Doc]) -> tuple[int, int]:
    """Write documents with all their records in one transaction; known ids are skipped.

    Returns (written, skipped). Rerunning with the same documents writes nothing.
    """
    docs = list(docs)
    known = existing_ids(con, [d.id for d in docs])
    fresh: dict[str, Doc] = {}
    for doc in docs:
        if doc.id not in known and doc.id not in fresh:
            fresh[doc.id] = doc
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    actors: dict[str, dict[str, Any]] = {}
    for doc in fresh.values():
        for name, rows in rows_of(doc).items():
            tables[name].extend(rows)
        for row in actor_rows(doc):
            actors.setdefault(row["key"], row)
    try:
        with transaction(con):
            for name in TABLES:
                insert_rows(con, name, tables[name])
            insert_rows(con, "actors", list(actors.values()), mode="INSERT OR IGNORE")
            for doc in fresh.values():
                con.execute("DELETE FROM failures WHERE path = ? AND record = ?", [doc.path, doc.record])
    except duckdb.Error as error:
        raise StoreError(f"writing {len(fresh)} documents failed: {error}") from error
    return len(fresh), len(docs) - len(fresh)


def write_failures(con: duckdb.DuckDBPyConnection, failures: Iterable[Failure]) -> int:
    """Record failures; the same (path, record, stage) is replaced, never duplicated."""
    rows = [failure_row(f) for f in failures]
    with transaction(con):
        insert_rows(con, "failures", rows, mode="INSERT OR REPLACE")
    return len(rows)


def has_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> bool:
    return bool(existing_ids(con, [doc_id]))


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every table, for summaries and tests."""
    names = TABLES + ["actors", "failures"]
    return {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
