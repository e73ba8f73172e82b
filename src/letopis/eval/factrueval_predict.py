"""factRuEval-2016 predictors over letopis' own analysis: Doc -> track 1 mentions, Doc -> facts.

Mapping (docs/evaluation.md): PER names -> per; ORG names, acronyms, IGOs, seats -> org;
GPE names/acronyms/capitals and LOC names -> loc or locorg as `entities.locorg` decides;
adjectives, demonyms, offices and titles are not factRuEval entities.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from letopis.doc import Doc, Fact, Mention
from letopis.entities.locorg import classify_place, load_locorg_model, mention_head

ORG_KINDS = {"name", "acronym", "igo", "seat"}
PLACE_KINDS = {"name", "acronym", "capital"}
DATA = Path(__file__).resolve().parents[1] / "data"
ACRONYM_TAIL = re.compile(r"^(.*\S)\s*\(([A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё\-]{1,9})\)?$")


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Nouns that make an organisation of a following genitive state name (data file + roles.tsv bodies)."""
    words = {w.strip() for w in (DATA / "factrueval_org_heads.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")}
    for line in (DATA / "roles.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 2 and cells[2] == "body" and " " not in cells[0]:
            words.add(cells[0])
    return frozenset(words)


def _case(doc: Doc, m: Mention) -> str:
    h = mention_head(doc, m)
    if h is None:
        return ""
    for part in doc.tokens[h].feats.split("|"):
        if part.startswith("Case="):
            return part[5:]
    return ""


def _genitive_place(doc: Doc, m: Mention) -> bool:
    """A state/city mention that can own what precedes it: genitive, or an indeclinable acronym."""
    return m.type in ("GPE", "LOC") and m.kind in PLACE_KINDS and (m.kind == "acronym" or _case(doc, m) == "Gen")


def _trim(doc: Doc, m: Mention) -> tuple[int, int]:
    """Mention offsets without quotes and brackets around them (factRuEval leaves them out)."""
    start, stop = m.start, m.stop
    text = doc.text
    while start < stop and text[start] in "«»\"'“”„( ":
        start += 1
    while stop > start and text[stop - 1] in "«»\"'“”„) ":
        stop -= 1
    return start, stop


def doc_to_task1(doc: Doc, model: dict | None = None) -> list[tuple[str, int, int]]:
    """Track 1 mentions (tag, start, length) from a processed Doc."""
    model = model if model is not None else load_locorg_model()
    out: list[tuple[str, int, int]] = []
    mentions = doc.mentions
    owned: set[int] = set()        # places swallowed by an org ('США' in 'Конгресса США'): locorg
    for n, m in enumerate(mentions):
        tag = None
        if m.type == "PER" and m.kind == "name":
            tag = "per"
        elif m.type == "ORG" and m.kind in ORG_KINDS:
            tag = "org"
        elif m.type in ("GPE", "LOC") and m.kind in PLACE_KINDS:
            tag = "locorg" if id(m) in owned else classify_place(doc, m, model)
        if tag is None:
            continue
        start, stop = _trim(doc, m)
        if stop <= start:
            continue
        if tag == "org":
            parts = _split_acronym(doc, start, stop)
            if parts:
                out.extend(parts)
                continue
            # factRuEval's org runs on over the owner state: 'Конгресса США', 'МЧС России'
            nxt = next((o for o in mentions[n + 1:] if o.start >= m.stop), None)
            if nxt is not None and not doc.text[m.stop:nxt.start].strip() and _genitive_place(doc, nxt):
                out.append(("org", start, nxt.stop - start))
                owned.add(id(nxt))
                continue
        elif tag in ("loc", "locorg") and _genitive_place(doc, m):
            head = _org_head_before(doc, m)
            if head is not None:
                out.append(("org", head, stop - head))
                tag = "locorg"
        out.append((tag, start, stop - start))
    return sorted(set(out), key=lambda x: (x[1], -x[2], x[0]))


def _split_acronym(doc: Doc, start: int, stop: int) -> list[tuple[str, int, int]]:
    """'Союз координационных советов (СКС)' -> the name and the acronym as two orgs."""
    match = ACRONYM_TAIL.match(doc.text[start:stop])
    if not match or "(" not in doc.text[start:stop]:
        return []
    name_stop = start + len(match.group(1))
    acr_start = start + match.start(2)
    return [("org", start, name_stop - start), ("org", acr_start, len(match.group(2)))]


def _org_head_before(doc: Doc, m: Mention) -> int | None:
    """Start of a body noun right before a genitive place ('правительства Китая'), if there is one."""
    before = [t for t in doc.tokens if t.stop <= m.start][-1:]
    if not before:
        return None
    tok = before[0]
    if doc.text[tok.stop:m.start].strip() or tok.pos != "NOUN":
        return None
    if tok.lemma.lower() in org_heads():
        return tok.start
    return None


def doc_to_facts(doc: Doc) -> list[Fact]:
    """Track 3 facts of a processed Doc (filled by the pipeline's facts stage)."""
    return list(doc.facts)


def make_predictors(models=None) -> tuple[Callable[[str], list[tuple[str, int, int]]], Callable[[str], list[Fact]]]:
    """(text -> task1 mentions, text -> facts), both running the full letopis pipeline once per text."""
    from letopis.nlp.models import load_models
    from letopis.pipeline import process_text

    models = models or load_models()
    cache: dict[str, Doc] = {}

    def analysed(text: str) -> Doc:
        if text not in cache:
            cache.clear()
            cache[text] = process_text(text, models=models)
        return cache[text]

    return (lambda text: doc_to_task1(analysed(text))), (lambda text: doc_to_facts(analysed(text)))
