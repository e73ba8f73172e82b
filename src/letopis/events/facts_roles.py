"""Occupations said with a verb: 'X является директором Y', 'он стал депутатом Y', 'X назначен на пост
министра Y', 'X возглавляет Y', 'X работает в Y'.

The office layer (facts.py) reads job titles set next to a name; here the job comes through the clause:
a link verb with an animate noun in the instrumental (the job, its where inside the phrase after it), a
'пост'/'должность' noun with the job in the genitive, or a verb that itself says who runs or works where
(then the fact has no position, as factRuEval allows). The holder is the verb's subject: a person's name,
a noun in apposition to one ('занял республиканец Имя'), or 'он'/'она'/'который' standing for the person
named before; for a participle ('Имя, ранее возглавлявший отдел X') the name it hangs on. Post nouns also
take verbs of taking over and leaving a post ('занял место спикера', 'ушёл с поста', 'сменил на посту').
"""
from __future__ import annotations

from ..doc import Doc, Fact, Mention
from .facts_body import load_body_nouns
from .facts_syntax import make_arg, mention_head, stand_in, token_index
from .facts_unnamed import unnamed_where

# verbs that link a person to a job noun in the instrumental
LINK_VERBS = {"являться", "стать", "становиться", "быть", "оставаться", "остаться", "работать", "служить",
              "назначить", "назначать", "избрать", "избирать", "утвердить", "числиться", "трудиться"}
# nouns that carry the job in their genitive ('назначен на пост министра', 'занимает должность директора')
POST_NOUNS = {"пост", "должность", "место"}
# verbs of taking, holding or leaving a post ('занял место спикера', 'ушёл с поста президента')
POST_VERBS = {"назначить", "назначать", "избрать", "избирать", "занимать", "занять", "утвердить", "вступить",
              "уйти", "уходить", "покинуть", "покидать", "оставить", "оставлять", "освободить", "снять", "отстранить",
              "сменить", "сменять"}
# verbs whose active voice names the appointer as subject and the holder as object ('Y назначил X послом',
# 'Y снял X с поста')
APPOINT_VERBS = {"назначить", "назначать", "избрать", "избирать", "утвердить", "освободить", "снять", "отстранить"}
HEAD_VERBS = {"возглавлять": "Acc", "возглавить": "Acc", "руководить": "Ins"}
# verbs whose 'в' + organisation says where the subject works ('работает в НАСА'); a place there is no job
WORK_VERBS = {"работать", "трудиться", "служить"}
WHERE_TYPES = {"ORG", "GPE"}


def _case(tok) -> str:
    return next((p[5:] for p in tok.feats.split("|") if p.startswith("Case=")), "")


def _subject(doc: Doc, verb: int, names: dict[int, Mention], depth: int = 0) -> Mention | None:
    """The job holder: the verb's subject as a named person (a name, or a pronoun standing for one); the
    object of an active appointing verb ('Y назначил X послом'); for an infinitive under a control verb the
    subject of that verb ('X согласился занять пост'); for 'который' the name the relative clause hangs on,
    directly or through an apposition ('X, бывший астронавт, который работает в Y')."""
    v = doc.tokens[verb]
    active = v.lemma.lower() in APPOINT_VERBS and "Voice=Pass" not in v.feats and "VerbForm=Part" not in v.feats
    for j, tok in enumerate(doc.tokens):
        if tok.head != verb or not (tok.rel == "obj" if active else tok.rel.startswith("nsubj")):
            continue
        if j in names:
            return names[j]
        m = _relative_head(doc, v.head, names) if tok.lemma.lower() == "который" and v.rel == "acl:relcl" else None
        m = m or stand_in(doc, j, {"PER"})
        if m is None and tok.pos == "NOUN":          # 'занял республиканец Имя'
            m = _appos_name(doc, j, names)
        if m is not None and m.type == "PER":
            return m
    if not active and v.rel == "acl" and v.head >= 0 and doc.tokens[v.head].pos in ("NOUN", "PROPN"):
        return _appos_name(doc, v.head, names)   # 'Имя, ранее возглавлявший отдел X'
    if depth < 2 and v.rel == "conj" and v.head >= 0 and doc.tokens[v.head].pos in ("VERB", "AUX"):
        return _subject(doc, v.head, names, depth + 1)   # 'X является депутатом ..., также является членом Y'
    if not active and depth < 2 and v.rel == "xcomp" and "VerbForm=Inf" in v.feats and v.head >= 0 \
            and doc.tokens[v.head].pos == "VERB":
        return _subject(doc, v.head, names, depth + 1)
    return None


