"""WARC and WARC.gz: the HTML responses inside, one RawDoc each.

warcio stops quietly on a truncated archive (it yields a short last record or
none), so we check ourselves: a record whose body ends early, or bytes left
over after the last whole record, mean the archive was cut.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from letopis.doc import Failure, RawDoc
from letopis.errors import InputError, TooLargeError
from letopis.ingest.decode import decode_bytes
from letopis.ingest.failures import make_failure

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(stream: IO[bytes], path: str, size: int | None, max_bytes: int) -> Iterator[RawDoc | Failure]:
    """Yield a RawDoc per HTML response (or resource) record, and a Failure for what could not be read."""
    from warcio.archiveiterator import ArchiveIterator

    read = 0
    end = 0
    last_id = ""
    iterator = ArchiveIterator(stream)
    try:
        for record in iterator:
            record_id = record.rec_headers.get_header("WARC-Record-ID") or f"offset {iterator.get_record_offset()}"
            if record.rec_type not in ("response", "resource") or not _is_html(record):
                iterator.read_to_end(record)
                end = iterator.get_record_offset() + iterator.get_record_length()
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                iterator.read_to_end(record)
                end = iterator.get_record_offset() + iterator.get_record_length()
                yield make_failure(
                    path, record_id, TooLargeError(f"{path}: WARC record {record_id} is over {max_bytes} bytes")
                )
                continue
            if getattr(record.raw_stream, "limit", 0):
                break  # the body ended before its Content-Length: the archive was cut here
            iterator.read_to_end(record)
            end = iterator.get_record_offset() + iterator.get_record_length()
            read += 1
            last_id = record_id
            yield from _record_doc(record, body, path, record_id)
    except Exception as error:  # warcio raises assorted errors on cut or corrupt archives
        yield make_failure(path, "", InputError(_truncated(path, read, last_id, f"{type(error).__name__}: {error}")))
        return
    if size is not None and size - end > 4:  # an uncompressed archive ends with the last record's CRLF CRLF
        yield make_failure(path, "", InputError(_truncated(path, read, last_id, f"{size - end} bytes left unread")))


def _truncated(path: str, read: int, last_id: str, why: str) -> str:
    after = f" after record {last_id}" if last_id else ""
    return f"{path}: WARC archive truncated or corrupt{after} ({why}); {read} HTML records were read, the rest is lost"


def _is_html(record) -> bool:
    content_type = _content_type(record)
    return any(t in content_type for t in _HTML_TYPES)


def _content_type(record) -> str:
    if record.http_headers is not None:
        return (record.http_headers.get_header("Content-Type") or "").lower()
    return (record.rec_headers.get_header("Content-Type") or "").lower()


def _record_doc(record, body: bytes, path: str, record_id: str) -> Iterator[RawDoc | Failure]:
    declared = None
    for part in _content_type(record).split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset":
            declared = value
    try:
        html, encoding = decode_bytes(body, declared)
    except InputError as error:
        yield make_failure(path, record_id, type(error)(f"{path}: WARC record {record_id}: {error}"))
        return
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    yield RawDoc(html=html, path=path, record=record_id, url=url, encoding=encoding, format="warc")
