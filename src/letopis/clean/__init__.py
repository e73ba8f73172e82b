"""Clean: a RawDoc (text or HTML) to a Doc with the article text and its metadata."""
from __future__ import annotations

from letopis.clean.body import select_body
from letopis.clean.boilerplate import match_kind
from letopis.clean.dates import parse_date
from letopis.clean.html import extract_html
from letopis.clean.meta import find_byline, find_cited_sources, find_outlet, normalise_name_case
from letopis.clean.text import is_prose, normalise_line, split_blocks, strip_wiki_markup
from letopis.doc import Doc, RawDoc, make_doc_id, normalise_for_id
from letopis.errors import EmptyDocumentError

__all__ = ["clean", "parse_date", "split_blocks"]

_MAX_TITLE = 300


def clean(raw: RawDoc) -> Doc:
    """The article body (title first, paragraphs split by blank lines) and metadata of one input."""
    where = raw.path + (f" [{raw.record}]" if raw.record else "")
    title, author, published = normalise_line(raw.title), "", None
    if raw.html:
        found = extract_html(raw.html, raw.url)
        text = found.text
        unwrap = found.method != "trafilatura"  # trafilatura gives one paragraph per line
        title = title or normalise_line(found.title)
        author = _author(found.author)
        published = parse_date(found.date) if found.date else None
    else:
        text, unwrap = strip_wiki_markup(raw.text), True
    blocks = split_blocks(text, unwrap)
    title, blocks = _take_title(title, blocks)
    body = select_body(blocks, title)
    if not body.blocks and not title:
        raise EmptyDocumentError(f"{where}: nothing left after cleaning ({len(blocks)} lines were all boilerplate)")
    paragraphs = ([title] if title else []) + body.blocks
    clean_text = "\n\n".join(paragraphs)
    return Doc(
        id=make_doc_id(clean_text),
        text=clean_text,
        title=title,
        author=author or body.author,
        published=(parse_date(raw.published) if raw.published else None) or published or body.published,
        outlet=find_outlet(clean_text, raw.url),
        url=raw.url,
        cited_sources=find_cited_sources(clean_text),
        photo_credit=body.photo_credit,
        path=raw.path,
        record=raw.record,
        encoding=raw.encoding,
        format=raw.format,
        raw_chars=len(raw.html or raw.text),
    )


def _take_title(title: str, blocks: list[str]) -> tuple[str, list[str]]:
    """The title and the blocks without it: a given title, or the first line if it reads as one."""
    if not title:
        for i, block in enumerate(blocks):
            if match_kind(block):
                continue
            if len(block) <= _MAX_TITLE and not is_prose(block) or (len(block) <= _MAX_TITLE and block[-1:] in "?!»\""):
                return block, blocks[:i] + blocks[i + 1:]
            break
        return "", blocks
    # trafilatura's title may carry the site name ('Заголовок — Сайт'); the first line is cleaner
    key = normalise_for_id(title)
    for i, block in enumerate(blocks[:5]):
        block_key = normalise_for_id(block)
        if block_key and block_key != key and key.startswith(block_key) and len(block_key) >= 0.5 * len(key):
            return block, blocks[:i] + blocks[i + 1:]
    return title, blocks


def _author(name: str) -> str:
    """trafilatura's author, case-normalised; kept only if it reads as a name."""
    name = normalise_line(name)
    if not name or len(name) > 80:
        return ""
    return find_byline(name) or " ".join(normalise_name_case(w) for w in name.split())
