"""Walk the inputs (files, folders, stdin), tell their formats apart, yield RawDocs and Failures."""
from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Iterator
from typing import IO

from letopis.doc import Failure, RawDoc
from letopis.errors import InputError, TooLargeError
from letopis.ingest.decode import decode_bytes
from letopis.ingest.failures import make_failure
from letopis.ingest.jsonl import iter_jsonl
from letopis.ingest.warc import iter_warc

_SNIFF = 4096
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_GZIP_MAGIC = b"\x1f\x8b"


def iter_inputs(
    paths: list[str], stdin: IO[bytes] | None = None, max_bytes: int = 20_000_000
) -> Iterator[RawDoc | Failure]:
    """Yield one RawDoc per article found in the inputs, or a Failure for each that cannot be read."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        elif os.path.isdir(path):
            for file in list_files(path):
                yield from read_file(file, max_bytes)
        else:
            yield from read_file(path, max_bytes)


# A folder's own documentation is not an article (a file named on the command line still is).
NOT_ARTICLES = ("readme", "license", "licence", "changelog")


def list_files(folder: str) -> list[str]:
    """Every file under a folder, recursively, sorted; hidden files and folders and the
    folder's README/LICENSE skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in sorted(files)
                     if not f.startswith(".") and not f.lower().startswith(NOT_ARTICLES))
    return found


def detect_format(name: str, head: bytes) -> str:
    """text | html | jsonl | warc, from the file name and its first bytes."""
    lower = name.lower()
    if lower.endswith((".warc", ".warc.gz", ".arc.gz")) or head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(_GZIP_MAGIC) and _gunzip_head(head).startswith(b"WARC/"):
        return "warc"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith((".html", ".htm", ".xhtml")) or _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    return "text"


def read_file(path: str, max_bytes: int) -> Iterator[RawDoc | Failure]:
    """All the RawDocs in one file; Failures carry the file name and the reason."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            head = stream.read(_SNIFF)
            stream.seek(0)
            kind = detect_format(path, head)
            if kind == "warc":
                yield from iter_warc(stream, path, size, max_bytes)
                return
            if kind == "jsonl":
                yield from iter_jsonl(stream, path, max_bytes)
                return
            if size > max_bytes:  # refuse before reading: the size is known
                raise TooLargeError(f"{path}: {size} bytes, over the limit of {max_bytes}")
            data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:  # the file grew after stat
            raise TooLargeError(f"{path}: over the limit of {max_bytes} bytes")
        doc = make_doc(data, path, kind)
        del data  # the bytes are not needed while the consumer holds the generator
        yield doc
    except FileNotFoundError:
        yield make_failure(path, "", InputError(f"{path}: file not found (missing, or removed after it was listed)"))
    except IsADirectoryError:
        yield make_failure(path, "", InputError(f"{path}: is a directory"))
    except PermissionError:
        yield make_failure(path, "", InputError(f"{path}: permission denied"))
    except InputError as error:
        yield make_failure(path, "", error)
    except OSError as error:
        yield make_failure(path, "", InputError(f"{path}: cannot be read ({error.strerror or error})"))


def make_doc(data: bytes, path: str, kind: str) -> RawDoc:
    """Decode a whole text or HTML file into a RawDoc."""
    if data.startswith(_GZIP_MAGIC):
        raise InputError(f"{path}: gzip-compressed but not a WARC archive; decompress it first")
    declared = None
    if kind == "html":
        match = _META_CHARSET.search(data[:_SNIFF * 4])
        declared = match.group(1).decode("ascii", "replace") if match else None
    try:
        text, encoding = decode_bytes(data, declared)
    except InputError as error:
        raise type(error)(f"{path}: {error}") from None
    if kind == "html":
        return RawDoc(html=text, path=path, encoding=encoding, format="html")
    return RawDoc(text=text, path=path, encoding=encoding, format="text")


def _read_stdin(stream: IO[bytes], max_bytes: int) -> Iterator[RawDoc | Failure]:
    """stdin has no size or name: read up to the limit, then sniff the format."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as error:
        yield make_failure("-", "", InputError(f"stdin cannot be read ({error})"))
        return
    if len(data) > max_bytes:
        yield make_failure("-", "", TooLargeError(f"stdin: over the limit of {max_bytes} bytes"))
        return
    kind = detect_format("-", data[:_SNIFF])
    if kind == "text" and data.lstrip()[:1] == b"{":
        kind = "jsonl"
    if kind == "warc":
        yield from iter_warc(io.BytesIO(data), "-", len(data), max_bytes)
    elif kind == "jsonl":
        yield from iter_jsonl(io.BytesIO(data), "-", max_bytes)
    else:
        try:
            yield make_doc(data, "-", kind)
        except InputError as error:
            yield make_failure("-", "", error)


def _gunzip_head(head: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return b""
