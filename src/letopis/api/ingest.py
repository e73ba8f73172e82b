"""Ingest request bodies (JSON or multipart) -> RawDoc items, each with its own error if unreadable."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import FormData, UploadFile

from ..doc import RawDoc
from ..errors import LetopisError

FIELDS = ("url", "title", "published")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(slots=True)
class IngestItem:
    label: str                          # what the response calls this item: a file name or 'item 1'
    raw: RawDoc | None = None
    error: tuple[str, str] | None = None  # (error type, message) when it could not even be read


def raw_from_fields(label: str, fields: dict[str, Any]) -> IngestItem:
    """One {text|html, url?, title?, published?} object -> an item."""
    text, html = fields.get("text") or "", fields.get("html") or ""
    if not isinstance(text, str) or not isinstance(html, str):
        return IngestItem(label, error=("InputError", "text and html must be strings"))
    if not text.strip() and not html.strip():
        return IngestItem(label, error=("InputError", "give a non-empty 'text' or 'html'"))
    extra = {k: str(fields[k]) for k in FIELDS if fields.get(k) not in (None, "")}
    raw = RawDoc(text=text, html=html, path="api", record=label, format="html" if html and not text else "text",
                 **extra)
    return IngestItem(label, raw)


def items_from_json(body: bytes) -> list[IngestItem]:
    """A JSON object, or a list of them, as items; unparseable JSON is one error item."""
    try:
        data = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError) as error:
        return [IngestItem("body", error=("InputError", f"body is not valid JSON: {error}"))]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        return [IngestItem("body", error=("InputError", "JSON body must be an object or a list of objects"))]
    items = []
    for n, entry in enumerate(data, 1):
        if isinstance(entry, dict):
            items.append(raw_from_fields(f"item {n}", entry))
        else:
            items.append(IngestItem(f"item {n}", error=("InputError", "each item must be a JSON object")))
    return items


async def items_from_form(form: FormData) -> list[IngestItem]:
    """Uploaded files (any field) plus an optional pasted text/html with its url/title/published."""
    from ..ingest.decode import decode_bytes  # the project's decoder: BOM, UTF-8, Cyrillic code pages

    items: list[IngestItem] = []
    fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
    if (fields.get("text") or "").strip() or (fields.get("html") or "").strip():
        items.append(raw_from_fields("pasted text", fields))
    for _, value in form.multi_items():
        if not isinstance(value, UploadFile) or not value.filename:
            continue
        name = value.filename
        data = await value.read()
        try:
            text, encoding = decode_bytes(data)
        except LetopisError as error:
            items.append(IngestItem(name, error=(type(error).__name__, f"{name}: {error}")))
            continue
        is_html = name.lower().endswith(HTML_SUFFIXES) or (value.content_type or "").startswith("text/html")
        raw = RawDoc(text="" if is_html else text, html=text if is_html else "", path=name, record="",
                     encoding=encoding, format="html" if is_html else "text",
                     published=fields.get("published", ""))
        items.append(IngestItem(name, raw))
    return items
