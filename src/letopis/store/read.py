"""Reads for the CLI: summaries, entity and event listings with filters."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from ..errors import LetopisError


@dataclass(slots=True)
class EventFilter:
    actor: str | None = None        # name substring on either side
    pair: str | None = None         # 'KAZ-AZE': either direction
    code: str | None = None         # CAMEO prefix: '04', '042'
    quad_class: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    modality: str | None = None
    doc: str | None = None


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
        return con.execute(f"""
            SELECT name, country, count(DISTINCT doc_id) AS docs FROM entities WHERE {where}
            GROUP BY name, country ORDER BY docs DESC, name LIMIT ?""", [limit]).fetchall()
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


def find_events(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int = 100) -> list[dict[str, Any]]:
    """Events matching every given filter, newest first."""
    where, params = ["TRUE"], []
    if flt.actor:
        where.append("(source_name ILIKE '%' || ? || '%' OR target_name ILIKE '%' || ? || '%')")
        params += [flt.actor, flt.actor]
    if flt.pair:
        parts = flt.pair.upper().split("-")
        if len(parts) != 2:
            raise LetopisError(f"--pair wants two country codes like KAZ-AZE, got {flt.pair!r}")
        where.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
        params += [parts[0], parts[1], parts[1], parts[0]]
    if flt.code:
        where.append("cameo LIKE ? || '%'")
        params.append(flt.code)
    if flt.quad_class:
        where.append("quad_class = ?")
        params.append(flt.quad_class)
    if flt.date_from:
        where.append("coalesce(date, published) >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        where.append("coalesce(date, published) <= ? || '~'")
        params.append(flt.date_to)
    if flt.modality:
        where.append("modality = ?")
        params.append(flt.modality)
    if flt.doc:
        where.append("doc_id LIKE ? || '%'")
        params.append(flt.doc)
    cursor = con.execute(f"""
        SELECT doc_id, cameo, quad_class, goldstein, plover, source_name, source_country, target_name,
               target_country, date, location, modality, confidence, evidence
        FROM events WHERE {' AND '.join(where)}
        ORDER BY coalesce(date, published) DESC NULLS LAST, doc_id, i LIMIT ?""", params + [limit])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
