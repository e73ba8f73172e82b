"""The document-processing function every runner calls: raw input -> analysed Doc.

Stages are plain functions `(doc, models) -> doc` registered with what they
require and assign; the chain is checked once when the pipeline is built, the
way spaCy's components declare requires/assigns.
"""
from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .doc import Doc, Failure, RawDoc
from .errors import LetopisError, TooLargeError
from .nlp.models import Models, load_models

StageFunc = Callable[[Doc, Models], Doc]

# Longest clean text handed to NLP: refused with a reason, not truncated (a cut article
# yields events without their context), and never an out-of-memory crash.
NLP_MAX_CHARS = 200_000


@dataclass(slots=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


@dataclass
class Pipeline:
    stages: list[Stage]
    timings: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_chain(self.stages)

    def __call__(self, doc: Doc, models: Models) -> Doc:
        for stage in self.stages:
            started = time.perf_counter()
            doc = stage.func(doc, models)
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + time.perf_counter() - started
        return doc


def check_chain(stages: list[Stage]) -> None:
    """Every stage's requirements are assigned by an earlier stage (or by clean)."""
    have = {"text", "title", "published"}
    for stage in stages:
        missing = set(stage.requires) - have
        if missing:
            raise LetopisError(f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage assigns")
        have |= set(stage.assigns)


def default_stages() -> list[Stage]:
    from .entities import find_entities
    from .events import find_events, find_facts, find_quotes
    from .nlp import analyse

    return [
        Stage("nlp", analyse, ("text",), ("sentences", "tokens", "mentions")),
        Stage("entities", find_entities, ("tokens", "mentions"), ("entities",)),
        Stage("quotes", find_quotes, ("tokens", "entities"), ("quotes",)),
        Stage("events", find_events, ("tokens", "entities", "published"), ("events",)),
        Stage("facts", find_facts, ("tokens", "entities"), ("facts",)),
    ]


_PIPELINE: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline(default_stages())
    return _PIPELINE


def process(raw: RawDoc, models: Models | None = None, pipeline: Pipeline | None = None) -> Doc:
    """Clean one raw input and run every stage over it. Raises on bad input."""
    from .clean import clean

    pipeline = pipeline or default_pipeline()
    started = time.perf_counter()
    doc = clean(raw)
    pipeline.timings["clean"] = pipeline.timings.get("clean", 0.0) + time.perf_counter() - started
    if len(doc.text) > NLP_MAX_CHARS:
        raise TooLargeError(f"{raw.path or 'input'}: {len(doc.text)} characters of clean text, "
                            f"over the NLP limit of {NLP_MAX_CHARS}")
    return pipeline(doc, models or load_models())


def process_text(text: str, published: str | None = None, models: Models | None = None) -> Doc:
    """Analyse a plain text (already clean, no boilerplate removal); for eval and tests."""
    from .doc import make_doc_id

    doc = Doc(id=make_doc_id(text), text=text, published=published)
    return default_pipeline()(doc, models or load_models())


def process_batch(raws: Iterable[RawDoc | Failure], models: Models | None = None) -> list[Doc | Failure]:
    """Process many inputs; a failing input becomes a Failure and the batch goes on."""
    results: list[Doc | Failure] = []
    for raw in raws:
        if isinstance(raw, Failure):
            results.append(raw)
            continue
        try:
            results.append(process(raw, models))
        except LetopisError as error:
            results.append(Failure(raw.path, raw.record, "process", type(error).__name__, str(error)))
        except Exception as error:  # a bug on one input must not kill the batch
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            results.append(Failure(raw.path, raw.record, "process", type(error).__name__, last))
    return results
