"""The Python API for files: read, clean and analyse without a database."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .doc import Doc, Failure
from .ingest import iter_inputs
from .pipeline import process_batch


def analyse_paths(paths: list[str], max_bytes: int = 20_000_000) -> Iterator[Doc | Failure]:
    """Every document in the given files and folders, analysed; bad input as Failure."""
    for raw in iter_inputs(paths, max_bytes=max_bytes):
        yield from process_batch([raw])


def doc_name(path: str, relative_to: str | None = None) -> str:
    """A file's path relative to DIR, without extension: the spec's `doc` field."""
    file = Path(path)
    if relative_to:
        try:
            file = file.resolve().relative_to(Path(relative_to).resolve())
        except ValueError:
            pass
    name = file.as_posix()
    return name[: -len(file.suffix)] if file.suffix else name
