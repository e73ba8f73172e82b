"""Failures as data: an input that could not be read, with which file and why."""
from __future__ import annotations

from letopis.doc import Failure


def make_failure(path: str, record: str, error: BaseException, stage: str = "ingest") -> Failure:
    """A Failure record for an error raised while reading one input item."""
    message = str(error) or type(error).__name__
    if path and path not in message:
        message = f"{path}: {message}"
    return Failure(path=path, record=record, stage=stage, error=type(error).__name__, message=message)
