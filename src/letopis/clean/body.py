"""Which blocks of a page are the article: head, body and tail, with the meta lines taken out.

A Russian news page, once flattened to lines, reads: title, rubric labels, a
repeated title, byline or date, the article (prose paragraphs, section
headings, photo captions), then byline, photo credit, date, and a tail of
comment forms, widgets and rubric lists. Prose paragraphs mark where the
article is; short lines outside them are labels, not content.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from letopis.clean.boilerplate import load_patterns, looks_like_caption, match_kind
from letopis.clean.dates import date_of_lead, date_of_line
from letopis.clean.meta import find_byline, find_photo_credit
from letopis.clean.text import is_prose
from letopis.doc import normalise_for_id


@dataclass(slots=True)
class Body:
    blocks: list[str]
    author: str = ""
    published: str | None = None
    photo_credit: str = ""
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (why, line), for debugging


def select_body(blocks: list[str], title: str) -> Body:
    """Keep the article blocks; capture byline, date and photo credit from the lines removed."""
    patterns = load_patterns()
    page = _Page(blocks, [match_kind(b, patterns) for b in blocks], [is_prose(b) for b in blocks], title)
    body = Body(blocks=[])
    for i, block in enumerate(blocks):
        why = _drop_reason(i, page, body)
        if why:
            body.dropped.append((why, block))
        else:
            body.blocks.append(block)
    return body


class _Page:
    """Blocks with their pattern kinds and prose flags, and where the article begins and ends."""

    def __init__(self, blocks: list[str], kinds: list[str | None], prose: list[bool], title: str):
        self.blocks, self.kinds, self.prose = blocks, kinds, prose
        self.title_key = normalise_for_id(title) if title else ""
        starts = [i for i, flag in enumerate(prose) if flag and kinds[i] is None]
        self.first = starts[0] if starts else len(blocks)
        self.cut = next((i for i in range(self.first + 1, len(blocks)) if kinds[i] == "end"), len(blocks))
        self.last = max((i for i in starts if i < self.cut), default=len(blocks) - 1)

    def is_title(self, block: str) -> bool:
        if not self.title_key or abs(len(block) - len(self.title_key)) > 0.2 * len(self.title_key) + 2:
            return False
        return normalise_for_id(block) == self.title_key


def _drop_reason(i: int, page: _Page, body: Body) -> str:
    """Why a block is not article text ('' keeps it); meta lines are captured on the way."""
    block, kind = page.blocks[i], page.kinds[i]
    if i >= page.cut:
        return "after end marker"
    if kind in ("line", "end"):
        return f"pattern {kind}"
    if page.prose[i] and page.first <= i <= page.last:
        if i == page.first and body.published is None:
            body.published = date_of_lead(block)  # 'Ташкент, 3 апреля 2026 года. Президент ...'
        return ""  # a paragraph of the article: the cheap common case
    credit = find_photo_credit(block)
    if credit:
        body.photo_credit = body.photo_credit or credit
        return "photo credit"
    if page.is_title(block):
        return "repeated title"
    if i < page.first or i > page.last:
        date = date_of_line(block)
        if date:
            body.published = body.published or date
            return "dateline"
        author = find_byline(block)
        if author:
            body.author = body.author or author
            return "byline"
    if i < page.first:
        return "pattern top" if kind == "top" else ""
    if i > page.last:
        return "tail"
    between = 0 < i < len(page.blocks) - 1 and page.prose[i - 1]
    if kind == "caption" or (between and looks_like_caption(block)):
        body.photo_credit = body.photo_credit or block
        return "caption"
    return ""
