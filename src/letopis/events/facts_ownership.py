"""factRuEval-style Ownership facts: Ownership(owner, property) from ownership words in the parse.

Cues and how each finds its two arguments are in data/facts_owners.tsv: an owner noun in apposition
to a person's name ('основатель MySQL Иван Петров', 'Иван Петров, совладелец компании X'); 'принадлежать'
('X, принадлежащая Y'); 'владеть' ('Y владеет X'); 'доля' ('доля Y в X'); 'подконтрольный'; founding
('Y основал X', 'X, основанная Y'); 'дочерняя компания Y'. The owner
is a named person, organisation or state, the property a named organisation, both in the cue's sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..doc import Doc, Fact, Mention
from ..tsv import read_rows
from .facts_syntax import (POSSESSIVE, attached, make_arg, named_heads, previous_name, stand_in, token_index,
                           verb_above)

DATA = Path(__file__).resolve().parents[1] / "data" / "facts_owners.tsv"
OWNERS = {"PER", "ORG", "GPE"}
PROPERTY = {"ORG"}
# link verbs between an owner and an owner noun ('X является совладельцем Y', 'X стал основателем Y')
# 'X входит в холдинг Y' (kind part_of; kept here, not in facts_owners.tsv, whose kinds a test pins)
ENTER_VERBS = {"входить", "входящий"}
# group nouns that 'входить в' takes for ownership ('входит в холдинг X'), not membership ('в состав ЕС')
GROUP_NOUNS = {"холдинг", "группа", "концерн", "корпорация", "структура", "империя"}
# words in or just before a company's name that mark it as a business, which a person's name after it owns
# ('холдинг X Имени', 'X Holdings Имени'); ministries and parties are led, not owned ('МВД Имени')
BUSINESS = {"компания", "холдинг", "группа", "концерн", "фирма", "корпорация", "банк", "ооо", "зао", "оао", "пао",
            "ао", "holding", "holdings", "group", "inc", "ltd", "corp", "llc", "gmbh", "ag", "sa"}
# what may stand between the names of a list after an owner noun: ', театра «Y»', ' и студии Z'
LIST_GAP = re.compile(r"(,|и|, и)( [а-яё-]+){0,2}")
COPULAS = {"являться", "стать", "становиться", "быть", "оставаться", "остаться", "считаться"}
# words that may stand between a name and its owner noun ('X — один из основателей Y', 'X, который стал ...')
OWNER_GAP = {"один", "одна", "из", "также", "и", "который", "которая", "главный", "крупный", "крупнейший",
             "основной", "единственный", "бывший", "нынешний"}


@lru_cache(maxsize=1)
def load_owner_cues() -> dict[str, str]:
    """Cue lemma -> kind (owner_noun, belongs, owns, share, controlled, founds, subsidiary) from data/facts_owners.tsv."""
    return {row["lemma"]: row["kind"] for _, row in read_rows(DATA) if row["lemma"] and row["kind"]}


def _case(tok) -> str:
    return next((p[5:] for p in tok.feats.split("|") if p.startswith("Case=")), "")


def _is_verb(tok) -> bool:
    """A finite verb or infinitive; participles ('управляющий директор') read as adjectives here."""
    return tok.pos in ("VERB", "AUX") and "VerbForm=Part" not in tok.feats


def _participial(tok) -> bool:
    """A participle hanging on a noun ('X, принадлежащая Y'), not a relative clause ('X, который основал Y')."""
    return tok.rel in ("acl", "amod") or (tok.rel.startswith("acl") and "VerbForm=Part" in tok.feats)


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
            and not doc.text[heads[h].stop:tok.start].strip(" ,«»\"„“”")]


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


def _owner_gap(doc: Doc, start: int, stop: int) -> bool:
    """Text between an owner's name and its owner noun: a comma or dash with a short title ('Имя — директор
    и совладелец'), or link words ('является', 'стал одним из', ', который стал')."""
    gap = [x for x in doc.tokens if start <= x.start and x.stop <= stop]
    if not gap:
        return False
    # a title set off before 'один из': 'Имя — немецкий режиссёр, один из создателей X'
    if len(gap) >= 4 and gap[0].text in (",", "—", "–", "-") and [x.lemma.lower() for x in gap[-3:]] == [",", "один", "из"]:
        gap = gap[:-3]
    linked = any(x.lemma.lower() in COPULAS for x in gap)
    if any(x.text in (";", ".") or (_is_verb(x) and x.lemma.lower() not in COPULAS) for x in gap):
        return False
    if any(x.text in (",", "—", "–", "-") for x in gap[1:]):
        return False
    if gap[0].text in (",", "—", "–", "-"):
        return len(gap) <= 5
    # without a comma or dash only link words may stand between: 'Имя является совладельцем X'
    return linked and len(gap) <= 4 and all(x.lemma.lower() in COPULAS | OWNER_GAP or x.pos == "ADJ" for x in gap)


