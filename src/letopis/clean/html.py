"""HTML to main text with trafilatura; a tag stripper for what trafilatura refuses or cannot parse."""
from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass

# trafilatura builds a full lxml tree: above this size we strip tags instead (memory, time).
TRAFILATURA_MAX_CHARS = 5_000_000

_DROP = re.compile(r"<(script|style|noscript|template|svg|nav|footer|aside|form|header|head|title)\b.*?</\1\s*>", re.I | re.S)
_COMMENTS = re.compile(r"<!--.*?-->", re.S)
_BLOCK = re.compile(r"</?(p|div|h[1-6]|li|ul|ol|br|tr|table|section|article|blockquote|figcaption|pre)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


@dataclass(slots=True)
class Extracted:
    text: str
    title: str = ""
    author: str = ""
    date: str = ""
    sitename: str = ""
    method: str = "trafilatura"


def extract_html(html: str, url: str = "") -> Extracted:
    """Main content of a page, paragraphs on their own lines, with the metadata trafilatura finds."""
    if len(html) <= TRAFILATURA_MAX_CHARS:
        found = _trafilatura(html, url)
        if found is not None and found.text.strip():
            return found
    return strip_tags(html)


def _trafilatura(html: str, url: str) -> Extracted | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url or None,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted lxml errors on broken markup; the stripper copes
        return None
    if doc is None:
        return None
    return Extracted(
        text=doc.text or "",
        title=doc.title or "",
        author=doc.author or "",
        date=doc.date or "",
        sitename=doc.sitename or "",
    )


def strip_tags(html: str) -> Extracted:
    """Plain text of a page by regular expressions: scripts, navigation and footers dropped, blocks on lines."""
    match = _TITLE.search(html[:100_000])
    title = htmllib.unescape(_TAG.sub("", match.group(1))).strip() if match else ""
    text = _COMMENTS.sub(" ", html)
    text = _DROP.sub("\n", text)
    text = _BLOCK.sub("\n", text)
    text = htmllib.unescape(_TAG.sub("", text))
    return Extracted(text=text, title=title, method="strip_tags")
