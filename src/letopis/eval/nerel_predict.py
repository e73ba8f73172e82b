"""NEREL predictor over letopis' own entity layer: text -> [(PER|ORG|LOC, start, length)].

PER names -> PER; ORG names, acronyms, IGOs, seats -> ORG; GPE names/acronyms/capitals and
LOC names -> LOC (NEREL's COUNTRY/CITY/STATE_OR_PROVINCE/LOCATION/DISTRICT); adjectives,
demonyms, offices and titles are not NEREL entities of these types.
"""
from __future__ import annotations

from collections.abc import Callable

from letopis.doc import Doc

ORG_KINDS = {"name", "acronym", "igo", "seat"}
PLACE_KINDS = {"name", "acronym", "capital"}
QUOTES = "«»\"„“”"


def doc_to_nerel(doc: Doc) -> list[tuple[str, int, int]]:
    """NEREL-type spans (type, start, length) of a processed Doc."""
    out = set()
    for m in doc.mentions:
        if m.type == "PER" and m.kind == "name":
            tag = "PER"
        elif m.type == "ORG" and m.kind in ORG_KINDS:
            tag = "ORG"
        elif m.type in ("GPE", "LOC") and m.kind in PLACE_KINDS:
            tag = "LOC"
        else:
            continue
        start, stop = m.start, m.stop
        while start < stop and doc.text[start] in QUOTES + " ":
            start += 1
        while stop > start and doc.text[stop - 1] in QUOTES + " ":
            stop -= 1
        if stop > start:
            out.add((tag, start, stop - start))
    return sorted(out, key=lambda x: (x[1], x[2]))


def make_nerel_predictor(models=None) -> Callable[[str], list[tuple[str, int, int]]]:
    """text -> NEREL spans, running the full letopis pipeline."""
    from letopis.nlp.models import load_models
    from letopis.pipeline import process_text

    models = models or load_models()
    return lambda text: doc_to_nerel(process_text(text, models=models))
