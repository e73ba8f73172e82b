"""Doc -> flat rows, one list per table: the single mapping used by DuckDB and Parquet."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..doc import Doc, Event, Failure

DOCUMENT_COLUMNS = [
    "id", "title", "author", "published", "outlet", "url", "cited_sources", "photo_credit",
    "path", "record", "encoding", "format", "raw_chars", "text",
]


def event_row(doc_id: str, index: int, event: Event) -> dict[str, Any]:
    """One event flattened: the actors become source_* / target_* columns."""
    row = asdict(event)
    for side in ("source", "target"):
        actor = row.pop(side) or {}
        row[f"{side}_name"] = actor.get("name")
        row[f"{side}_country"] = actor.get("country")
        row[f"{side}_code"] = actor.get("code")
        row[f"{side}_entity"] = actor.get("entity", -1) if actor else -1
        row[f"{side}_start"] = actor.get("start", -1) if actor else -1
        row[f"{side}_stop"] = actor.get("stop", -1) if actor else -1
    row["published"] = None
    return {"doc_id": doc_id, "i": index, **row}


def rows_of(doc: Doc) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one document."""
    document = {name: getattr(doc, name) for name in DOCUMENT_COLUMNS}
    tables: dict[str, list[dict[str, Any]]] = {"documents": [document]}
    tables["sentences"] = [
        {"doc_id": doc.id, "i": i, **asdict(s)} for i, s in enumerate(doc.sentences)
    ]
    tables["mentions"] = [
        {"doc_id": doc.id, "i": i, **asdict(m)} for i, m in enumerate(doc.mentions)
    ]
    tables["entities"] = [{"doc_id": doc.id, **asdict(e)} for e in doc.entities]
    events = []
    for i, event in enumerate(doc.events):
        row = event_row(doc.id, i, event)
        row["published"] = doc.published
        events.append(row)
    tables["events"] = events
    tables["quotes"] = [{"doc_id": doc.id, "i": i, **asdict(q)} for i, q in enumerate(doc.quotes)]
    tables["facts"] = [
        {"doc_id": doc.id, "i": i, "type": f.type,
         "args": json.dumps([list(a) for a in f.args], ensure_ascii=False)}
        for i, f in enumerate(doc.facts)
    ]
    return tables


def failure_row(failure: Failure) -> dict[str, Any]:
    return asdict(failure)
