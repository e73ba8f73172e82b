"""Read queries over the letopis database: plain functions `(con, filters) -> dicts`.

Every user value reaches SQL as a bound parameter; only whitelisted column
expressions (sort orders, periods) are formatted into the SQL text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

MAX_LIMIT = 1000
SORTS = {
    "date": "coalesce(e.date, e.published) ASC NULLS LAST, e.doc_id, e.i",
    "-date": "coalesce(e.date, e.published) DESC NULLS LAST, e.doc_id, e.i",
    "goldstein": "e.goldstein ASC NULLS LAST, e.doc_id, e.i",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.doc_id, e.i",
    "cameo": "e.cameo ASC NULLS LAST, e.doc_id, e.i",
}
PERIODS = {"day": "day", "week": "week", "month": "month"}
EVENT_DAY = "try_cast(left(coalesce(e.date, e.published), 10) AS DATE)"
_COUNTRY = re.compile(r"^[A-Za-z][A-Za-z0-9:_ .-]{1,40}$")


class FilterError(ValueError):
    """A query parameter that cannot be used; the message says which and why."""


@dataclass(slots=True)
class Page:
    limit: int = 50
    offset: int = 0


@dataclass(slots=True)
class EventFilters:
    actor: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    pair: tuple[str, str] | None = None
    cameo: str | None = None
    root: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    doc_id: str | None = None
    sort: str = "date"


# ---- parsing user input ---------------------------------------------------------------

def blank(value: str | None) -> str | None:
    """Empty form fields count as absent."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def parse_int(name: str, value: str | None, low: int, high: int, default: int | None) -> int | None:
    value = blank(value)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise FilterError(f"{name} must be an integer, got {value!r}") from None
    if not low <= number <= high:
        raise FilterError(f"{name} must be between {low} and {high}, got {number}")
    return number


def parse_page(limit: str | None, offset: str | None, default_limit: int = 50) -> Page:
    return Page(parse_int("limit", limit, 1, MAX_LIMIT, default_limit),
                parse_int("offset", offset, 0, 10**9, 0))


