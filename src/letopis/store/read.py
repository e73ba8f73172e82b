"""Reads for the CLI: summaries and entity listings (events go through letopis.api.queries)."""
from __future__ import annotations

from typing import Any

import duckdb

from ..errors import LetopisError


def resolve_doc_id(con: duckdb.DuckDBPyConnection, key: str) -> str:
    """A document by id, id prefix or path; a clear error when none or several match."""
    rows = con.execute("SELECT id FROM documents WHERE id = ? OR id LIKE ? || '%' OR path = ? LIMIT 3",
                       [key, key, key]).fetchall()
    if not rows:
        raise LetopisError(f"no document {key!r} in the database")
    if len(rows) > 1:
        raise LetopisError(f"{key!r} matches several documents; give more of the id")
    return rows[0][0]


def summary(con: duckdb.DuckDBPyConnection, limit: int = 30) -> dict[str, Any]:
    """Documents, people with offices and countries, states, organisations, places."""
    documents = con.execute(
        "SELECT id, title, published, author, outlet FROM documents ORDER BY published NULLS LAST, title").fetchall()
    people = con.execute("""
        SELECT name, country, mode(code) AS code, list_distinct(flatten(list(offices))) AS offices,
               count(DISTINCT doc_id) AS docs
        FROM entities WHERE type = 'PER' AND country IS NOT NULL
        GROUP BY name, country ORDER BY docs DESC, name LIMIT ?""", [limit]).fetchall()
    def by_type(where: str) -> list[tuple]:
        # an international organisation is one actor whatever a text calls it ('ШОС' or its
        # full name): grouped by its key, shown by its most frequent name
        return con.execute(f"""
            SELECT mode(name) AS name, country, count(DISTINCT doc_id) AS docs FROM entities WHERE {where}
            GROUP BY CASE WHEN key LIKE 'IGO:%' THEN key ELSE name END, country
            ORDER BY docs DESC, name LIMIT ?""", [limit]).fetchall()
    return {
        "documents": documents,
        "people": people,
        "states": by_type("type = 'GPE' AND key = country"),
        "organisations": by_type("type = 'ORG'"),
        "places": by_type("(type = 'LOC') OR (type = 'GPE' AND key <> country)"),
        "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
        "quotes": con.execute("SELECT count(*) FROM quotes").fetchone()[0],
        "failures": con.execute("SELECT path, record, error, message FROM failures ORDER BY path").fetchall(),
    }


def find_entities(con: duckdb.DuckDBPyConnection, type_: str | None = None, country: str | None = None,
                  name: str | None = None, limit: int = 100) -> list[tuple]:
    """Entities across documents, grouped by name and country, with their offices."""
    where, params = ["TRUE"], []
    if type_:
        where.append("type = ?")
        params.append(type_.upper())
    if country:
        where.append("country = ?")
        params.append(country.upper() if ":" not in country else country)
    if name:
        where.append("(name ILIKE '%' || ? || '%' OR list_contains(aliases, ?))")
        params += [name, name]
    return con.execute(f"""
        SELECT type, name, country, mode(code) AS code, list_distinct(flatten(list(offices))) AS offices,
               count(DISTINCT doc_id) AS docs
        FROM entities WHERE {' AND '.join(where)}
        GROUP BY type, name, country ORDER BY docs DESC, name LIMIT ?""", params + [limit]).fetchall()
