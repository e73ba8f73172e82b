"""factRuEval-2016 predictors over letopis' own analysis: Doc -> track 1 mentions, Doc -> facts.

Mapping (docs/evaluation.md): PER names -> per; ORG names, acronyms, IGOs, seats -> org;
GPE names/acronyms/capitals and LOC names -> loc or locorg as `entities.locorg` decides;
adjectives, demonyms, offices and titles are not factRuEval entities.
"""
from __future__ import annotations

from collections.abc import Callable

from letopis.doc import Doc, Fact, Mention
from letopis.entities.locorg import classify_place, load_locorg_model

ORG_KINDS = {"name", "acronym", "igo", "seat"}
PLACE_KINDS = {"name", "acronym", "capital"}


def _trim(doc: Doc, m: Mention) -> tuple[int, int]:
    """Mention offsets without quotes and brackets around them (factRuEval leaves them out)."""
    start, stop = m.start, m.stop
    text = doc.text
    while start < stop and text[start] in "«»\"'“”„( ":
        start += 1
    while stop > start and text[stop - 1] in "«»\"'“”„) ":
        stop -= 1
    return start, stop


def doc_to_task1(doc: Doc, model: dict | None = None) -> list[tuple[str, int, int]]:
    """Track 1 mentions (tag, start, length) from a processed Doc."""
    model = model if model is not None else load_locorg_model()
    out: list[tuple[str, int, int]] = []
    for m in doc.mentions:
        tag = None
        if m.type == "PER" and m.kind == "name":
            tag = "per"
        elif m.type == "ORG" and m.kind in ORG_KINDS:
            tag = "org"
        elif m.type in ("GPE", "LOC") and m.kind in PLACE_KINDS:
            tag = classify_place(doc, m, model)
        if tag is None:
            continue
        start, stop = _trim(doc, m)
        if stop > start:
            out.append((tag, start, stop - start))
    return sorted(set(out), key=lambda x: (x[1], -x[2], x[0]))


def doc_to_facts(doc: Doc) -> list[Fact]:
    """Track 3 facts of a processed Doc (filled by the pipeline's facts stage)."""
    return list(doc.facts)


def make_predictors(models=None) -> tuple[Callable[[str], list[tuple[str, int, int]]], Callable[[str], list[Fact]]]:
    """(text -> task1 mentions, text -> facts), both running the full letopis pipeline once per text."""
    from letopis.nlp.models import load_models
    from letopis.pipeline import process_text

    models = models or load_models()
    cache: dict[str, Doc] = {}

    def analysed(text: str) -> Doc:
        if text not in cache:
            cache.clear()
            cache[text] = process_text(text, models=models)
        return cache[text]

    return (lambda text: doc_to_task1(analysed(text))), (lambda text: doc_to_facts(analysed(text)))
