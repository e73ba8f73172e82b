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
                yield Sent(sent.start + base, sent.stop + base, sent.text)