def _appos_name(doc: Doc, noun: int, names: dict[int, Mention]) -> Mention | None:
    """The named person at a noun: the name itself, the name it stands in apposition to, or the name in
    apposition to it ('посол Японии Имя, возглавлявший ...': the participle hangs on 'посол')."""
    if noun in names:
        return names[noun]
    tok = doc.tokens[noun]
    if tok.rel == "appos" and tok.head in names:
        return names[tok.head]
    return next((names[j] for j, t in enumerate(doc.tokens) if t.head == noun and t.rel == "appos" and j in names), None)


def _relative_head(doc: Doc, noun: int, names: dict[int, Mention]) -> Mention | None:
    """The named person a relative clause hangs on: the name itself or the name a noun stands in apposition to."""
    if noun in names:
        return names[noun]
    tok = doc.tokens[noun] if noun >= 0 else None
    if tok is not None and tok.rel == "appos" and tok.head in names:
        return names[tok.head]
    return None


def _person_heads(doc: Doc, index: dict[int, int]) -> dict[int, Mention]:
    out = {}
    for m in doc.mentions:
        if m.type == "PER" and m.kind == "name" and m.entity >= 0:
            h = mention_head(doc, m, index)
            if h >= 0:
                out[h] = m
    return out


def _phrase_end(doc: Doc, head: int) -> int:
    """Offset where the phrase after a job noun ends: the first comma, dash, verb or sentence end."""
    sent = doc.tokens[head].sentence
    end = head
    while end + 1 < len(doc.tokens) and doc.tokens[end + 1].sentence == sent and end - head < 10 \
            and doc.tokens[end + 1].text not in (",", ";", ".", "—", "–", "(") \
            and doc.tokens[end + 1].pos not in ("VERB", "AUX"):
        end += 1
    return doc.tokens[end].stop


def _job_fact(doc: Doc, who: Mention, noun: int) -> Fact | None:
    """Occupation from a job noun: its phrase is the position, the first place or organisation after it the where."""
    from .facts import _first_where, _is_job, _position_from, fit_where

    pos = _position_from(doc, noun, len(doc.tokens))
    pos, where = fit_where(doc, pos, _first_where(doc, pos[1], _phrase_end(doc, noun)))
    if (unnamed := unnamed_where(doc, pos, where)) is not None:
        pos, where = unnamed                               # 'является депутатом | парламента'
    if where is None or not _is_job(doc, *pos):
        return None
    args = [make_arg(doc, "who", who.start, who.stop), make_arg(doc, "position", *pos), make_arg(doc, "where", *where)]
    return Fact("Occupation", [a for a in args if a is not None]) if all(args) else None


