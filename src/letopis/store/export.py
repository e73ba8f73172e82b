"""`letopis export`: database tables as Parquet, JSON Lines, CSV, or a GDELT 2.0 event table.

Parquet, JSON Lines and CSV are written by DuckDB's COPY ... TO (streaming, no Python rows);
the GDELT table is built in export_gdelt. Formats and mappings: docs/export.md.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from ..errors import StoreError
from .db import connect
from .export_gdelt import DEFAULT_MODALITIES, write_gdelt

FORMATS = ("parquet", "jsonl", "csv", "gdelt")
DEFAULT_TABLES = ("documents", "actors", "events", "quotes")
# Every table the schema has, with the order that makes exports reproducible.
TABLE_ORDER = {
    "documents": "id", "actors": "key", "events": "doc_id, i", "quotes": "doc_id, i",
    "sentences": "doc_id, i", "mentions": "doc_id, i", "entities": "doc_id, id",
    "facts": "doc_id, i", "failures": "path, record, stage",
}
COPY_OPTIONS = {
    "parquet": ("parquet", "FORMAT PARQUET, COMPRESSION ZSTD"),
    "jsonl": ("jsonl", "FORMAT JSON"),  # newline-delimited: one object per line
    "csv": ("csv", "FORMAT CSV, HEADER TRUE"),
}


def sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export(db_path: str, out_dir: str, fmt: str,
           tables: Iterable[str] = DEFAULT_TABLES, *, gdelt_header: bool = False,
           modalities: Iterable[str] | None = DEFAULT_MODALITIES,
           added: datetime | None = None) -> dict[str, str]:
    """Write tables of the database at db_path into out_dir as fmt; returns table -> file path.

    fmt 'gdelt' writes only the events, as events.gdelt.tsv (+ events.gdelt.header.tsv);
    `gdelt_header`, `modalities` (None = all) and `added` (DATEADDED) apply to it alone.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    tables = list(tables)
    unknown = [t for t in tables if t not in TABLE_ORDER]
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; known: {', '.join(TABLE_ORDER)}")
    if not Path(db_path).is_file():
        raise StoreError(f"no database at {db_path}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    con = connect(db_path, read_only=True)
    try:
        if fmt == "gdelt":
            if "events" not in tables:
                return {}
            return write_gdelt(con, out, header=gdelt_header, modalities=modalities, added=added)
        suffix, options = COPY_OPTIONS[fmt]
        written: dict[str, str] = {}
        for table in tables:
            path = out / f"{table}.{suffix}"
            con.execute(f"COPY (SELECT * FROM {table} ORDER BY {TABLE_ORDER[table]}) "
                        f"TO {sql_string(str(path))} ({options})")
            written[table] = str(path)
        return written
    finally:
        con.close()
