"""The full where of an occupation: a name read off a job phrase often stops short of what factRuEval marks.

'представитель Следственного комитета при прокуратуре' (the body 'при' another), 'Института этнологии РАН'
(an organisation of an organisation named right after it), 'пресс-службы МЧС по Санкт-Петербургу и
Ленобласти' (a branch 'по' a region): the where runs on over these, as the annotators' organisation spans do.
"""
from __future__ import annotations

from ..doc import Doc, Fact
from .facts_body import is_body_noun
from .facts_syntax import make_arg

PLACES = {"GPE", "LOC"}
NP_POS = {"ADJ", "NOUN", "PROPN"}


def _person_offsets(doc: Doc) -> list[tuple[int, int]]:
    return [(m.start, m.stop) for m in doc.mentions if m.type == "PER" and m.kind == "name"]


def _run_after_pri(doc: Doc, k: int, people: list[tuple[int, int]]) -> int:
    """Offset where a noun phrase starting at token k ends (adjectives, nouns, names; not a person's name)."""
    stop, n = -1, 0
    while k < len(doc.tokens) and n < 5:
        tok = doc.tokens[k]
        if tok.pos not in NP_POS or any(a <= tok.start < b for a, b in people):
            break
        if k > 0 and doc.text[doc.tokens[k - 1].stop:tok.start].strip():
            break
        stop, k, n = tok.stop, k + 1, n + 1
    nouns = [t for t in doc.tokens if 0 <= stop and t.stop <= stop and t.pos in ("NOUN", "PROPN")]
    return stop if nouns else -1


def _places_from(doc: Doc, offset: int) -> int:
    """Offset where a run of place names ('Санкт-Петербургу и Ленобласти') starting at offset ends, or -1."""
    stop = -1
    while True:
        place = next((m for m in doc.mentions if m.type in PLACES and m.kind in ("name", "capital", "acronym") and m.start >= offset
                      and not doc.text[offset:m.start].strip()), None)
        if place is None:
            return stop
        stop = place.stop
        rest = doc.text[stop:stop + 4]
        if not rest.startswith(" и "):
            return stop
        offset = stop + 3


def _complement_end(doc: Doc, k: int) -> int:
    """Offset where a body noun's lower-case genitive complement starting at token k ends ('иностранных дел',
    'внешних связей'), or -1: adjectives and inanimate nouns in the genitive, ending in a noun."""
    stop, n = -1, 0
    while k < len(doc.tokens) and n < 4:
        tok = doc.tokens[k]
        if tok.pos not in ("ADJ", "NOUN") or not tok.text[:1].islower() or "Case=Gen" not in tok.feats \
                or "Animacy=Anim" in tok.feats:
            break
        if k > 0 and doc.text[doc.tokens[k - 1].stop:tok.start].strip():
            break
        if tok.pos == "NOUN":
            stop = tok.stop
        k, n = k + 1, n + 1
    return stop


def _run_on(doc: Doc, k: int, stop: int, index: dict[int, int], people: list[tuple[int, int]]) -> int:
    """Offset the where ending at stop runs on to over 'при' + a noun phrase, 'по' + place names or a named
    organisation right after it; -1 when it does not."""
    word = doc.tokens[k].text
    if word == "при":
        return _run_after_pri(doc, k + 1, people)
    if word == "по" and k + 1 < len(doc.tokens):
        return _places_from(doc, doc.tokens[k + 1].start)
    org = next((m for m in doc.mentions if m.start == doc.tokens[k].start and m.type in ("ORG", "GPE")
                and m.kind in ("name", "acronym")), None)
    last = next((m for m in doc.mentions if m.stop == stop and m.type == "ORG"), None)
    head = doc.tokens[k]
    if org is not None and last is not None and (head.text.isupper() or "Case=Gen" in head.feats) \
            and org.start in index:
        return org.stop
    return -1


def extend_where(doc: Doc, start: int, stop: int) -> tuple[int, int]:
    """The where span run on over 'при' + a noun phrase, 'по' + place names, a named organisation right after
    it ('Института ... РАН'), or the genitive complement of a body noun it ends in ('министерства иностранных дел')."""
    index = {t.start: i for i, t in enumerate(doc.tokens)}
    people = _person_offsets(doc)
    for _ in range(3):
        k = next((i for i, t in enumerate(doc.tokens) if t.start >= stop), None)
        if k is None or doc.text[stop:doc.tokens[k].start].strip():
            break
        last = k - 1
        new = -1
        if last >= 0 and is_body_noun(doc.tokens[last]) and doc.tokens[last].text[:1].islower():
            new = _complement_end(doc, k)       # 'министерства | иностранных дел'
        if new <= stop:
            new = _run_on(doc, k, stop, index, people)
        if new <= stop:
            break
        stop = new
    return start, stop


def extend_wheres(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """Occupation facts with their where arguments run on (extend_where); other facts as they are."""
    out = []
    for f in facts:
        if f.type != "Occupation":
            out.append(f)
            continue
        args = []
        for a in f.args:
            if a[0] == "where":
                a = make_arg(doc, "where", *extend_where(doc, a[2], a[3])) or a
            args.append(a)
        out.append(Fact(f.type, args))
    return out
