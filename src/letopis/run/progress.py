"""A rich progress bar over documents, or nothing."""
from __future__ import annotations

from contextlib import contextmanager
from collections.abc import Iterator
from typing import Callable


@contextmanager
def document_bar(total: int | None, enabled: bool, label: str = "documents") -> Iterator[Callable[[int], None]]:
    """Yield advance(n); a no-op when disabled."""
    if not enabled:
        yield lambda n: None
        return
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), TimeRemainingColumn(), transient=False) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
