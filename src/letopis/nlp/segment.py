"""Sentence splitting that never crosses a line break.

razdel joins a headline, a byline and the first paragraph into one sentence when
they are separated by newlines only; news text is line-structured, so we split
each line on its own and shift the offsets back into the document.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from natasha.segment import Sent, Token
from razdel import sentenize, tokenize

LINE = re.compile(r"[^\n]+")


class LineSegmenter:
    """A drop-in for natasha's Segmenter (same tokenize/sentenize interface)."""

    def tokenize(self, text: str) -> Iterator[Token]:
        for token in tokenize(text):
            yield Token(token.start, token.stop, token.text)

    def sentenize(self, text: str) -> Iterator[Sent]:
        for line in LINE.finditer(text):
            if not line.group().strip():
                continue
            base = line.start()
            for sent in sentenize(line.group()):
                for start, stop in split_after_years(sent.text):
                    yield Sent(sent.start + start + base, sent.start + stop + base, sent.text[start:stop])


# 'в 1995г. В 2000г. поднял мятеж': razdel keeps 'г.' as an abbreviation and never ends a sentence
# there; a capitalised word after it that is no name (a preposition, a pronoun) starts a new one
YEAR_ABBREVIATION = re.compile(r"\b(?:1[89]|20)\d\d\s?гг?\.(?=\s+([А-ЯЁ][а-яё]*))")
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED"}


def split_after_years(text: str) -> list[tuple[int, int]]:
    """Spans of `text` cut after a year's 'г.' that ends a sentence."""
    from ..entities.gazetteer import load_morph  # (here: entities imports this package)

    cuts = [m.end() for m in YEAR_ABBREVIATION.finditer(text)
            if load_morph().parse(m.group(1).lower())[0].tag.POS in FUNCTION_POS]
    spans, start = [], 0
    for cut in cuts:
        spans.append((start, cut))
        start = cut + len(text[cut:]) - len(text[cut:].lstrip())
    spans.append((start, len(text)))
    return spans
