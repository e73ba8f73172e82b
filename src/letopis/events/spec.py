"""Events in the form ../shared/spec/events.md defines (one JSON object per document)."""
from __future__ import annotations

from typing import Any

from ..doc import Actor, Doc, Event


def actor_record(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "country": actor.country, "code": actor.code}


def event_record(event: Event) -> dict[str, Any]:
    """The spec's fields first, then letopis' own (QuadClass, Goldstein, PLOVER, offsets)."""
    return {
        "cameo": event.cameo,
        "source": actor_record(event.source),
        "target": actor_record(event.target),
        "date": event.date,
        "location": event.location,
        "modality": event.modality,
        "evidence": event.evidence,
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "plover_mode": event.plover_mode,
        "date_end": event.date_end,
        "confidence": event.confidence,
        "trigger": [event.trigger_start, event.trigger_stop],
        "sentence": [event.sentence_start, event.sentence_stop],
        "source_span": [event.source.start, event.source.stop] if event.source else None,
        "target_span": [event.target.start, event.target.stop] if event.target else None,
        "rule": event.rule,
    }


def document_record(doc: Doc, name: str) -> dict[str, Any]:
    return {"doc": name, "events": [event_record(e) for e in doc.events]}
