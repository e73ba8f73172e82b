"""Between character spans and token indices."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..doc import Token


class TokenIndex:
    """Token lookups by character offset, built once per document."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.stops = [t.stop for t in tokens]

    def covering(self, start: int, stop: int) -> range:
        """Indices of the tokens inside [start, stop)."""
        first = bisect_left(self.stops, start + 1)
        last = bisect_right(self.starts, stop - 1)
        return range(first, max(first, last))

    def at(self, offset: int) -> int:
        """Index of the token that contains `offset`, or -1."""
        index = bisect_right(self.starts, offset) - 1
        if 0 <= index < len(self.tokens) and self.tokens[index].start <= offset < self.tokens[index].stop:
            return index
        return -1
