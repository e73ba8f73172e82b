"""Which files a run reads, in what order, and which of them hold many records."""
from __future__ import annotations

import os

from ..ingest import detect_format, iter_inputs, list_files

MAX_BYTES = 20_000_000
read_inputs = iter_inputs  # every runner reads through ingest, so RawDoc.path/record agree


def expand_paths(paths: list[str]) -> list[str]:
    """Files named or found under directories, as ingest lists them (one order for every runner); '-' kept."""
    files: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            files.append(path)
        else:
            files.extend(list_files(path))
    return files


def file_format(path: str) -> str:
    """text | html | jsonl | warc by ingest's own detection ('' when unreadable)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return ""
    return detect_format(path, head)


def is_container(path: str) -> bool:
    """JSONL or WARC: many records in one file."""
    return file_format(path) in ("jsonl", "warc")
