"""Which files a run reads, and reading them through letopis.ingest (with a stop-gap)."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from ..doc import Failure, RawDoc

# Suffixes the ingest layer reads; directories are walked for these only.
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz")
CONTAINERS = (".jsonl", ".warc", ".warc.gz")
MAX_BYTES = 20_000_000


def has_suffix(name: str, suffixes: tuple[str, ...] = SUFFIXES) -> bool:
    return name.lower().endswith(suffixes)


def expand_paths(paths: list[str]) -> list[str]:
    """Files named or found under directories (sorted, so every runner sees one order); '-' kept."""
    files: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            files.append(path)
            continue
        found = [str(p) for p in Path(path).rglob("*") if p.is_file() and has_suffix(p.name)]
        files.extend(sorted(found))
    return files


def read_inputs(paths: list[str], stdin=None, max_bytes: int = MAX_BYTES) -> Iterator[RawDoc | Failure]:
    """letopis.ingest.iter_inputs when it exists; otherwise a minimal txt/jsonl reader."""
    try:
        from ..ingest import iter_inputs
    except ImportError:
        iter_inputs = None
    if iter_inputs is not None:
        yield from iter_inputs(paths, stdin=stdin, max_bytes=max_bytes)
        return
    yield from _read_minimal(paths, max_bytes)


def _read_minimal(paths: list[str], max_bytes: int) -> Iterator[RawDoc | Failure]:
    # Stop-gap until letopis.ingest.iter_inputs lands: UTF-8 .txt and .jsonl only.
    for path in paths:
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                yield Failure(path, "", "ingest", "TooLargeError", f"{size} bytes > {max_bytes}")
                continue
            data = Path(path).read_bytes()
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            yield Failure(path, "", "ingest", type(error).__name__, str(error))
            continue
        if not path.endswith(".jsonl"):
            yield RawDoc(text=text, path=path, encoding="utf-8", format="text")
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                yield RawDoc(text=item.get("text", ""), path=path, record=str(number), url=item.get("url", ""),
                             title=item.get("title", ""), encoding="utf-8", format="jsonl")
            except (ValueError, AttributeError) as error:
                yield Failure(path, str(number), "ingest", type(error).__name__, str(error))
