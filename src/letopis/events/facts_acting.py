"""Acting and managing jobs said with a participle: 'исполняющий обязанности губернатора', 'и.о. ректора',
'врио главы', 'управляющий банком', 'заведующий кафедрой'.

factRuEval keeps the acting prefix in the position ('исполняющий обязанности официального представителя'),
and a managing participle is itself the job ('управляющий' + where 'FaceCash'). The job readers in facts.py
look for animate nouns; these helpers let them take the participle as a job head and run a position on
to the left over an acting prefix.
"""
from __future__ import annotations

import re

from ..doc import Doc, Fact
from .facts_body import load_body_nouns
from .facts_syntax import make_arg

# participles that name a job by themselves ('управляющий компанией X', 'заведующая отделом X')
JOB_PARTICIPLES = {"управлять", "заведовать"}
# an acting prefix ending right before a job noun: 'временно исполняющий обязанности', 'и.о.', 'врио'
ACTING = re.compile(r"(?:(?:временно\s+)?исполняющ(?:ий|ая|его|ей|ему|им|ую)\s+обязанности|и\.\s?о\.|вр\.?\s?и\.\s?о\.|врио)\s*$",
                    re.IGNORECASE)


def is_job_participle(tok, first: bool = False) -> bool:
    """A managing participle used as a job noun: 'управляющий', 'заведующая' (not 'управляемый', 'управлял');
    capitalised only as the first word of a sentence."""
    return tok.lemma.lower() in JOB_PARTICIPLES and tok.text.lower()[-4:-2] in ("ющ", "ящ") \
        and (tok.text[:1].islower() or first)


def acting_start(doc: Doc, start: int) -> int:
    """Start of an acting prefix right before a job phrase at start, in the same line; start when there is none."""
    line = doc.text.rfind("\n", 0, start) + 1
    found = ACTING.search(doc.text, max(line, start - 45), start)
    if found is None or found.end() != start:
        return start
    s = found.start()
    return s if s == line or not doc.text[s - 1].isalnum() else start


def skip_acting(doc: Doc, k: int) -> int:
    """Token index of the job after an acting prefix opening at token k ('исполняющий обязанности | главы');
    k when no prefix opens there."""
    toks = doc.tokens
    j = k + 1 if toks[k].text.lower() == "временно" else k
    if j + 1 < len(toks) and toks[j].lemma.lower() == "исполнять" and toks[j + 1].lemma.lower() == "обязанность":
        j += 2
        while j < len(toks) and toks[j].pos == "ADJ" and toks[j].text[:1].islower():
            j += 1
        return j if j < len(toks) else k
    return k


def fit_participle(doc: Doc, head: int, pos: tuple[int, int], where: tuple[int, int] | None
                   ) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Position and where of a participle job: the position ends at the participle ('главный управляющий'),
    its object goes to the where when it names a division ('заведующий | кафедрой истории МГУ', a body noun
    of data/facts_bodies.tsv) and is dropped otherwise ('управляющий | компанией X' -> where 'X')."""
    pos = (pos[0], doc.tokens[head].stop)
    k = head + 1
    if k < len(doc.tokens) and doc.tokens[k].text == ".":
        k += 1
    if where is not None and k < len(doc.tokens) and doc.tokens[k].stop <= where[0] \
            and doc.tokens[k].lemma.lower().replace("ё", "е") in load_body_nouns() and "Case=Ins" in doc.tokens[k].feats:
        where = (doc.tokens[k].start, where[1])
    return pos, where


def extend_acting(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """Occupation facts whose position is run on to the left over an acting prefix ('И.о. | губернатора')."""
    out = []
    for f in facts:
        if f.type == "Occupation":
            args = []
            for a in f.args:
                if a[0] == "position":
                    start = acting_start(doc, a[2])
                    if start < a[2]:
                        a = make_arg(doc, "position", start, a[3]) or a
                args.append(a)
            f = Fact(f.type, args)
        out.append(f)
    return out
