"""Shared helpers of the fact finders: argument spans and climbing the dependency parse."""
from __future__ import annotations

from ..doc import Doc, Mention

TRIM = " ,.;:—–-«»\"()"
# named mentions that can fill an organisation/state/person slot of a fact
NAMED_KINDS = {"name", "acronym", "capital", "igo", "seat"}


def trim_span(doc: Doc, start: int, stop: int) -> tuple[int, int]:
    """A span without the punctuation and quotes around it."""
    while start < stop and doc.text[start] in TRIM:
        start += 1
    while stop > start and doc.text[stop - 1] in TRIM:
        stop -= 1
    return start, stop


def make_arg(doc: Doc, role: str, start: int, stop: int) -> tuple[str, str, int, int] | None:
    """A fact argument (role, text, start, stop) over a trimmed span; None when nothing is left."""
    start, stop = trim_span(doc, start, stop)
    cut = doc.text.find(" (", start, stop)
    if cut > start:                      # 'Иван Петров (Ivan Petrov)': the name without its transcription
        start, stop = trim_span(doc, start, cut)
    quote = doc.text.find("«", start, stop)
    if role != "position" and quote > start and (role != "where" or not _division(doc.text[start:quote])):
        start, stop = trim_span(doc, quote, stop)   # 'компания «Ромашка»': the name in quotes, as it is known
    return (role, doc.text[start:stop], start, stop) if stop > start else None


def _division(text: str) -> bool:
    """Three or more long words before a quoted name: a division of it ('московского отделения движения «X»'),
    kept whole, not a bare descriptor ('компания «X»', 'парламента от партии «X»')."""
    words = text.split()
    return len(words) >= 3 and min(map(len, words)) >= 4


def token_index(doc: Doc) -> dict[int, int]:
    """Token index by start offset."""
    return {t.start: i for i, t in enumerate(doc.tokens)}


def verb_above(doc: Doc, i: int) -> int:
    """The nearest verb governing token i (i itself when it is a verb), or -1."""
    for _ in range(8):
        if i < 0 or doc.tokens[i].pos in ("VERB", "AUX"):
            return i
        i = doc.tokens[i].head
    return -1


def mention_head(doc: Doc, m: Mention, index: dict[int, int]) -> int:
    """The token of a mention whose syntactic head lies outside it."""
    i = index.get(m.start, -1)
    for _ in range(6):
        if i < 0:
            return -1
        h = doc.tokens[i].head
        if h < 0 or not (m.start <= doc.tokens[h].start < m.stop):
            return i
        i = h
    return i


def attached(doc: Doc, i: int, targets: set[int]) -> bool:
    """Token i reaches a target by climbing heads without passing through another verb."""
    return reached_from(doc, i, targets) is not None


def reached_from(doc: Doc, i: int, targets: set[int]) -> int | None:
    """The token right below the target that token i climbs through (i itself if it hangs on the target);
    None when i meets another verb first or reaches no target."""
    prev = i
    for _ in range(8):
        if i < 0:
            return None
        if i in targets:
            return prev
        if doc.tokens[i].pos in ("VERB", "AUX"):
            return None
        prev, i = i, doc.tokens[i].head
    return None


def named_heads(doc: Doc, sentence: int, types: set[str], index: dict[int, int]) -> dict[int, Mention]:
    """Head token -> named mention of the given types in one sentence (linked to an entity)."""
    heads: dict[int, Mention] = {}
    for m in doc.mentions:
        if m.type not in types or m.kind not in NAMED_KINDS or m.entity < 0:
            continue
        if m.type == "PER" and m.kind != "name":
            continue
        h = mention_head(doc, m, index)
        if h >= 0 and doc.tokens[h].sentence == sentence:
            heads[h] = m
    return heads


PERSONAL = {"он", "она"}                 # a pronoun subject stands for the person named before it
POSSESSIVE = {"его", "её", "ее", "их"}
RELATIVE = {"который"}
# a name that hangs on these words is the news source, not the topic ('пишет The Independent', 'по данным X')
SOURCE_WORDS = {"писать", "сообщать", "сообщить", "передавать", "передать", "информировать", "данные", "слово",
                "сообщение", "источник", "цитировать", "отмечать", "отметить", "заявить", "заявлять"}


def _is_source(doc: Doc, m: Mention, index: dict[int, int]) -> bool:
    h = mention_head(doc, m, index)
    return h >= 0 and doc.tokens[h].head >= 0 and doc.tokens[doc.tokens[h].head].lemma.lower() in SOURCE_WORDS


def _nominative(doc: Doc, m: Mention, index: dict[int, int]) -> bool:
    h = mention_head(doc, m, index)
    return h >= 0 and ("Case=Nom" in doc.tokens[h].feats or "Case=" not in doc.tokens[h].feats)


def previous_name(doc: Doc, offset: int, types: set[str], sentences: int = 2, subject: bool = False) -> Mention | None:
    """The nearest named mention of the given types ending before an offset, at most a few sentences back
    (the antecedent of 'он', 'его основатель'); with subject, only names in the nominative ('он' stands for
    the subject before it, not for 'администрации Джорджа Буша'); None when there is none so close."""
    sent = next((k for k, s in enumerate(doc.sentences) if s.start <= offset < s.stop), None)
    if sent is None:
        return None
    floor = doc.sentences[max(0, sent - sentences)].start
    index = token_index(doc)
    found = [m for m in doc.mentions if m.type in types and m.kind in NAMED_KINDS and m.entity >= 0
             and (m.type != "PER" or m.kind == "name") and floor <= m.start and m.stop <= offset
             and not _is_source(doc, m, index) and (not subject or _nominative(doc, m, index))]
    return max(found, key=lambda m: m.stop) if found else None


def stand_in(doc: Doc, i: int, types: set[str]) -> Mention | None:
    """The name a pronoun token stands for: 'он'/'она' -> the nearest person named before it;
    'который' -> the name right before the relative clause ('X, который основал Y')."""
    tok = doc.tokens[i]
    lemma = tok.lemma.lower()
    if lemma in PERSONAL and tok.pos == "PRON" and "PER" in types:
        return previous_name(doc, tok.start, {"PER"}, subject=True)
    if lemma in RELATIVE:
        m = previous_name(doc, tok.start, types, sentences=0)
        if m is not None and not doc.text[m.stop:tok.start].strip(" ,«»\"()"):
            return m
    return None
