"""Article text -> HTML with entities, event evidence, triggers and quotes highlighted.

Built server-side from character offsets. Every piece of text and every
attribute value is escaped; spans that overlap without nesting are closed and
reopened, so the output is always well-nested HTML.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape


@dataclass(slots=True)
class Span:
    start: int
    stop: int
    classes: str
    attrs: dict[str, str] = field(default_factory=dict)
    id: str = ""
    rank: int = 0            # at equal extent, lower rank is the outer element
    opened: bool = False


def open_tag(span: Span) -> str:
    parts = [f'class="{escape(span.classes)}"']
    if span.id and not span.opened:
        parts.append(f'id="{escape(span.id)}"')
    parts += [f'{name}="{escape(value)}"' for name, value in span.attrs.items()]
    span.opened = True
    return "<span " + " ".join(parts) + ">"


def render_spans(text: str, spans: list[Span]) -> Markup:
    """Escaped text with spans wrapped around their ranges (ids only on the first fragment)."""
    spans = sorted((s for s in spans if 0 <= s.start < s.stop <= len(text)),
                   key=lambda s: (s.start, -s.stop, s.rank))
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.stop for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    pending = 0
    for pos, following in zip(cuts, cuts[1:] + [None]):
        ending = [i for i, s in enumerate(stack) if s.stop <= pos]
        if ending:
            popped = stack[ending[0]:]
            del stack[ending[0]:]
            out.append("</span>" * len(popped))
            for span in popped:
                if span.stop > pos:  # cut by a span that ended inside it: reopen the rest
                    stack.append(span)
                    out.append(open_tag(span))
        while pending < len(spans) and spans[pending].start == pos:
            stack.append(spans[pending])
            out.append(open_tag(spans[pending]))
            pending += 1
        if following is not None:
            out.append(str(escape(text[pos:following])))
    out.append("</span>" * len(stack))
    return Markup("".join(out))


def document_spans(doc: dict[str, Any]) -> list[Span]:
    """The spans an article view shows: evidence sentences, quotes, mentions, triggers."""
    entities = {e["id"]: e for e in doc["entities"]}
    spans: list[Span] = []
    for event in doc["events"]:
        label = f"{event['cameo']} {event.get('source_name') or '?'} → {event.get('target_name') or '?'}"
        spans.append(Span(event["sentence_start"], event["sentence_stop"], "evidence",
                          {"data-event": str(event["i"]), "title": label}, id=f"event-{event['i']}", rank=0))
        spans.append(Span(event["trigger_start"], event["trigger_stop"], "trigger",
                          {"data-event": str(event["i"]), "title": label}, rank=3))
    for quote in doc["quotes"]:
        spans.append(Span(quote["start"], quote["stop"], "quote",
                          {"title": f"quote: {quote.get('speaker') or '?'}"}, id=f"quote-{quote['i']}", rank=1))
    for mention in doc["mentions"]:
        entity = entities.get(mention["entity"])
        kind = (mention.get("type") or "X").upper()
        title = kind if entity is None else f"{kind}: {entity['name']}" + (f" ({entity['country']})" if entity.get("country") else "")
        spans.append(Span(mention["start"], mention["stop"], f"ent ent-{kind}", {"title": title}, rank=2))
    return spans


def highlight_document(doc: dict[str, Any]) -> Markup:
    """The article text as highlighted, escaped HTML."""
    return render_spans(doc["text"] or "", document_spans(doc))