def _head_verb_fact(doc: Doc, t: int, who: Mention, case: str) -> Fact | None:
    """'X возглавляет Y', 'X руководит Y': the named organisation or state in the object."""
    for m in doc.mentions:
        if m.type not in WHERE_TYPES or m.kind not in ("name", "acronym") or m.entity < 0:
            continue
        h = mention_head(doc, m, token_index(doc))
        # the object, or the name in apposition to it ('возглавляет компанию X')
        top = h if h >= 0 and doc.tokens[h].head == t else doc.tokens[h].head if h >= 0 else -1
        if top < 0 or doc.tokens[top].head != t or doc.tokens[top].rel not in ("obj", "obl", "iobj") \
                or _case(doc.tokens[top]) != case:
            continue
        start = m.start
        if top != h and _is_body(doc.tokens[top]) and doc.tokens[top].stop <= m.start:
            k = top                                  # 'возглавлял | отдел России': the division
            while k - 1 > t and doc.tokens[k - 1].pos == "ADJ" and doc.tokens[k - 1].head == top:
                k -= 1
            start = doc.tokens[k].start
        args = [make_arg(doc, "who", who.start, who.stop), make_arg(doc, "where", start, m.stop)]
        return Fact("Occupation", args) if all(args) else None
    return None


def _opens_sentence(doc: Doc, t: int) -> bool:
    return t == 0 or doc.tokens[t - 1].sentence != doc.tokens[t].sentence


def _is_body(tok) -> bool:
    return tok.pos == "NOUN" and tok.text[:1].islower() and tok.lemma.lower().replace("ё", "е") in load_body_nouns()


def _work_verb_fact(doc: Doc, t: int, who: Mention) -> Fact | None:
    """'X работает в Y': a named organisation (not a place) in a 'в' phrase of the verb is the where."""
    index = token_index(doc)
    for m in doc.mentions:
        if m.type != "ORG" or m.kind not in ("name", "acronym") or m.entity < 0:
            continue
        h = mention_head(doc, m, index)
        if h >= 0 and doc.tokens[h].rel == "appos" and doc.tokens[h].head >= 0 \
                and _is_body(doc.tokens[doc.tokens[h].head]):
            h = doc.tokens[h].head                   # 'работает в компании «X»': the name stands by a body noun
        if h < 0 or doc.tokens[h].head != t or doc.tokens[h].rel != "obl":
            continue
        if not any(c.head == h and c.rel == "case" and c.lemma.lower() in ("в", "во") for c in doc.tokens):
            continue
        args = [make_arg(doc, "who", who.start, who.stop), make_arg(doc, "where", m.start, m.stop)]
        return Fact("Occupation", args) if all(args) else None
    return None


def find_role_clauses(doc: Doc) -> list[Fact]:
    """Occupation facts said by a clause: link verb + job noun, 'пост'/'должность' + job, 'возглавлять'."""
    index = token_index(doc)
    names = _person_heads(doc, index)
    facts: list[Fact] = []
    for t, tok in enumerate(doc.tokens):
        lemma = tok.lemma.lower()
        if lemma in HEAD_VERBS and tok.pos == "VERB":
            who = _subject(doc, t, names)
            fact = _head_verb_fact(doc, t, who, HEAD_VERBS[lemma]) if who else None
        elif lemma in WORK_VERBS and tok.pos == "VERB":
            who = _subject(doc, t, names)
            fact = _work_verb_fact(doc, t, who) if who else None
        elif tok.pos == "NOUN" and tok.head >= 0 and (tok.text[:1].islower() or _opens_sentence(doc, t)):
            verb = doc.tokens[tok.head]
            vlemma = verb.lemma.lower()
            noun = t
            if lemma in POST_NOUNS and vlemma in POST_VERBS:
                # 'назначен на пост министра Y': the job is the animate genitive after the post noun
                nxt = t + 1
                while nxt < len(doc.tokens) and nxt - t < 4 and doc.tokens[nxt].pos == "ADJ":
                    nxt += 1                     # 'пост генерального | директора'
                if nxt >= len(doc.tokens) or doc.tokens[nxt].pos != "NOUN" or "Animacy=Anim" not in doc.tokens[nxt].feats:
                    continue
                noun = nxt
            elif not (vlemma in LINK_VERBS and _case(tok) == "Ins" and "Animacy=Anim" in tok.feats):
                continue
            who = _subject(doc, tok.head, names)
            fact = _job_fact(doc, who, noun) if who else None
        else:
            continue
        if fact is not None:
            facts.append(fact)
    return facts
