"""A statement's stance read from its content: 'заявил, что правительство проявило
бессилие' criticises, though 'заявил' only states (data/criticism.tsv); 'сообщил, что
экс-президент скончался' is news of a death, no act towards anyone."""
from __future__ import annotations

import functools
from pathlib import Path

from ..tsv import read_words
from .syntax import Tree

CRITICISM_TSV = Path(__file__).resolve().parents[1] / "data" / "criticism.tsv"
DENIED = "не:"  # a criticism.tsv line of a word that censures only when negated
CONTENT_RELS = ("ccomp", "parataxis", "csubj")
# news of a death; a leader's word on a living colleague's health stays a comment (the gold
# codes 'Зума сообщил, что Мандела находится в критическом состоянии')
DEATH_VERBS = {"умереть", "скончаться", "погибнуть"}
OPENING_QUOTES = {"«", "“", "„", '"'}
CLOSING_QUOTES = {"»", "”", "“", '"'}


@functools.cache
def load_criticism() -> frozenset[str]:
    """Words that censure as they stand."""
    return frozenset(w for w in read_words(CRITICISM_TSV) if not w.startswith(DENIED))


@functools.cache
def denied_duties() -> frozenset[str]:
    """Words that censure when negated: the 'не:' lines."""
    return frozenset(w[len(DENIED):] for w in read_words(CRITICISM_TSV) if w.startswith(DENIED))


def content_tokens(tree: Tree, token: int) -> set[int]:
    """What a speech verb says: its clausal complements and the quotation in its sentence."""
    out: set[int] = set()
    for child in tree.kids(token, *CONTENT_RELS):
        out.update(tree.subtree(child, set()))
    inside = False
    for t in tree.sentence_range(tree.tokens[token].sentence):
        text = tree.tokens[t].text
        if not inside and text in OPENING_QUOTES:
            inside = True
        elif inside and text in CLOSING_QUOTES:
            inside = False
        elif inside:
            out.add(t)
    return out


def critical(tree: Tree, token: int) -> bool:
    """The statement made by the speech verb at `token` censures: its content holds a word of
    data/criticism.tsv, not negated, or one of its 'не:' words (a duty or an effort), negated."""
    words, duties = load_criticism(), denied_duties()
    return any((tree.tokens[t].lemma in words and not negated(tree, t))
               or (tree.tokens[t].lemma in duties and negated(tree, t)) for t in content_tokens(tree, token))


def negated(tree: Tree, token: int) -> bool:
    """The word or the verb it hangs on is negated ('не проявило бессилия')."""
    head = tree.tokens[token].head
    return tree.is_negated(token) or (head >= 0 and tree.tokens[head].pos in ("VERB", "AUX", "ADJ")
                                      and tree.is_negated(head))


def death_news(tree: Tree, token: int) -> bool:
    """The speech verb at `token` reports a death ('сообщила, что Ли Куан Ю скончался')."""
    return any(tree.tokens[clause].lemma in DEATH_VERBS for clause in tree.kids(token, *CONTENT_RELS))
