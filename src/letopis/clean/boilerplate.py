"""Boilerplate line patterns, kept as data in data/boilerplate.tsv, and the shapes of captions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from letopis.clean.text import ends_sentence, word_count

DEFAULT_TABLE = Path(__file__).resolve().parents[1] / "data" / "boilerplate.tsv"
KINDS = ("end", "line", "top", "caption")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z&'’.\-]*(?: [A-Za-z][A-Za-z&'’.\-]*){0,2}")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")


@dataclass(slots=True, frozen=True)
class LinePattern:
    regex: re.Pattern[str]
    kind: str
    note: str


@lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> tuple[LinePattern, ...]:
    """Read the boilerplate table: pattern, kind, note per line; '#' starts a comment line."""
    text = Path(path or DEFAULT_TABLE).read_text(encoding="utf-8")
    patterns = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        pattern, kind, *note = line.split("\t")
        if kind not in KINDS:
            raise ValueError(f"boilerplate.tsv line {number}: unknown kind {kind!r}")
        patterns.append(LinePattern(re.compile(pattern, re.I), kind, note[0] if note else ""))
    return tuple(patterns)


# Boilerplate lines are short; longer lines are never tried against the table.
MAX_LINE = 300


def match_kind(line: str, patterns: tuple[LinePattern, ...] | None = None) -> str | None:
    """The kind of the first pattern that matches the whole line, or None."""
    if len(line) > MAX_LINE:
        return None
    probe = line.strip().rstrip(" :.!").lstrip("•·|-– ")
    match = _combined(patterns if patterns is not None else load_patterns()).fullmatch(probe)
    return match.lastgroup.rsplit("_", 1)[0] if match else None


_COMBINED: dict[int, tuple[tuple[LinePattern, ...], re.Pattern[str]]] = {}


def _combined(patterns: tuple[LinePattern, ...]) -> re.Pattern[str]:
    """All patterns as one alternation, tried in table order; the group name carries the kind."""
    cached = _COMBINED.get(id(patterns))
    if cached is None or cached[0] is not patterns:  # keyed by identity: hashing the table per line is slow
        parts = [f"(?P<{p.kind}_{i}>{p.regex.pattern})" for i, p in enumerate(patterns)]
        cached = _COMBINED[id(patterns)] = (patterns, re.compile("|".join(parts), re.I))
    return cached[1]


def looks_like_caption(line: str, patterns: tuple[LinePattern, ...] | None = None) -> bool:
    """A lone photo credit: a known agency, 1-3 Latin words, or a short acronym, no sentence punctuation.

    Section headings of Russian articles are Cyrillic phrases in sentence case
    ('Что сказал Токаев', 'Контекст'), so they never take this shape.
    """
    if word_count(line) > 3 or ends_sentence(line) or any(ch.isdigit() for ch in line):
        return False
    if match_kind(line, patterns) == "caption":
        return True
    return bool(_LATIN_WORDS.fullmatch(line) or _ACRONYM.fullmatch(line))
