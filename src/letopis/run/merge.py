"""Parquet partitions of done shards -> the DuckDB store, in one transaction, idempotently."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..store.db import TABLES, connect, transaction
from .parquet import done_shards, part_path, read_marker

SHARD_OF = r"regexp_extract(filename, 'shard=([0-9a-f]+)\.parquet$', 1)"
# "Which copy wins" (a text in two inputs, an actor in two documents) follows the order the
# local runner reads in: shard ordinal in the plan, then row position inside the shard.
READ_ORDER = "ordinal, row, shard"


def partition_files(out_dir: str | Path, table: str, shards: list[str]) -> list[str]:
    return [str(p) for s in shards if (p := part_path(out_dir, table, s)).exists()]


def merge(out_dir: str | Path, db_path: str | Path, con: duckdb.DuckDBPyConnection | None = None) -> dict[str, int]:
    """Insert every done shard's rows whose doc id is not yet stored; returns counts.

    Only shards with a done marker are read, so a half-written shard never
    reaches the store. Running it twice inserts nothing the second time.
    """
    own = con is None
    con = con or connect(db_path)
    shards = done_shards(out_dir)
    markers = [read_marker(out_dir, s) or {} for s in shards]
    result = {"shards": len(shards), "docs_in_parts": 0, "written": 0, "skipped_existing": 0, "failures": 0}
    try:
        with transaction(con):
            doc_files = partition_files(out_dir, "documents", shards)
            con.execute("CREATE OR REPLACE TEMP TABLE merge_docs "
                        "(id VARCHAR, path VARCHAR, record VARCHAR, shard VARCHAR, ordinal BIGINT, row BIGINT)")
            order = pa.table({"shard": shards, "ordinal": [int(m.get("ordinal", 0)) for m in markers]})  # noqa: F841
            if doc_files:
                # Pick the copy of each new id from the key columns only; texts are read once, below.
                con.execute(f"""
                    INSERT INTO merge_docs
                    SELECT id, path, record, shard, ordinal, row FROM (
                        SELECT p.*, o.ordinal, row_number() OVER (PARTITION BY id ORDER BY {READ_ORDER}) AS rn
                        FROM (SELECT id, path, record, file_row_number AS row, {SHARD_OF} AS shard
                              FROM read_parquet(?, filename = true, file_row_number = true)) p
                        JOIN "order" o USING (shard))
                    WHERE rn = 1 AND id NOT IN (SELECT id FROM documents)""", [doc_files])
                dropped = sum(int(m.get("duplicates", 0)) for m in markers)
                result["docs_in_parts"] = dropped + con.execute(
                    "SELECT count(*) FROM read_parquet(?)", [doc_files]).fetchone()[0]
                result["written"] = con.execute("SELECT count(*) FROM merge_docs").fetchone()[0]
            result["skipped_existing"] = result["docs_in_parts"] - result["written"]
            for table in TABLES:
                files = partition_files(out_dir, table, shards)
                key = "id" if table == "documents" else "doc_id"
                if files:
                    con.execute(f"""
                        INSERT INTO {table} BY NAME
                        SELECT c.* EXCLUDE (filename) FROM read_parquet(?, filename = true, union_by_name = true) c
                        JOIN merge_docs d ON c.{key} = d.id AND {SHARD_OF.replace('filename', 'c.filename')} = d.shard""",
                                [files])
            con.execute("""
                INSERT OR IGNORE INTO actors BY NAME
                SELECT key, name, type, country, code, offices FROM (
                    SELECT e.*, row_number() OVER (PARTITION BY e.key ORDER BY d.ordinal, d.row, d.shard, e.id) AS rn
                    FROM entities e JOIN merge_docs d ON e.doc_id = d.id
                    WHERE e.key IS NOT NULL AND e.key <> '')
                WHERE rn = 1""")
            failure_files = partition_files(out_dir, "failures", shards)
            if failure_files:
                con.execute(f"""
                    INSERT OR REPLACE INTO failures BY NAME
                    SELECT path, record, stage, error, message FROM (
                        SELECT *, {SHARD_OF} AS shard, row_number() OVER (
                            PARTITION BY path, record, stage ORDER BY {SHARD_OF}) AS rn
                        FROM read_parquet(?, filename = true, union_by_name = true))
                    WHERE rn = 1""", [failure_files])
            # As write_docs does: a document now stored clears an old failure of its input.
            con.execute("DELETE FROM failures WHERE (path, record) IN (SELECT path, record FROM merge_docs)")
            result["failures"] = con.execute("SELECT count(*) FROM failures").fetchone()[0]
            con.execute("DROP TABLE merge_docs")
    except duckdb.Error as error:
        raise StoreError(f"merging {out_dir} into {db_path} failed: {error}") from error
    finally:
        if own:
            con.close()
    return result
