"""letopis' own predictions in the spec's form, for the event scorer."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..analyse import analyse_paths
from ..doc import Failure
from ..events.spec import event_record


def predict_file(path: Path) -> list[dict[str, Any]]:
    """All events letopis finds in one file (a failed file has none)."""
    events: list[dict[str, Any]] = []
    for doc in analyse_paths([str(path)]):
        if not isinstance(doc, Failure):
            events.extend(event_record(e) for e in doc.events)
    return events
