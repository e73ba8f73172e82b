"""factRuEval-style Ownership facts: Ownership(owner, property) from ownership words in the parse.

Cues and how each finds its two arguments are in data/facts_owners.tsv: an owner noun in apposition
to a person's name ('основатель MySQL Иван Петров', 'Иван Петров, совладелец компании X'); 'принадлежать'
('X, принадлежащая Y'); 'владеть' ('Y владеет X'); 'доля' ('доля Y в X'); 'подконтрольный'; founding
('Y основал X', 'X, основанная Y'); 'дочерняя компания Y'. The owner
is a named person, organisation or state, the property a named organisation, both in the cue's sentence.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..doc import Doc, Fact, Mention
from .facts_syntax import attached, make_arg, named_heads, token_index

DATA = Path(__file__).resolve().parents[1] / "data" / "facts_owners.tsv"
OWNERS = {"PER", "ORG", "GPE"}
PROPERTY = {"ORG"}


@lru_cache(maxsize=1)
def load_owner_cues() -> dict[str, str]:
    """Cue lemma -> kind (owner_noun, belongs, owns, share, controlled, founds, subsidiary) from data/facts_owners.tsv."""
    rows = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {r[0].strip(): r[1].strip() for r in rows[1:] if len(r) >= 2}


def _case(tok) -> str:
    return next((p[5:] for p in tok.feats.split("|") if p.startswith("Case=")), "")


def _is_verb(tok) -> bool:
    """A finite verb or infinitive; participles ('управляющий директор') read as adjectives here."""
    return tok.pos in ("VERB", "AUX") and "VerbForm=Part" not in tok.feats


def _children(doc: Doc, i: int) -> list[int]:
    return [j for j, t in enumerate(doc.tokens) if t.head == i]


def _has_prep(doc: Doc, h: int, lemma: str) -> bool:
    return any(doc.tokens[j].rel == "case" and doc.tokens[j].lemma.lower() == lemma for j in _children(doc, h))


def _path(doc: Doc, h: int, t: int) -> list[int]:
    """Tokens from h up to the child of t it hangs under (h alone when it is not under t)."""
    out = [h]
    for _ in range(8):
        head = doc.tokens[out[-1]].head
        if head < 0 or head == t:
            return out
        out.append(head)
    return [h]


def _left_of(doc: Doc, tok, heads: dict[int, Mention], types: set[str]) -> list[int]:
    """Names of the given types that end right before a token, set off by a comma at most."""
    return [h for h in heads if heads[h].stop <= tok.start and heads[h].type in types
            and not doc.text[heads[h].stop:tok.start].strip(" ,«»\"")]


def _path_rel(doc: Doc, h: int, t: int) -> str:
    """The relation by which h's phrase hangs on t ('Холдинг «X» владеет': X is appos of the subject)."""
    return doc.tokens[_path(doc, h, t)[-1]].rel


def _with_conj(doc: Doc, found: set[int], heads: dict[int, Mention]) -> set[int]:
    """Names coordinated with found ones: 'принадлежащая X, Y и Z'."""
    return found | {h for h in heads if doc.tokens[h].rel == "conj" and doc.tokens[h].head in found
                    and h > doc.tokens[h].head}


def _noun_phrase_top(doc: Doc, t: int) -> int:
    """Climb over coordination: 'директор и совладелец' -> 'директор'."""
    for _ in range(4):
        if doc.tokens[t].rel == "conj" and doc.tokens[t].head >= 0:
            t = doc.tokens[t].head
        else:
            break
    return t


def _mention_at(doc: Doc, j: int, heads: dict[int, Mention]) -> int | None:
    """The named mention headed at token j, or one in apposition to it ('компания X')."""
    if j in heads:
        return j
    return next((c for c in _children(doc, j) if c in heads and doc.tokens[c].rel.split(":")[0] in ("appos", "flat", "nmod")
                 and doc.tokens[c].start > doc.tokens[j].start), None)


def _owner_noun_pairs(doc: Doc, t: int, heads: dict[int, Mention]) -> list[tuple[int, int]]:
    """'основатель MySQL Иван Петров', 'Иван Петров — совладелец компании X': read in word order, since long
    lists of people with their titles are parsed badly."""
    tokens = doc.tokens
    sent = tokens[t].sentence
    # the property: the first organisation name within the few words after the noun, before any verb or comma
    prop = None
    for j in range(t + 1, min(t + 7, len(tokens))):
        if tokens[j].sentence != sent or _is_verb(tokens[j]) or tokens[j].text in (",", ";", "—", "-"):
            break
        m = next((h for h in heads if heads[h].start <= tokens[j].start < heads[h].stop), None)
        if m is not None:
            prop = m if heads[m].type in PROPERTY else None
            break
    if prop is None:
        return []
    owner = None
    after = [h for h in heads if heads[h].type == "PER" and heads[h].start >= heads[prop].stop
             and not doc.text[heads[prop].stop:heads[h].start].strip(" «»\"")]
    if after:
        owner = after[0]
    else:
        # 'Имя — директор и совладелец X', 'Имя, основатель X': the name before a dash or comma and a short title
        before = sorted((h for h in heads if heads[h].type == "PER" and heads[h].stop <= tokens[t].start),
                        key=lambda h: heads[h].stop)
        if before:
            h = before[-1]
            gap = [x for x in tokens if heads[h].stop <= x.start and x.stop <= tokens[t].start]
            if gap and gap[0].text in (",", "—", "–", "-") and len(gap) <= 5 \
                    and not any(_is_verb(x) or x.text in (";", ".") for x in gap) \
                    and not any(x.text in (",", "—", "–", "-") for x in gap[1:]):
                owner = h
    return [(owner, prop)] if owner is not None and heads[owner].entity != heads[prop].entity else []


