"""An unnamed body as the where of an occupation: 'депутат парламента Имя', 'капитан сборной Имя'.

A job phrase read before or after a name needs a named place or organisation for its where; a body that a
country or city has only one of is often left unnamed ('глава правительства', 'член жюри'), and factRuEval
marks that noun as the where. Nouns: data/facts_unnamed.tsv.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..doc import Doc
from ..tsv import read_words

POSSESSIVES = {"свой", "его", "ее", "её", "их", "наш", "мой", "ваш", "твой"}
DATA = Path(__file__).resolve().parents[1] / "data" / "facts_unnamed.tsv"


@lru_cache(maxsize=1)
def load_unnamed_bodies() -> frozenset[str]:
    """Lemmas of unnamed bodies from data/facts_unnamed.tsv."""
    return read_words(DATA)


def _is_unnamed_body(tok) -> bool:
    return tok.pos == "NOUN" and tok.text[:1].islower() and "Case=Gen" in tok.feats \
        and tok.lemma.lower().replace("ё", "е") in load_unnamed_bodies()


def unnamed_where(doc: Doc, pos: tuple[int, int], named: tuple[int, int] | None = None
                  ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(position, where) for a job phrase whose body noun has no name: the body noun in the genitive right
    after the job noun, inside the phrase or just after it ('депутат | парламента'), with the adjectives
    before it ('глава | местной администрации') and a genitive noun after it ('правительства | страны').
    A named where found after it wins, unless 'от' comes between ('депутат парламента | от партии X': the
    party sent the deputy, the parliament is where he works). None when there is no such noun."""
    toks = [i for i, t in enumerate(doc.tokens) if pos[0] <= t.start and t.stop <= pos[1]]
    if not toks:
        return None
    after = toks[-1] + 1
    cands = toks[1:] + ([after] if after < len(doc.tokens) and not doc.text[doc.tokens[toks[-1]].stop:doc.tokens[after].start].strip() else [])
    body = next((i for i in cands if _is_unnamed_body(doc.tokens[i])), None)
    if body is None:
        return None
    first = body
    while first - 1 > toks[0] and doc.tokens[first - 1].pos == "ADJ" and doc.tokens[first - 1].text[:1].islower():
        first -= 1
    last = body
    if last + 1 < len(doc.tokens) and doc.tokens[last + 1].pos == "NOUN" and "Case=Gen" in doc.tokens[last + 1].feats \
            and doc.tokens[last + 1].text[:1].islower() and "Animacy=Anim" not in doc.tokens[last + 1].feats:
        last += 1
    if first == toks[0] or any(doc.tokens[i].lemma.lower() in POSSESSIVES for i in range(toks[0], body)):
        return None                      # 'главы своей администрации': another person's body
    if named is not None and not (last + 1 < len(doc.tokens) and doc.tokens[last + 1].text.lower() == "от"
                                  and doc.tokens[last].stop <= named[0]):
        return None
    return (pos[0], doc.tokens[first - 1].stop), (doc.tokens[first].start, doc.tokens[last].stop)