def parse_date(name: str, value: str | None) -> str | None:
    value = blank(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise FilterError(f"{name} must be an ISO date YYYY-MM-DD, got {value!r}") from None


def parse_country(name: str, value: str | None) -> str | None:
    value = blank(value)
    if value is None:
        return None
    if not _COUNTRY.match(value):
        raise FilterError(f"{name} must be a country code like KAZ, got {value!r}")
    return value.upper() if len(value) == 3 else value


def parse_pair(value: str | None) -> tuple[str, str] | None:
    value = blank(value)
    if value is None:
        return None
    parts = value.split("-")
    if len(parts) != 2 or not all(re.fullmatch(r"[A-Za-z]{3}", p) for p in parts):
        raise FilterError(f"pair must look like KAZ-AZE (two ISO3 codes), got {value!r}")
    return parts[0].upper(), parts[1].upper()


def parse_event_filters(params: dict[str, str | None]) -> EventFilters:
    """Validate the event filters of /api/events and the explorer page."""
    cameo = blank(params.get("cameo"))
    if cameo is not None and not re.fullmatch(r"\d{1,4}", cameo):
        raise FilterError(f"cameo must be 1-4 digits (a root like 04 or a code like 042), got {cameo!r}")
    root = blank(params.get("root"))
    if root is not None and not re.fullmatch(r"\d{2}", root):
        raise FilterError(f"root must be two digits like 04, got {root!r}")
    sort = blank(params.get("sort")) or "date"
    if sort not in SORTS:
        raise FilterError(f"sort must be one of {', '.join(SORTS)}, got {sort!r}")
    filters = EventFilters(
        actor=blank(params.get("actor")),
        source_country=parse_country("source_country", params.get("source_country")),
        target_country=parse_country("target_country", params.get("target_country")),
        pair=parse_pair(params.get("pair")),
        cameo=cameo, root=root,
        quad_class=parse_int("quad_class", params.get("quad_class"), 1, 4, None),
        modality=blank(params.get("modality")),
        date_from=parse_date("date_from", params.get("date_from")),
        date_to=parse_date("date_to", params.get("date_to")),
        doc_id=blank(params.get("doc_id")),
        sort=sort,
    )
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise FilterError(f"date_from {filters.date_from} is after date_to {filters.date_to}")
    return filters


def like(value: str) -> str:
    """An ILIKE pattern matching value anywhere, with its own % and _ taken literally."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# ---- helpers -----------------------------------------------------------------------------

def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def fetch_one(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> dict[str, Any] | None:
    rows = fetch_dicts(con, sql, params)
    return rows[0] if rows else None


# ---- documents ------------------------------------------------------------------------------

def list_documents(con: duckdb.DuckDBPyConnection, q: str | None, page: Page) -> dict[str, Any]:
    """Documents newest first; q searches title and text (ILIKE)."""
    where, params = "", []
    if q:
        where = "WHERE d.title ILIKE ? ESCAPE '\\' OR d.text ILIKE ? ESCAPE '\\'"
        params = [like(q), like(q)]
    total = con.execute(f"SELECT count(*) FROM documents d {where}", params).fetchone()[0]
    rows = fetch_dicts(con, f"""
        SELECT d.id, d.title, d.published, d.outlet, d.url, length(d.text) AS chars,
               (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events
        FROM documents d {where}
        ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?""", params + [page.limit, page.offset])
    return {"total": total, "limit": page.limit, "offset": page.offset, "documents": rows}


def get_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """One document with its entities, mentions, events and quotes; None when unknown."""
    doc = fetch_one(con, """SELECT id, title, author, published, outlet, url, cited_sources, photo_credit,
                            path, record, encoding, format, raw_chars, text FROM documents WHERE id = ?""", [doc_id])
    if doc is None:
        return None
    doc["entities"] = fetch_dicts(con, "SELECT id, type, name, country, code, offices, aliases, key "
                                       "FROM entities WHERE doc_id = ? ORDER BY id", [doc_id])
    doc["mentions"] = fetch_dicts(con, "SELECT i, start, stop, text, type, entity, kind, normal "
                                       "FROM mentions WHERE doc_id = ? ORDER BY start, i", [doc_id])
    doc["events"] = fetch_dicts(con, "SELECT * EXCLUDE (doc_id) FROM events WHERE doc_id = ? ORDER BY i", [doc_id])
    doc["quotes"] = fetch_dicts(con, "SELECT i, start, stop, text, speaker, speaker_entity, cue "
                                     "FROM quotes WHERE doc_id = ? ORDER BY start, i", [doc_id])
    doc["sentences"] = fetch_dicts(con, "SELECT i, start, stop FROM sentences WHERE doc_id = ? ORDER BY i", [doc_id])
    return doc


# ---- entities and actors -----------------------------------------------------------------

def list_entities(con: duckdb.DuckDBPyConnection, q: str | None, type_: str | None,
                  country: str | None, page: Page) -> dict[str, Any]:
    """Entities grouped across documents by key (or name when unkeyed), most frequent first."""
    conds, params = [], []
    if q:
        conds.append("name ILIKE ? ESCAPE '\\'")
        params.append(like(q))
    if type_:
        conds.append("upper(type) = upper(?)")
        params.append(type_)
    if country:
        conds.append("country = ?")
        params.append(country)
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    grouped = f"""
        SELECT coalesce(nullif(key, ''), name) AS ident, nullif(key, '') AS key, any_value(name) AS name,
               type, country, count(DISTINCT doc_id) AS documents
        FROM entities {where} GROUP BY ident, key, type, country"""
    total = con.execute(f"SELECT count(*) FROM ({grouped})", params).fetchone()[0]
    rows = fetch_dicts(con, f"SELECT key, name, type, country, documents FROM ({grouped}) "
                            f"ORDER BY documents DESC, name LIMIT ? OFFSET ?", params + [page.limit, page.offset])
    return {"total": total, "limit": page.limit, "offset": page.offset, "entities": rows}


def list_actors(con: duckdb.DuckDBPyConnection, q: str | None, country: str | None, page: Page) -> dict[str, Any]:
    """Cross-document actors with their document counts."""
    conds, params = [], []
    if q:
        conds.append("a.name ILIKE ? ESCAPE '\\'")
        params.append(like(q))
    if country:
        conds.append("a.country = ?")
        params.append(country)
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    total = con.execute(f"SELECT count(*) FROM actors a {where}", params).fetchone()[0]
    rows = fetch_dicts(con, f"""
        SELECT a.key, a.name, a.type, a.country, a.code, a.offices,
               (SELECT count(DISTINCT doc_id) FROM entities en WHERE en.key = a.key) AS documents
        FROM actors a {where} ORDER BY documents DESC, a.name LIMIT ? OFFSET ?""",
                       params + [page.limit, page.offset])
    return {"total": total, "limit": page.limit, "offset": page.offset, "actors": rows}


def get_actor(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any] | None:
    """An actor's profile: offices, countries, monthly mentions and event partners."""
    actor = fetch_one(con, "SELECT key, name, type, country, code, offices FROM actors WHERE key = ?", [key])
    if actor is None:
        return None
    offices = con.execute("""SELECT DISTINCT unnest(offices) AS o FROM entities WHERE key = ? ORDER BY o""",
                          [key]).fetchall()
    actor["offices"] = sorted(set(actor["offices"] or []) | {row[0] for row in offices})
    countries = con.execute("SELECT DISTINCT country FROM entities WHERE key = ? AND country IS NOT NULL "
                            "ORDER BY country", [key]).fetchall()
    actor["countries"] = [row[0] for row in countries]
    actor["names"] = [row[0] for row in con.execute(
        "SELECT DISTINCT m.text FROM mentions m JOIN entities en ON en.doc_id = m.doc_id AND en.id = m.entity "
        "WHERE en.key = ? ORDER BY 1", [key]).fetchall()]
    actor["mentions_by_month"] = fetch_dicts(con, """
        SELECT strftime(try_cast(left(d.published, 10) AS DATE), '%Y-%m') AS month,
               count(*) AS mentions, count(DISTINCT d.id) AS documents
        FROM mentions m
        JOIN entities en ON en.doc_id = m.doc_id AND en.id = m.entity
        JOIN documents d ON d.id = m.doc_id
        WHERE en.key = ? GROUP BY month ORDER BY month NULLS LAST""", [key])
    actor["partners"] = fetch_dicts(con, """
        WITH sides AS (
            SELECT e.doc_id, e.goldstein, e.target_name AS name, e.target_country AS country,
                   tk.key AS key, 'source' AS role
            FROM events e
            JOIN entities me ON me.doc_id = e.doc_id AND me.id = e.source_entity AND me.key = ?
            LEFT JOIN entities tk ON tk.doc_id = e.doc_id AND tk.id = e.target_entity
            UNION ALL
            SELECT e.doc_id, e.goldstein, e.source_name, e.source_country, sk.key, 'target'
            FROM events e
            JOIN entities me ON me.doc_id = e.doc_id AND me.id = e.target_entity AND me.key = ?
            LEFT JOIN entities sk ON sk.doc_id = e.doc_id AND sk.id = e.source_entity
        )
        SELECT nullif(key, '') AS key, any_value(name) AS name, country, count(*) AS events,
               count(*) FILTER (WHERE role = 'source') AS as_source,
               count(*) FILTER (WHERE role = 'target') AS as_target,
               round(avg(goldstein), 2) AS goldstein_mean
        FROM sides WHERE name IS NOT NULL
        GROUP BY coalesce(nullif(key, ''), name), nullif(key, ''), country
        ORDER BY events DESC, name""", [key, key])
    return actor


# ---- events ----------------------------------------------------------------------------------

def event_where(f: EventFilters) -> tuple[str, list[Any]]:
    conds, params = [], []
    if f.actor:
        conds.append("(e.source_name ILIKE ? ESCAPE '\\' OR e.target_name ILIKE ? ESCAPE '\\')")
        params += [like(f.actor), like(f.actor)]
    if f.source_country:
        conds.append("e.source_country = ?")
        params.append(f.source_country)
    if f.target_country:
        conds.append("e.target_country = ?")
        params.append(f.target_country)
    if f.pair:
        a, b = f.pair
        conds.append("((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))")
        params += [a, b, b, a]
    if f.cameo:
        conds.append("starts_with(e.cameo, ?)")
        params.append(f.cameo)
    if f.root:
        conds.append("coalesce(nullif(e.root, ''), left(e.cameo, 2)) = ?")
        params.append(f.root)
    if f.quad_class is not None:
        conds.append("e.quad_class = ?")
        params.append(f.quad_class)
    if f.modality:
        conds.append("lower(e.modality) = lower(?)")
        params.append(f.modality)
    if f.date_from:
        conds.append(f"{EVENT_DAY} >= CAST(? AS DATE)")
        params.append(f.date_from)
    if f.date_to:
        conds.append(f"{EVENT_DAY} <= CAST(? AS DATE)")
        params.append(f.date_to)
    if f.doc_id:
        conds.append("e.doc_id = ?")
        params.append(f.doc_id)
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


def list_events(con: duckdb.DuckDBPyConnection, f: EventFilters, page: Page) -> dict[str, Any]:
    """Events matching the filters, with their document's title."""
    where, params = event_where(f)
    total = con.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]
    rows = fetch_dicts(con, f"""
        SELECT e.*, coalesce(e.date, e.published) AS day, d.title
        FROM events e LEFT JOIN documents d ON d.id = e.doc_id
        {where} ORDER BY {SORTS[f.sort]} LIMIT ? OFFSET ?""", params + [page.limit, page.offset])
    return {"total": total, "limit": page.limit, "offset": page.offset, "sort": f.sort, "events": rows}


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str, kind: str,
         date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
    """Events between a and b (either direction) per period: counts by QuadClass, mean Goldstein."""
    if kind == "country":
        cond = ("((e.source_country = ? AND e.target_country = ?) OR "
                "(e.source_country = ? AND e.target_country = ?))")
        params: list[Any] = [a, b, b, a]
    else:
        cond = ("((e.source_name ILIKE ? ESCAPE '\\' AND e.target_name ILIKE ? ESCAPE '\\') OR "
                "(e.source_name ILIKE ? ESCAPE '\\' AND e.target_name ILIKE ? ESCAPE '\\'))")
        params = [like(a), like(b), like(b), like(a)]
    if date_from:
        cond += f" AND {EVENT_DAY} >= CAST(? AS DATE)"
        params.append(date_from)
    if date_to:
        cond += f" AND {EVENT_DAY} <= CAST(? AS DATE)"
        params.append(date_to)
    unit = PERIODS[by]
    rows = fetch_dicts(con, f"""
        SELECT strftime(date_trunc('{unit}', {EVENT_DAY}), '%Y-%m-%d') AS period,
               count(*) AS total,
               count(*) FILTER (WHERE e.quad_class = 1) AS q1,
               count(*) FILTER (WHERE e.quad_class = 2) AS q2,
               count(*) FILTER (WHERE e.quad_class = 3) AS q3,
               count(*) FILTER (WHERE e.quad_class = 4) AS q4,
               round(avg(e.goldstein), 2) AS goldstein_mean
        FROM events e WHERE {cond}
        GROUP BY period ORDER BY period NULLS LAST""", params)
    return {"a": a, "b": b, "by": by, "kind": kind, "total": sum(r["total"] for r in rows), "periods": rows}


def network(con: duckdb.DuckDBPyConnection, level: str, date_from: str | None, date_to: str | None,
            limit: int = 200) -> dict[str, Any]:
    """Who acts on whom: nodes with event counts and directed edges weighted by event count."""
    if level == "country":
        src, tgt = "e.source_country", "e.target_country"
        src_label, tgt_label = src, tgt
        joins = ""
    else:
        src = "coalesce(nullif(sk.key, ''), e.source_name)"
        tgt = "coalesce(nullif(tk.key, ''), e.target_name)"
        src_label, tgt_label = "e.source_name", "e.target_name"
        joins = ("LEFT JOIN entities sk ON sk.doc_id = e.doc_id AND sk.id = e.source_entity "
                 "LEFT JOIN entities tk ON tk.doc_id = e.doc_id AND tk.id = e.target_entity")
    conds, params = [f"{src} IS NOT NULL", f"{tgt} IS NOT NULL"], []
    if date_from:
        conds.append(f"{EVENT_DAY} >= CAST(? AS DATE)")
        params.append(date_from)
    if date_to:
        conds.append(f"{EVENT_DAY} <= CAST(? AS DATE)")
        params.append(date_to)
    edges = fetch_dicts(con, f"""
        SELECT {src} AS source, {tgt} AS target, any_value({src_label}) AS source_label,
               any_value({tgt_label}) AS target_label, count(*) AS weight,
               round(avg(e.goldstein), 2) AS goldstein_mean
        FROM events e {joins} WHERE {' AND '.join(conds)}
        GROUP BY source, target ORDER BY weight DESC, source, target LIMIT ?""", params + [limit])
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for side in ("source", "target"):
            node = nodes.setdefault(edge[side], {"id": edge[side], "label": edge[f"{side}_label"], "events": 0})
            node["events"] += edge["weight"]
    for edge in edges:
        del edge["source_label"], edge["target_label"]
    ordered = sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))
    return {"level": level, "date_from": date_from, "date_to": date_to, "nodes": ordered, "edges": edges}


def countries(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every country code that appears on an event side, for the dyad form."""
    rows = con.execute("""SELECT DISTINCT c FROM (SELECT source_country AS c FROM events UNION
                          SELECT target_country FROM events) WHERE c IS NOT NULL ORDER BY c""").fetchall()
    return [row[0] for row in rows]
