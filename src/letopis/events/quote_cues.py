"""Speech cues around a quoted span: 'заявил Токаев' after it, 'по словам X,' or 'X заявил:' before it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..tsv import read_rows
from .syntax import Tree

DATA = Path(__file__).resolve().parents[1] / "data"
# what may stand between a closing mark and the author's words: '», —', '”, –', '», ', '?» —'
AFTER_INTRO = re.compile(r"[ \t]*(?:[,!?…]|\.\.\.)?[ \t]*[–—][ \t]+|[ \t]*,[ \t]+")
CLAUSE_END = {".", "!", "?", ";", ":", "…", "«", "„", "“", "”", '"'}
AFTER_REACH = 4          # the cue is among the first words after the quote
BEFORE_REACH = 10        # and within this many words before 'что' or a colon


@dataclass(frozen=True, slots=True)
class CueWord:
    cue: str                # lemma sequence
    kind: str               # verb | noun | prep
    speaker: str            # subj | obj | nmod | obl | clause


@dataclass(slots=True)
class Cue:
    """A cue found for one quote: its token, how it attaches and the tokens of the author's words."""

    token: int
    word: CueWord | None
    rule: str               # after | colon | comma | that | dash | inner
    window: list[int]       # token indices of the author's words (outside the quote)


def norm(lemma: str) -> str:
    return lemma.lower().replace("ё", "е")


@cache
def load_cues() -> dict[tuple[str, ...], CueWord]:
    """The cue table in data/quote_verbs.tsv, keyed by lemma sequence."""
    table: dict[tuple[str, ...], CueWord] = {}
    for _, row in read_rows(DATA / "quote_verbs.tsv"):
        cue = norm(row["cue"])
        table[tuple(cue.split())] = CueWord(cue, row["kind"], row["speaker"])
    return table


def cue_word(tree: Tree, i: int) -> CueWord | None:
    """The cue that token i ends, if any ('словам' ends 'по словам')."""
    cues = load_cues()
    lemma = norm(tree.tokens[i].lemma)
    if i > 0 and (norm(tree.tokens[i - 1].lemma), lemma) in cues:
        return cues[(norm(tree.tokens[i - 1].lemma), lemma)]
    word = cues.get((lemma,))
    if word is not None and word.kind == "verb" and tree.tokens[i].pos not in ("VERB", "AUX", "ADJ"):
        return None
    if word is not None and word.kind == "noun" and tree.tokens[i].pos != "NOUN":
        return None
    return word


def words(tree: Tree, indices: list[int]) -> list[int]:
    return [i for i in indices if tree.tokens[i].pos != "PUNCT"]


def cue_after(text: str, tree: Tree, tokens_from: list[int], close_at: int) -> Cue | None:
    """'», — заявил Токаев', '”, – сказал он', '», отметил министр'."""
    intro = AFTER_INTRO.match(text, close_at)
    if intro is None:
        return None
    window: list[int] = []
    for i in tokens_from:
        tok = tree.tokens[i]
        if tok.start < intro.end():
            continue
        if tok.text in CLAUSE_END or "\n" in text[intro.end():tok.start]:
            break
        window.append(i)
    for i in words(tree, window)[:AFTER_REACH]:
        word = cue_word(tree, i)
        if word is not None:
            return Cue(i, word, "after", window)
    return None


def cue_before(text: str, tree: Tree, window: list[int], open_at: int, close_at: int) -> Cue | None:
    """'Токаев заявил: «', 'Как отметил Алиев, «', 'По словам X, «', 'X подчеркнул, что «'."""
    prefix = text[:open_at].rstrip()
    if not window:
        return None
    if prefix.endswith(":"):
        head = [i for i in window if tree.tokens[i].stop <= len(prefix) - 1]
        cue = last_cue(tree, head, BEFORE_REACH)
        if cue is not None:
            return Cue(cue, cue_word(tree, cue), "colon", head)
        # a headline's 'Лавров: «...»' names the speaker with no verb at all
        return Cue(-1, None, "colon", head) if head else None
    if prefix.endswith(","):
        head = [i for i in window if tree.tokens[i].stop <= len(prefix) - 1]
        clause = []
        for i in reversed(head):
            if tree.tokens[i].text == ",":
                break
            clause.insert(0, i)
        cue = last_cue(tree, clause, BEFORE_REACH)
        return Cue(cue, cue_word(tree, cue), "comma", clause) if cue is not None else None
    # '..., что «...»' or '..., что президент «...»': the quote ends its clause
    if re.match(r"\s*\w", text[close_at:close_at + 3]):
        return None
    that = next((i for i in reversed(window) if norm(tree.tokens[i].text) in ("что", "чтобы")), None)
    if that is None:
        return None
    between = [i for i in window if i > that]
    if len(words(tree, between)) > 6 or any(tree.tokens[i].pos in ("VERB", "AUX") for i in between):
        return None
    head = [i for i in window if i < that]
    cue = last_cue(tree, head, BEFORE_REACH)
    return Cue(cue, cue_word(tree, cue), "that", [i for i in window if i != that]) if cue is not None else None


def last_cue(tree: Tree, indices: list[int], reach: int) -> int | None:
    for i in reversed(words(tree, indices)[-reach:]):
        if cue_word(tree, i) is not None:
            return i
    return None