def _owner_noun_pairs(doc: Doc, t: int, heads: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """'основатель MySQL Иван Петров', 'Иван Петров — совладелец компании X', 'Иван Петров является владельцем X',
    'владельцем X является Иван Петров', 'его основатель Иван Петров' (X named just before): read in word
    order, since long lists of people with their titles are parsed badly."""
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
    people = {h: heads[h] for h in heads if heads[h].type == "PER"}
    if prop is not None:
        property_ = heads[prop]
        after_from = property_.stop
    else:
        # 'его основатель Имя': the organisation named last before the possessive
        k = t - 1
        while k >= 0 and tokens[k].pos == "ADJ":
            k -= 1
        if k < 0 or tokens[k].text.lower() not in POSSESSIVE:
            return []
        property_ = previous_name(doc, tokens[k].start, PROPERTY)
        if property_ is None:
            return []
        after_from = tokens[t].stop
    owner = None
    for h in sorted(people, key=lambda h: people[h].start):
        if people[h].start < after_from:
            continue
        gap = [x for x in tokens if after_from <= x.start and x.stop <= people[h].start]
        # 'владельцем X является её основатель Имя': link words, a possessive and owner nouns may come between
        if all(x.text in "«»\"" or x.lemma.lower() in COPULAS or x.text.lower() in POSSESSIVE or x.pos == "ADJ"
               or load_owner_cues().get(x.lemma.lower()) == "owner_noun" for x in gap) and len(gap) <= 4 \
                and (not gap or any(x.lemma.lower() in COPULAS for x in gap) or all(x.text in "«»\"" for x in gap)):
            owner = people[h]
        break
    if owner is None:
        before = sorted((h for h in people if people[h].stop <= tokens[t].start), key=lambda h: people[h].stop)
        if before and _owner_gap(doc, people[before[-1]].stop, tokens[t].start):
            owner = people[before[-1]]
    if owner is None:
        # 'он является совладельцем X': the person named before the pronoun
        subj = [x for x in range(max(0, t - 5), t) if tokens[x].lemma.lower() in ("он", "она") and tokens[x].pos == "PRON"
                and "Case=Nom" in tokens[x].feats and _owner_gap(doc, tokens[x].stop, tokens[t].start)]
        if subj:
            owner = stand_in(doc, subj[-1], {"PER"})
    if owner is None:
        return []
    props = [property_]
    if prop is not None:
        # 'один из создателей театра «X», театра «Y» и Z': a list of organisations after the noun
        for h in sorted((h for h in heads if heads[h].start >= props[-1].stop), key=lambda h: heads[h].start):
            between = doc.text[props[-1].stop:heads[h].start].strip(" «»\"")
            if heads[h].type not in PROPERTY or not LIST_GAP.fullmatch(between) or heads[h].entity == owner.entity:
                break
            props.append(heads[h])
    return [(owner, p) for p in props if owner.entity != p.entity]


def _relative_owner_pairs(doc: Doc, t: int, heads: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """'X, (одним из) крупнейшим акционером которого является Y': the property is the name before the clause,
    the owner the subject of the link verb."""
    tokens = doc.tokens
    k = t + 1
    if k >= len(tokens) or tokens[k].lemma.lower() != "который" or _case(tokens[k]) != "Gen":
        return []
    verb = verb_above(doc, t)
    if verb < 0 or tokens[verb].lemma.lower() not in COPULAS:
        return []
    owners = _with_conj(doc, {h for h in heads if heads[h].type in OWNERS and h > t and attached(doc, h, {verb})
                              and _path_rel(doc, h, verb).startswith("nsubj")}, heads)
    # the clause opens at the comma a few words before the cue ('Y», крупнейшим акционером которого')
    j = t - 1
    while j >= 0 and t - j <= 5 and tokens[j].text != "," and tokens[j].sentence == tokens[t].sentence:
        j -= 1
    if j < 0 or tokens[j].text != ",":
        return []
    props = _left_of(doc, tokens[j], heads, PROPERTY)[-1:]
    return [(heads[o], heads[p]) for o in owners for p in props if heads[o].entity != heads[p].entity]


def _named_owner_pairs(doc: Doc, heads: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """'USM Holdings Алишера Усманова', 'компания X Ивана Петрова': a person's name in the genitive right after
    a company's name owns it (a business by BUSINESS: not 'МВД Ивана Петрова')."""
    tokens = doc.tokens
    out = []
    for h, m in heads.items():
        if m.type != "PER" or _case(tokens[h]) != "Gen":
            continue
        left = [g for g in heads if heads[g].type in PROPERTY and heads[g].stop <= m.start
                and not doc.text[heads[g].stop:m.start].strip(" «»\"'")]
        if not left:
            continue
        org = heads[left[-1]]
        before = [x for x in tokens if x.stop <= org.start and x.sentence == tokens[h].sentence][-2:]
        words = {x.lemma.lower() for x in tokens if org.start <= x.start < org.stop} | {x.lemma.lower() for x in before}
        if not words & BUSINESS or _under_person_noun(doc, org):
            continue
        out.append((m, org))
    return out


def _possessive_pairs(doc: Doc, heads: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """'Олег Тиньков и его банк X', 'бизнесмен Имя, чей холдинг X': a possessive before a business noun and a
    company's name; the owner is the person the possessive stands for."""
    tokens = doc.tokens
    out = []
    for h, m in heads.items():
        if m.type not in PROPERTY:
            continue
        k = next((i for i, x in enumerate(tokens) if x.start == m.start), None)
        if k is None:
            continue
        j = k - 1
        while j >= 0 and tokens[j].text in "«\"„":
            j -= 1
        if j < 1 or tokens[j].lemma.lower() not in BUSINESS or tokens[j].pos != "NOUN":
            continue
        j -= 1
        while j >= 0 and tokens[j].pos == "ADJ" and tokens[j].text.lower() not in POSSESSIVE:
            j -= 1
        if j < 0:
            continue
        word = tokens[j].text.lower()
        owner = None
        if word in POSSESSIVE - {"их"}:
            owner = previous_name(doc, tokens[j].start, {"PER"}, sentences=1, subject=True)
        elif tokens[j].lemma.lower() == "чей" and j >= 1 and tokens[j - 1].text == ",":
            owner = previous_name(doc, tokens[j].start, {"PER"}, sentences=0)
            if owner is not None and doc.text[owner.stop:tokens[j].start].strip(" ,«»\""):
                owner = None
        if owner is not None and owner.entity != m.entity:
            out.append((owner, m))
    return out


def _under_person_noun(doc: Doc, m: Mention) -> bool:
    """A name hanging, through nouns, on a person noun: 'топ-менеджер банка X Имя' names X's employee, not owner."""
    k = next((i for i, x in enumerate(doc.tokens) if m.start <= x.start < m.stop), -1)
    for _ in range(6):
        if k < 0:
            return False
        k = doc.tokens[k].head
        if k >= 0 and doc.tokens[k].pos == "NOUN" and "Animacy=Anim" in doc.tokens[k].feats \
                and doc.tokens[k].stop <= m.start:
            return True
        if k >= 0 and doc.tokens[k].pos not in ("NOUN", "PROPN", "X"):
            return False
    return False


def _stand_ins(doc: Doc, t: int, rels: tuple[str, ...], case: str = "") -> list[Mention]:
    """Names that pronoun dependants of a cue stand for: 'он основал X', 'X, который основал Y',
    'Y, которому принадлежит X'."""
    out = []
    for j in _children(doc, t):
        tok = doc.tokens[j]
        if tok.rel.split(":")[0] in rels and (not case or _case(tok) == case):
            m = stand_in(doc, j, OWNERS)
            if m is not None:
                out.append(m)
    return out


def _pairs(doc: Doc, t: int, kind: str, heads: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """(owner, property) mention pairs for one cue token."""
    tok = doc.tokens[t]
    below = {h for h in heads if h != t and attached(doc, h, {t})}
    props = {h for h in below if heads[h].type in PROPERTY}
    owners: set[int] = set()
    extra: list[Mention] = []
    extra_props: list[Mention] = []
    if kind == "owner_noun":
        return _owner_noun_pairs(doc, t, heads) or _relative_owner_pairs(doc, t, heads)
    elif kind in ("belongs", "controlled"):
        # '' for foreign names the tagger leaves caseless ('принадлежит USM Holdings')
        owners = _with_conj(doc, {h for h in below if heads[h].type in OWNERS and _case(doc.tokens[h]) in ("Dat", "")
                                  and doc.tokens[h].start > tok.start}, heads)
        if _participial(tok) and tok.head >= 0:
            # 'X, принадлежащая Y': the name right before the participle (the parse often hangs it elsewhere)
            left = [h for h in heads if heads[h].stop <= tok.start and heads[h].type in PROPERTY
                    and not doc.text[heads[h].stop:tok.start].strip(" ,«»\"")]
            p = left[0] if left else _mention_at(doc, tok.head, heads)
            props = {p} if p is not None and heads[p].type in PROPERTY else set()
        else:
            # 'X принадлежит Y', 'пакет акций X принадлежит Y': the property inside the subject
            props = {h for h in props if _path_rel(doc, h, t).startswith("nsubj")}
            extra = _stand_ins(doc, t, ("iobj", "obl", "obj"), "Dat")
            # 'X, которая принадлежит Y'
            extra_props = [m for m in _stand_ins(doc, t, ("nsubj",)) if m.type in PROPERTY] if not props else []
    elif kind == "owns":
        if _participial(tok):
            # 'X, владеющая Y': the owner is the name right before the participle
            owners = set(_left_of(doc, tok, heads, OWNERS)[-1:])
        else:
            owners = {h for h in below if heads[h].type in OWNERS and _path_rel(doc, h, t).startswith("nsubj")}
            extra = _stand_ins(doc, t, ("nsubj",))
        props = {h for h in props if _case(doc.tokens[_path(doc, h, t)[-1]]) in ("Ins", "Acc") and h not in owners}
    elif kind == "founds":
        if _participial(tok):
            # 'X, основанная Y': the founder in the instrumental, the property the name before the participle
            owners = {h for h in below if heads[h].type in OWNERS and _case(doc.tokens[_path(doc, h, t)[-1]]) == "Ins"}
            left = [h for h in heads if heads[h].stop <= tok.start and heads[h].type in PROPERTY
                    and not doc.text[heads[h].stop:tok.start].strip(" ,«»\"")]
            props = set(left[:1])
        else:
            owners = _with_conj(doc, {h for h in below if heads[h].type in OWNERS
                                      and _path_rel(doc, h, t).startswith("nsubj")}, heads)
            extra = _stand_ins(doc, t, ("nsubj",))
            props = {h for h in props if _path_rel(doc, h, t) == "obj"}
    elif kind == "subsidiary":
        # 'X, дочерняя компания Y' / 'дочерняя компания Y «X»': the owner is the genitive after the noun
        noun = tok.head if tok.pos == "ADJ" else t
        if noun < 0:
            return []
        after = {h for h in heads if h != noun and attached(doc, h, {noun}) and doc.tokens[h].start > doc.tokens[noun].start}
        owners = {h for h in after if heads[h].type in OWNERS and _case(doc.tokens[_path(doc, h, noun)[-1]]) in ("Gen", "")
                  and not _path_rel(doc, h, noun).startswith("appos")}
        start = min(doc.tokens[t].start, doc.tokens[noun].start)
        left = [h for h in heads if heads[h].stop <= start and heads[h].type in PROPERTY
                and doc.text[heads[h].stop:start].strip() in (",", "—", "–", "-")]
        appos = [h for h in after - owners if heads[h].type in PROPERTY and doc.tokens[h].rel.startswith("appos")]
        props = set(left[-1:] or appos[:1])
        verb = verb_above(doc, noun)
        if not owners and props and verb >= 0 and not _path_rel(doc, noun, verb).startswith("nsubj"):
            # 'Y передала права своей дочерней компании X': the owner is the subject of the verb
            owners = {h for h in heads if heads[h].type in ("ORG", "PER") and attached(doc, h, {verb})
                      and _path_rel(doc, h, verb).startswith("nsubj")}
    elif kind == "property_of":
        # 'X находится в собственности Y', 'X перешёл в собственность Y': the owner is the genitive after the
        # noun, the property the subject of the verb that governs it
        owners = {h for h in below if heads[h].type in OWNERS and _case(doc.tokens[_path(doc, h, t)[-1]]) in ("Gen", "")
                  and doc.tokens[h].start > tok.start}
        verb = tok.head if tok.head >= 0 and _is_verb(doc.tokens[tok.head]) and _has_prep(doc, t, "в") else -1
        props = {h for h in heads if verb >= 0 and heads[h].type in PROPERTY and attached(doc, h, {verb})
                 and _path_rel(doc, h, verb).startswith("nsubj")}
    elif kind == "part_of":
        # 'X входит в холдинг Y': the owner is the name at a group noun under 'в', the property the subject
        # ('входит в «Газпром»', 'входит в состав холдинга Y'); not 'входит в состав РФПЛ' nor 'в рейтинг Forbes'
        into = [j for j in _children(doc, t) if _has_prep(doc, j, "в")]
        groups = [j for j in into if doc.tokens[j].lemma.lower() in GROUP_NOUNS]
        groups += [c for j in into if doc.tokens[j].lemma.lower() == "состав" for c in _children(doc, j)
                   if doc.tokens[c].lemma.lower() in GROUP_NOUNS]
        owners = {h for h in below if heads[h].type == "ORG" and (h in into or any(attached(doc, h, {g}) for g in groups))}
        if _participial(tok):
            # 'банк X, входящий в группу Y': the property is the name right before the participle
            props = set(_left_of(doc, tok, heads, PROPERTY)[-1:])
        else:
            props = {h for h in props if _path_rel(doc, h, t).startswith("nsubj")}
            extra_props = [m for m in _stand_ins(doc, t, ("nsubj",)) if m.type in PROPERTY] if not props else []
    elif kind == "share":
        # '' for foreign names the tagger leaves caseless; 'банка «X»' carries the case on 'банка'
        owners = {h for h in below if heads[h].type in OWNERS and _case(doc.tokens[_path(doc, h, t)[-1]]) in ("Gen", "")
                  and not any(_has_prep(doc, x, "в") for x in _path(doc, h, t))}
        props = {h for h in props if any(_has_prep(doc, x, "в") for x in _path(doc, h, t))}
    found = [heads[o] for o in owners] + extra
    return [(o, p) for o in found for p in [heads[p] for p in props] + extra_props if o.entity != p.entity]


def find_ownerships(doc: Doc) -> list[Fact]:
    """Ownership facts from the cues of data/facts_owners.tsv."""
    cues = load_owner_cues()
    index = token_index(doc)
    facts: list[Fact] = []
    seen: set[tuple[int, int]] = set()
    for t, tok in enumerate(doc.tokens):
        lemma = tok.lemma.lower().replace("ё", "е")
        kind = "part_of" if lemma in ENTER_VERBS else cues.get(lemma)
        if kind is None:
            continue
        heads = named_heads(doc, tok.sentence, OWNERS | PROPERTY, index)
        for owner, prop in _pairs(doc, t, kind, heads):
            _add(doc, owner, prop, facts, seen)
    for k in range(len(doc.sentences)):
        heads = named_heads(doc, k, OWNERS | PROPERTY, index)
        for owner, prop in _named_owner_pairs(doc, heads) + _possessive_pairs(doc, heads):
            _add(doc, owner, prop, facts, seen)
    return facts


def _add(doc: Doc, owner: Mention, prop: Mention, facts: list[Fact], seen: set[tuple[int, int]]) -> None:
    """Append one Ownership fact unless the pair was already said."""
    if (owner.entity, prop.entity) in seen:
        return
    seen.add((owner.entity, prop.entity))
    args = [make_arg(doc, "owner", owner.start, owner.stop), make_arg(doc, "property", prop.start, prop.stop)]
    if all(args):
        facts.append(Fact("Ownership", args))
