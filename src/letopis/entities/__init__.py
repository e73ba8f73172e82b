"""Entities and actors: mentions merged from NER and gazetteers, grouped per real-world actor."""
from __future__ import annotations

from ..doc import Doc
from ..nlp.models import Models
from .gazetteer import load_gazetteer
from .mentions import add_known_surnames, merge_mentions
from .known_people import load_known_people
from .resolve import build_entities
from .titles import add_title_mentions


def find_entities(doc: Doc, models: Models) -> Doc:
    """1. merge NER and gazetteer mentions (and known surnames NER missed); 2. group them into entities with canonical
    names, offices, countries and actor codes; 3. link title mentions ('президент РК')
    to the person who holds that office."""
    gazetteer = load_gazetteer()
    mentions, codes = merge_mentions(doc, gazetteer)
    mentions, codes = with_known_surnames(doc, mentions, codes)
    doc.entities = build_entities(doc, mentions, codes, gazetteer)
    doc.mentions = add_title_mentions(doc, mentions, gazetteer)
    return doc


def with_known_surnames(doc: Doc, mentions: list, codes: dict[int, str]) -> tuple[list, dict[int, str]]:
    """Add PER mentions for known surnames NER missed, keeping gazetteer codes aligned."""
    coded = {id(mentions[i]): code for i, code in codes.items()}
    merged = add_known_surnames(doc, mentions, load_known_people())
    return merged, {i: coded[id(m)] for i, m in enumerate(merged) if id(m) in coded}
