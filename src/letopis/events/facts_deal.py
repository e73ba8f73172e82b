"""factRuEval-style Deal facts: Deal(participant*, type) from a deal word and the names hanging on it.

A deal word ('купила', 'покупка', 'кредит', 'штраф'; data/facts_deals.tsv gives each its deal type)
takes as participants the named organisations, states and people whose parse attaches them to the
word or to the verb that governs it, without passing another verb ('X купила акции Y';
'X объявила о покупке Y'; 'X дала Y кредит'). Two different participants are needed. The type is a
label, not a span of the text: its argument has offsets (-1, -1).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..doc import Doc, Fact
from ..tsv import read_rows
from .facts_syntax import attached, make_arg, named_heads, token_index, verb_above

DATA = Path(__file__).resolve().parents[1] / "data" / "facts_deals.tsv"
PARTIES = {"ORG", "GPE", "PER"}
# a governing verb passes its people on only through these relations ('X объявила о покупке Y')
VERB_RELS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl"}
# a name reached through these words is a source, not a party ('по данным X', 'по словам X')
SOURCE_WORDS = {"данные", "слово", "сообщение", "информация", "мнение", "оценка", "источник"}
GLUE = " \t\n()«»\"–—-"


@lru_cache(maxsize=1)
def load_deal_triggers() -> dict[str, str]:
    """Deal lemma -> factRuEval deal type, from data/facts_deals.tsv."""
    return {row["lemma"]: row["type"] for _, row in read_rows(DATA) if row["lemma"] and row["type"]}


def _lemma(tok) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _through_verb(doc: Doc, h: int, verb: int) -> bool:
    """A name hangs on the governing verb through a subject/object/oblique relation."""
    i = h
    for _ in range(8):
        if i < 0:
            return False
        head = doc.tokens[i].head
        if head == verb:
            return doc.tokens[i].rel in VERB_RELS
        if doc.tokens[i].pos in ("VERB", "AUX"):
            return False
        i = head
    return False


def _via_source(doc: Doc, h: int, stop: int) -> bool:
    """The climb from a name to its trigger passes a source word ('по данным издания X')."""
    i = doc.tokens[h].head
    for _ in range(8):
        if i < 0 or i == stop:
            return False
        if _lemma(doc.tokens[i]) in SOURCE_WORDS:
            return True
        i = doc.tokens[i].head
    return False


def _glued(doc: Doc, m, others) -> bool:
    """A name written right after another party's name is its acronym or apposition ('федерация футбола ФИФА')."""
    return any(o is not m and o.stop <= m.start and not doc.text[o.stop:m.start].strip(GLUE) for o in others)


def find_deals(doc: Doc) -> list[Fact]:
    """Deal facts: two or more named parties attached in the parse to one deal word or its verb."""
    triggers = load_deal_triggers()
    index = token_index(doc)
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for i, tok in enumerate(doc.tokens):
        deal_type = triggers.get(_lemma(tok))
        if deal_type is None or tok.pos not in ("NOUN", "VERB"):
            continue
        heads = named_heads(doc, tok.sentence, PARTIES, index)
        verb = verb_above(doc, i)
        joined = {h for h in heads if attached(doc, h, {i})}
        if verb >= 0 and verb != i:
            joined |= {h for h in heads if _through_verb(doc, h, verb) and attached(doc, h, {verb})}
        joined |= {h for h in heads if doc.tokens[h].rel == "conj" and doc.tokens[h].head in joined}
        joined = {h for h in joined if not _via_source(doc, h, verb if verb >= 0 else i)}
        found = [heads[h] for h in sorted(joined)]
        people: dict[int, object] = {}
        for m in found:
            if not _glued(doc, m, found):
                people.setdefault(m.entity, m)
        key = (tok.sentence, frozenset(people), deal_type)
        if len(people) < 2 or key in seen:
            continue
        seen.add(key)
        args = [make_arg(doc, "participant", m.start, m.stop) for m in people.values()]
        args = [a for a in args if a is not None]
        facts.append(Fact("Deal", [*args, ("type", deal_type, -1, -1)]))
    return facts
