"""Terminal rendering of a stored or analysed document with rich."""
from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "GPE": "bold green", "LOC": "green",
          "office": "cyan", "title": "cyan underline", "trigger": "reverse yellow", "quote": "italic yellow"}


def marked_text(text: str, mentions: list[dict[str, Any]], events: list[dict[str, Any]],
                quotes: list[dict[str, Any]]) -> Text:
    """The clean text with entities, event triggers and quotes styled (never as markup:
    article text is data, so it goes in as plain text and styles are applied by offset)."""
    out = Text(text)
    for quote in quotes:
        out.stylize(STYLES["quote"], quote["start"], quote["stop"])
    for mention in mentions:
        style = STYLES.get(mention["kind"]) or STYLES.get(mention["type"], "bold")
        if mention["kind"] in ("adjective", "demonym"):
            style = "green"
        out.stylize(style, mention["start"], mention["stop"])
    for event in events:
        out.stylize(STYLES["trigger"], event["trigger_start"], event["trigger_stop"])
    return out


def entity_table(entities: list[dict[str, Any]]) -> Table:
    table = Table(title="Entities", show_lines=False)
    for column in ("type", "name", "country", "code", "offices"):
        table.add_column(column)
    for e in entities:
        table.add_row(e["type"], e["name"], e["country"] or "", e["code"] or "", "; ".join(e["offices"] or []))
    return table


def event_table(events: list[dict[str, Any]], title: str = "Events") -> Table:
    table = Table(title=title)
    for column in ("date", "cameo", "quad", "source", "target", "modality", "where", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        source = f"{e['source_name']} ({e['source_country'] or '?'})"
        target = f"{e['target_name']} ({e['target_country'] or '?'})" if e.get("target_name") else ""
        evidence = e["evidence"] if len(e["evidence"] or "") < 120 else e["evidence"][:117] + "..."
        table.add_row(e.get("date") or "", e["cameo"], str(e["quad_class"]), source, target,
                      e["modality"], e.get("location") or "", Text(evidence or ""))
    return table


def document_view(doc: dict[str, Any], mentions: list[dict[str, Any]], entities: list[dict[str, Any]],
                  events: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> Group:
    header = Text()
    header.append(doc["title"] or "(untitled)", style="bold underline")
    meta = [doc.get("published") or "no date", doc.get("author") or "", doc.get("outlet") or ""]
    header.append("\n" + " · ".join(m for m in meta if m), style="dim")
    if doc.get("cited_sources"):
        header.append("\nsources: " + ", ".join(doc["cited_sources"]), style="dim")
    parts: list[Any] = [header, Text(""), marked_text(doc["text"], mentions, events, quotes), Text("")]
    parts.append(entity_table(entities))
    if events:
        parts.append(event_table(events))
    if quotes:
        table = Table(title="Quotes")
        table.add_column("speaker")
        table.add_column("quote", overflow="fold")
        for q in quotes:
            table.add_row(q["speaker"] or "?", Text(q["text"]))
        parts.append(table)
    return Group(*parts)
