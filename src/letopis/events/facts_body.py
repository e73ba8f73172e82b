"""The body a job is held in: 'глава правительства Израиля' is position 'глава', where 'правительства Израиля'.

factRuEval's occupations put the organisation, or the division of it, in the where and keep the job noun
(with its domain: 'министр иностранных дел') in the position. A job phrase read off an office mention or a
title ends at the first place or organisation name, so a body noun before that name ('правительства',
'фракции', 'пресс-службы') lands in the position and the where keeps only the name. Here such a body noun,
with the adjectives before it, moves to the where, and so does the body's domain after the name ('комитета
Госдумы | по международным делам'). Body nouns: data/facts_bodies.tsv.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..doc import Doc
from ..tsv import read_words

DATA = Path(__file__).resolve().parents[1] / "data" / "facts_bodies.tsv"


@lru_cache(maxsize=1)
def load_body_nouns() -> frozenset[str]:
    """Lemmas of body nouns from data/facts_bodies.tsv."""
    return read_words(DATA)


def is_body_noun(tok) -> bool:
    """A body noun of data/facts_bodies.tsv in the genitive (or an upper-case acronym): 'отдела', 'МИДа'."""
    lemma = tok.lemma.lower().replace("ё", "е")
    return tok.pos in ("NOUN", "PROPN") and "Animacy=Anim" not in tok.feats and lemma in load_body_nouns() \
        and ("Case=Gen" in tok.feats or tok.text.isupper())


GAP_POS = {"ADJ", "NOUN", "CCONJ"}
FROM_IN = {"из", "в", "во"}
# prepositions inside a division's name ('отдел по работе с молодёжью'); not 'от' (the party that sent a deputy)
DOMAIN_ADP = {"по", "с", "со"}
QUOTES = {"«", "\"", "„", "“"}


def _body_gap(doc: Doc, gap: list[int]) -> bool:
    """A longer noun phrase between a job and its where that opens with a body noun, after its adjectives
    ('отдела корпоративных серверов и сетей', 'отдела по связям с общественностью'): one division's name."""
    k = 0
    while k < len(gap) and doc.tokens[gap[k]].pos == "ADJ":
        k += 1
    return k < len(gap) and is_body_noun(doc.tokens[gap[k]]) and len(gap) <= 8 \
        and all(doc.tokens[i].pos in GAP_POS or doc.tokens[i].lemma.lower() in DOMAIN_ADP for i in gap) \
        and doc.tokens[gap[-1]].pos != "ADP"


def split_body(doc: Doc, pos: tuple[int, int], where: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(position, where) refitted around a where that follows the position: the words between them and the
    position's own words are cut at the first body noun, what comes before it is the position and the rest
    the where ('глава правительства' + 'Израиля', 'глава' + 'фракции' + 'КПРФ'); words without a body noun
    join the position ('министр' + 'иностранных дел' + 'Японии'); an adjective where takes a body noun
    right after it ('глава' + 'палестинской' + 'делегации'). None when nothing changes."""
    if where[0] < pos[1]:
        return None                              # 'российский президент': the where comes first
    gap = [i for i, t in enumerate(doc.tokens) if pos[1] <= t.start and t.stop <= where[0]]
    came_from = len(gap) > 1 and doc.tokens[gap[0]].lemma.lower() in FROM_IN and is_body_noun(doc.tokens[gap[1]])
    if came_from:
        gap = gap[1:]                            # 'рабочий | из цеха X': the body the worker comes from
    if gap and doc.tokens[gap[-1]].text in QUOTES and (len(gap) == 1 or _body_gap(doc, gap[:-1])):
        gap = gap[:-1]                           # 'отделения движения «Солидарность»'
    if came_from:
        return (pos, (doc.tokens[gap[0]].start, where[1])) if _body_gap(doc, gap) else None
    if gap and not _body_gap(doc, gap) and (any(doc.tokens[i].pos not in GAP_POS for i in gap) or len(gap) > 4):
        return None                              # 'министр Имя в Y', a clause between: not one phrase
    toks = [i for i, t in enumerate(doc.tokens) if pos[0] <= t.start and t.stop <= pos[1]] + gap
    if not toks:
        return None
    body = next((i for i in toks[1:] if is_body_noun(doc.tokens[i])), None)
    if body is None:
        if not gap:
            return _join_after(doc, pos, where)
        if doc.tokens[gap[-1]].pos == "CCONJ":
            return None
        while gap and doc.tokens[gap[-1]].pos == "ADJ":
            where = (doc.tokens[gap[-1]].start, where[1])    # 'глава | государственной Комиссии'
            gap = gap[:-1]
        return ((pos[0], doc.tokens[gap[-1]].stop) if gap else pos), where
    first = body
    while first - 1 > toks[0] and doc.tokens[first - 1].pos == "ADJ":
        first -= 1                               # 'синодального Отдела', 'японского МИДа'
    return (pos[0], doc.tokens[first - 1].stop), (doc.tokens[first].start, _domain_stop(doc, where[1]))


def _domain_stop(doc: Doc, stop: int) -> int:
    """The end of a body's 'по' domain right after its name ('комитета Госдумы | по международным делам'):
    lower-case adjectives, nouns, commas and 'и' after 'по' and a dative, up to a name; stop when none."""
    k = next((i for i, t in enumerate(doc.tokens) if t.start >= stop), None)
    if k is None or k + 1 >= len(doc.tokens) or doc.tokens[k].text.lower() != "по" \
            or "Case=Dat" not in doc.tokens[k + 1].feats or doc.text[stop:doc.tokens[k].start].strip():
        return stop
    named = {t for m in doc.mentions if m.kind in ("name", "acronym") for t in range(m.start, m.stop)}
    end = k
    for i in range(k + 1, min(len(doc.tokens), k + 10)):
        t = doc.tokens[i]
        if t.sentence != doc.tokens[k].sentence or t.start in named:
            break
        if t.pos in ("ADJ", "NOUN") and t.text[:1].islower():
            end = i
        elif t.text not in (",", "и"):
            break
    return doc.tokens[end].stop if end > k else stop


def _join_after(doc: Doc, pos: tuple[int, int], where: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An adjective where right after the position followed by a body noun, maybe after more adjectives:
    'глава | японского | МИДа', 'лидер | испанской | торговой палаты'."""
    after = next((i for i, t in enumerate(doc.tokens) if t.start >= where[1]), None)
    inside = [t for t in doc.tokens if where[0] <= t.start and t.stop <= where[1]]
    if after is None or not inside or any(t.pos != "ADJ" for t in inside) or doc.text[where[1]:doc.tokens[after].start].strip():
        return None
    for _ in range(3):                   # 'испанской | торговой | палаты': adjectives of the body on the way
        if after + 1 < len(doc.tokens) and doc.tokens[after].pos == "ADJ" and doc.tokens[after].text[:1].islower():
            after += 1
    if not is_body_noun(doc.tokens[after]):
        return None
    stop = doc.tokens[after].stop
    # 'британской группы The Prodigy': the body's own name runs on
    name = next((m for m in doc.mentions if m.type in ("ORG", "GPE") and m.kind in ("name", "acronym")
                 and m.start >= stop and not doc.text[stop:m.start].strip(" «\"")), None)
    return pos, (where[0], name.stop if name is not None else stop)
