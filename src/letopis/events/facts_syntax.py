"""Shared helpers of the fact finders: argument spans and climbing the dependency parse."""
from __future__ import annotations

from ..doc import Doc, Mention

TRIM = " ,.;:—–-«»\"()"
# named mentions that can fill an organisation/state/person slot of a fact
NAMED_KINDS = {"name", "acronym", "capital", "igo", "seat"}


def trim_span(doc: Doc, start: int, stop: int) -> tuple[int, int]:
    """A span without the punctuation and quotes around it."""
    while start < stop and doc.text[start] in TRIM:
        start += 1
    while stop > start and doc.text[stop - 1] in TRIM:
        stop -= 1
    return start, stop


def make_arg(doc: Doc, role: str, start: int, stop: int) -> tuple[str, str, int, int] | None:
    """A fact argument (role, text, start, stop) over a trimmed span; None when nothing is left."""
    start, stop = trim_span(doc, start, stop)
    cut = doc.text.find(" (", start, stop)
    if cut > start:                      # 'Иван Петров (Ivan Petrov)': the name without its transcription
        start, stop = trim_span(doc, start, cut)
    quote = doc.text.find("«", start, stop)
    if role != "position" and quote > start:   # 'компания «Ромашка»': the name in quotes, as it is known
        start, stop = trim_span(doc, quote, stop)
    return (role, doc.text[start:stop], start, stop) if stop > start else None


def token_index(doc: Doc) -> dict[int, int]:
    """Token index by start offset."""
    return {t.start: i for i, t in enumerate(doc.tokens)}


def verb_above(doc: Doc, i: int) -> int:
    """The nearest verb governing token i (i itself when it is a verb), or -1."""
    for _ in range(8):
        if i < 0 or doc.tokens[i].pos in ("VERB", "AUX"):
            return i
        i = doc.tokens[i].head
    return -1


def mention_head(doc: Doc, m: Mention, index: dict[int, int]) -> int:
    """The token of a mention whose syntactic head lies outside it."""
    i = index.get(m.start, -1)
    for _ in range(6):
        if i < 0:
            return -1
        h = doc.tokens[i].head
        if h < 0 or not (m.start <= doc.tokens[h].start < m.stop):
            return i
        i = h
    return i


def attached(doc: Doc, i: int, targets: set[int]) -> bool:
    """Token i reaches a target by climbing heads without passing through another verb."""
    return reached_from(doc, i, targets) is not None


def reached_from(doc: Doc, i: int, targets: set[int]) -> int | None:
    """The token right below the target that token i climbs through (i itself if it hangs on the target);
    None when i meets another verb first or reaches no target."""
    prev = i
    for _ in range(8):
        if i < 0:
            return None
        if i in targets:
            return prev
        if doc.tokens[i].pos in ("VERB", "AUX"):
            return None
        prev, i = i, doc.tokens[i].head
    return None


def named_heads(doc: Doc, sentence: int, types: set[str], index: dict[int, int]) -> dict[int, Mention]:
    """Head token -> named mention of the given types in one sentence (linked to an entity)."""
    heads: dict[int, Mention] = {}
    for m in doc.mentions:
        if m.type not in types or m.kind not in NAMED_KINDS or m.entity < 0:
            continue
        if m.type == "PER" and m.kind != "name":
            continue
        h = mention_head(doc, m, index)
        if h >= 0 and doc.tokens[h].sentence == sentence:
            heads[h] = m
    return heads
