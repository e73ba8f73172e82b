"""JSON Lines: one article per line; a bad line is a Failure for that line only."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from letopis.doc import Failure, RawDoc
from letopis.errors import InputError, TooLargeError
from letopis.ingest.decode import decode_bytes
from letopis.ingest.failures import make_failure

_CHUNK = 1 << 20


def iter_jsonl(stream: IO[bytes], path: str, max_bytes: int) -> Iterator[RawDoc | Failure]:
    """Yield a RawDoc per line with 'text' or 'html'; record is the 1-based line number."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        record = str(number)
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_line(stream)
            yield make_failure(path, record, TooLargeError(f"{path}: line {number} is over {max_bytes} bytes"))
            continue
        if not line.strip():
            continue
        try:
            yield parse_line(line, path, record)
        except InputError as error:
            yield make_failure(path, record, error)


def parse_line(line: bytes, path: str, record: str) -> RawDoc:
    """One JSONL line to a RawDoc, or InputError saying what is wrong with it."""
    try:
        text, encoding = decode_bytes(line.strip())
        item = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: line {record} is not valid JSON ({error.msg} at column {error.colno})") from None
    except InputError as error:
        raise type(error)(f"{path}: line {record}: {error}") from None
    if not isinstance(item, dict):
        raise InputError(f"{path}: line {record} is a JSON {type(item).__name__}, not an object")
    body_text, body_html = item.get("text"), item.get("html")
    if not isinstance(body_text, str) and not isinstance(body_html, str):
        raise InputError(f"{path}: line {record} has no 'text' or 'html' string")
    return RawDoc(
        text=body_text if isinstance(body_text, str) and not isinstance(body_html, str) else "",
        html=body_html if isinstance(body_html, str) else "",
        path=path,
        record=record,
        url=_str(item.get("url")),
        title=_str(item.get("title")),
        published=_str(item.get("published") or item.get("date")),
        encoding=encoding,
        format="jsonl",
    )


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _skip_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return
