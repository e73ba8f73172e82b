"""Entities and actors: mentions merged from NER and gazetteers, grouped per real-world actor."""
from __future__ import annotations

from ..doc import Doc
from ..nlp.models import Models
from .gazetteer import load_gazetteer
from .mentions import merge_mentions
from .resolve import build_entities
from .titles import add_title_mentions


def find_entities(doc: Doc, models: Models) -> Doc:
    """1. merge NER and gazetteer mentions; 2. group them into entities with canonical
    names, offices, countries and actor codes; 3. link title mentions ('президент РК')
    to the person who holds that office."""
    gazetteer = load_gazetteer()
    mentions, codes = merge_mentions(doc, gazetteer)
    doc.entities = build_entities(doc, mentions, codes, gazetteer)
    doc.mentions = add_title_mentions(doc, mentions, gazetteer)
    return doc