def _pairs(doc: Doc, t: int, kind: str, heads: dict[int, Mention]) -> list[tuple[int, int]]:
    """(owner head, property head) pairs for one cue token."""
    tok = doc.tokens[t]
    below = {h for h in heads if h != t and attached(doc, h, {t})}
    props = {h for h in below if heads[h].type in PROPERTY}
    owners: set[int] = set()
    if kind == "owner_noun":
        return _owner_noun_pairs(doc, t, heads)
    elif kind in ("belongs", "controlled"):
        owners = _with_conj(doc, {h for h in below if heads[h].type in OWNERS and _case(doc.tokens[h]) == "Dat"}, heads)
        if tok.rel.split(":")[0] in ("acl", "amod") and tok.head >= 0:
            # 'X, принадлежащая Y': the name right before the participle (the parse often hangs it elsewhere)
            left = [h for h in heads if heads[h].stop <= tok.start and heads[h].type in PROPERTY
                    and not doc.text[heads[h].stop:tok.start].strip(" ,«»\"")]
            p = left[0] if left else _mention_at(doc, tok.head, heads)
            props = {p} if p is not None and heads[p].type in PROPERTY else set()
        else:
            props = {h for h in props if doc.tokens[h].rel.startswith("nsubj") and doc.tokens[h].head == t}
    elif kind == "owns":
        if tok.rel.split(":")[0] in ("acl", "amod"):
            # 'X, владеющая Y': the owner is the name right before the participle
            owners = set(_left_of(doc, tok, heads, OWNERS)[-1:])
        else:
            owners = {h for h in below if heads[h].type in OWNERS and _path_rel(doc, h, t).startswith("nsubj")}
        props = {h for h in props if _case(doc.tokens[_path(doc, h, t)[-1]]) in ("Ins", "Acc") and h not in owners}
    elif kind == "founds":
        if tok.rel.split(":")[0] in ("acl", "amod"):
            # 'X, основанная Y': the founder in the instrumental, the property the name before the participle
            owners = {h for h in below if heads[h].type in OWNERS and _case(doc.tokens[_path(doc, h, t)[-1]]) == "Ins"}
            left = [h for h in heads if heads[h].stop <= tok.start and heads[h].type in PROPERTY
                    and not doc.text[heads[h].stop:tok.start].strip(" ,«»\"")]
            props = set(left[:1])
        else:
            owners = _with_conj(doc, {h for h in below if heads[h].type in OWNERS
                                      and _path_rel(doc, h, t).startswith("nsubj")}, heads)
            props = {h for h in props if _path_rel(doc, h, t) == "obj"}
    elif kind == "subsidiary":
        # 'X, дочерняя компания Y' / 'дочерняя компания Y «X»': the owner is the genitive after the noun
        noun = tok.head if tok.pos == "ADJ" else t
        if noun < 0:
            return []
        after = {h for h in heads if h != noun and attached(doc, h, {noun}) and doc.tokens[h].start > doc.tokens[noun].start}
        owners = {h for h in after if heads[h].type in OWNERS and _case(doc.tokens[_path(doc, h, noun)[-1]]) in ("Gen", "")}
        start = min(doc.tokens[t].start, doc.tokens[noun].start)
        left = [h for h in heads if heads[h].stop <= start and heads[h].type in PROPERTY
                and doc.text[heads[h].stop:start].strip() in (",", "—", "–", "-")]
        appos = [h for h in after - owners if heads[h].type in PROPERTY and doc.tokens[h].rel.startswith("appos")]
        props = set(left[-1:] or appos[:1])
    elif kind == "share":
        # '' for foreign names the tagger leaves caseless; 'банка «X»' carries the case on 'банка'
        owners = {h for h in below if heads[h].type in OWNERS and _case(doc.tokens[_path(doc, h, t)[-1]]) in ("Gen", "")
                  and not any(_has_prep(doc, x, "в") for x in _path(doc, h, t))}
        props = {h for h in props if any(_has_prep(doc, x, "в") for x in _path(doc, h, t))}
    return [(o, p) for o in owners for p in props if heads[o].entity != heads[p].entity]


def find_ownerships(doc: Doc) -> list[Fact]:
    """Ownership facts from the cues of data/facts_owners.tsv."""
    cues = load_owner_cues()
    index = token_index(doc)
    facts: list[Fact] = []
    seen: set[tuple[int, int]] = set()
    for t, tok in enumerate(doc.tokens):
        kind = cues.get(tok.lemma.lower().replace("ё", "е"))
        if kind is None:
            continue
        heads = named_heads(doc, tok.sentence, OWNERS | PROPERTY, index)
        for o, p in _pairs(doc, t, kind, heads):
            owner, prop = heads[o], heads[p]
            if (owner.entity, prop.entity) in seen:
                continue
            seen.add((owner.entity, prop.entity))
            args = [make_arg(doc, "owner", owner.start, owner.stop), make_arg(doc, "property", prop.start, prop.stop)]
            if all(args):
                facts.append(Fact("Ownership", args))
    return facts
