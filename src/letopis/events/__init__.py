"""Events, quotes and facts."""
from ..doc import Doc
from ..nlp.models import Models


def find_events(doc: Doc, models: Models) -> Doc:
    return doc


def find_quotes(doc: Doc, models: Models) -> Doc:
    return doc


def find_facts(doc: Doc, models: Models) -> Doc:
    return doc
