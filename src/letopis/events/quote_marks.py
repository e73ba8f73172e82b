"""Where quoted text lies: paired quote marks and dash-introduced direct speech, by characters."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

DASHES = "–—"
# characters after which a quote mark opens rather than closes
OPEN_BEFORE = " \t\n([{-–—«„“/"
# a dash after the speech's own punctuation, then the author's words in lower case
AUTHOR_BREAK = re.compile(r"(,|!|\?|…|\.\.\.|\?!|!\?)?\s+[–—]\s+(?=[a-zа-яё])")
# after the author's words, a dash that resumes the speech: ', – ...' or '. – ...'
SPEECH_RESUME = re.compile(r"([,.:])\s+[–—]\s+(?=\S)")


@dataclass(slots=True)
class Span:
    """A stretch of quoted text: [start, stop) without marks; marks at open_at and close_at."""

    start: int
    stop: int
    open_at: int            # offset of the opening mark or dash
    close_at: int           # offset just past the closing mark (or the speech's end)
    style: str              # guillemets | english | german | straight | dash | inner


def is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in OPEN_BEFORE and not after.isspace()


def scan_marks(text: str, base: int = 0) -> list[Span]:
    """Top-level quoted spans of one paragraph; nested quotes stay inside their outer span."""
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []

    def close_to(opener: str | tuple[str, ...], i: int) -> None:
        marks = (opener,) if isinstance(opener, str) else opener
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] in marks:
                mark, at = stack[depth]
                del stack[depth:]
                if not stack:
                    spans.append(Span(base + at + 1, base + i, base + at, base + i + 1, STYLE[mark]))
                return

    for i, ch in enumerate(text):
        top = stack[-1][0] if stack else ""
        if ch in "«„":
            stack.append((ch, i))
        elif ch == "»":
            close_to("«", i)
        elif ch == "“":
            # German style „...“ closes here; otherwise “ opens an English-style quote
            if top == "„" and not is_opening(text, i):
                close_to("„", i)
            elif is_opening(text, i):
                stack.append((ch, i))
            elif "“" in (s[0] for s in stack):
                close_to("“", i)
        elif ch == "”":
            if top in ("“", "„", "”") and not is_opening(text, i):
                close_to(("“", "„", "”"), i)
            elif is_opening(text, i):
                stack.append((ch, i))      # ”...” with the same mark on both sides
            elif any(s[0] in "“„”" for s in stack):
                close_to(("“", "„", "”"), i)
        elif ch == '"':
            # the same mark opens and closes: which one it is depends on the spaces around it
            if is_opening(text, i):
                stack.append((ch, i))
            elif '"' in (s[0] for s in stack):
                close_to('"', i)
    return spans


STYLE = {"«": "guillemets", "“": "english", "”": "english", "„": "german", '"': "straight"}


def trim(text: str, start: int, stop: int, strip: str = " \t,") -> tuple[int, int]:
    """Narrow [start, stop) past surrounding spaces (and a trailing comma of dash speech)."""
    while start < stop and text[start] in " \t":
        start += 1
    while stop > start and text[stop - 1] in strip:
        stop -= 1
    return start, stop


@dataclass(slots=True)
class Speech:
    """Direct speech split around the author's words: speech parts and the author part."""

    parts: list[tuple[int, int]]
    author: tuple[int, int] | None


def split_author(text: str, start: int, stop: int, is_author: Callable[[int], bool]) -> Speech:
    """'Мы готовы, — сказал он, — но не сейчас' -> two speech parts and the author's words;
    a dash counts as the author's break only where is_author(offset after it) agrees."""
    body = text[start:stop]
    brk = next((b for b in AUTHOR_BREAK.finditer(body) if is_author(start + b.end())), None)
    if brk is None:
        return Speech([trim(text, start, stop, " \t")], None)
    speech_stop = start + brk.start() + (len(brk.group(1)) if brk.group(1) and brk.group(1) != "," else 0)
    author_start = start + brk.end()
    resume = SPEECH_RESUME.search(body, brk.end())
    parts = [trim(text, start, speech_stop)]
    if resume is None:
        author = trim(text, author_start, stop, " \t.")
        return Speech(parts, author)
    author = trim(text, author_start, start + resume.start(), " \t")
    parts.append(trim(text, start + resume.end(), stop, " \t"))
    return Speech(parts, author)


def dash_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs that open with a dash as direct speech: (offset after the dash, paragraph end)."""
    out = []
    for match in re.finditer(r"(?m)^[ \t]*[–—][ \t]+(?=\S)", text):
        end = text.find("\n", match.end())
        out.append((match.end(), len(text) if end < 0 else end))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Line spans: quote marks never pair across a line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@dataclass(slots=True)
class ContinuedQuote:
    """A quotation over several paragraphs: each opens with «, only the last one closes."""

    parts: list[tuple[int, int]]   # the speech of each paragraph, marks left out
    last: Span                     # the closing paragraph's stretch, where the cue follows
    lines: tuple[int, int]         # first line's start .. last line's end


def continued_quotes(text: str) -> list[ContinuedQuote]:
    """Russian typesetting of a long quote: '«Первый абзац\n«Второй абзац» , — сказал он'."""
    lines = [(a, b) for a, b in paragraphs(text) if text[a:b].strip()]
    out: list[ContinuedQuote] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        first = a + len(text[a:b]) - len(text[a:b].lstrip())
        if text[first:first + 1] != "«" or text.count("«", a, b) <= text.count("»", a, b):
            i += 1
            continue
        parts = [(first + 1, b)]
        j = i + 1
        closed: ContinuedQuote | None = None
        while j < len(lines):
            c, d = lines[j]
            start = c + len(text[c:d]) - len(text[c:d].lstrip())
            if text[start:start + 1] != "«":
                break
            depth, close = 0, -1
            for k in range(start, d):
                depth += {"«": 1, "»": -1}.get(text[k], 0)
                if depth == 0:
                    close = k
                    break
            if close < 0:
                parts.append((start + 1, d))
                j += 1
                continue
            last = Span(start + 1, close, start, close + 1, "guillemets")
            closed = ContinuedQuote(parts + [(start + 1, close)], last, (a, d))
            break
        if closed is not None:
            out.append(closed)
            i = j + 1
        else:
            i += 1
    return out

