"""Occupations said with a verb: 'X является директором Y', 'он стал депутатом Y', 'X назначен на пост
министра Y', 'X возглавляет Y', 'X работает в Y'.

The office layer (facts.py) reads job titles set next to a name; here the job comes through the clause:
a link verb with an animate noun in the instrumental (the job, its where inside the phrase after it), a
'пост'/'должность' noun with the job in the genitive, or a verb that itself says who runs or works where
(then the fact has no position, as factRuEval allows). The holder is the verb's subject: a person's name,
a noun in apposition to one ('занял республиканец Имя'), or 'он'/'она'/'который' standing for the person
named before; for a participle ('Имя, ранее возглавлявший отдел X') the name it hangs on. Post nouns also
take verbs of taking over, holding and leaving a post ('занял место спикера', 'работал в должности',
'ушёл с поста', 'сменил на посту') and nouns of it ('назначение X на пост', 'заявил об уходе с поста'). A copula
'быть' hangs on the job noun ('X был директором Y', 'директором Y был X'); a denied clause ('не был') gives none.
"""
from __future__ import annotations

from ..doc import Doc, Fact, Mention
from .facts_body import load_body_nouns
from .facts_syntax import make_arg, mention_head, stand_in, token_index, verb_above
from .facts_unnamed import unnamed_where

# verbs that link a person to a job noun in the instrumental
LINK_VERBS = {"являться", "стать", "становиться", "быть", "оставаться", "остаться", "работать", "служить",
              "назначить", "назначать", "избрать", "избирать", "утвердить", "числиться", "трудиться"}
# nouns that carry the job in their genitive ('назначен на пост министра', 'занимает должность директора')
POST_NOUNS = {"пост", "должность", "место"}
# verbs of taking, holding or leaving a post ('занял место спикера', 'ушёл с поста президента')
POST_VERBS = {"назначить", "назначать", "избрать", "избирать", "занимать", "занять", "утвердить", "вступить",
              "уйти", "уходить", "покинуть", "покидать", "оставить", "оставлять", "освободить", "снять", "отстранить",
              "сменить", "сменять", "отрешить", "уволить", "увольнять",
              # holding it: 'работал в должности директора', 'совмещает должность вице-спикера'
              "работать", "проработать", "трудиться", "служить", "состоять", "совмещать", "совместить"}
# verbs whose active voice names the appointer as subject and the holder as object ('Y назначил X послом',
# 'Y снял X с поста')
APPOINT_VERBS = {"назначить", "назначать", "избрать", "избирать", "утвердить", "освободить", "снять", "отстранить",
                 "отрешить", "уволить", "увольнять"}
# nouns of taking or leaving a post: 'назначение X на пост' (the genitive holds it), 'заявил об уходе с поста'
# (own: the subject of the verb above holds it)
POST_NOMINALS = {"назначение": "other", "избрание": "other", "переизбрание": "other", "утверждение": "other",
                 "уход": "own", "отставка": "own", "вступление": "own", "возвращение": "own"}
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
        if active and m is not None and tok.pos == "PRON" and _same_person(m, _own_subject(doc, verb, names)):
            return None                  # 'Имя назначил его послом': 'его' is another person than the subject
        if m is not None and m.type == "PER":
            return m
    if active:
        return _object_after(doc, verb, names)   # the parse missed the object: 'назначил X-ом генерала Имя'
    if not active and v.rel == "acl" and v.head >= 0 and doc.tokens[v.head].pos in ("NOUN", "PROPN"):
        return _appos_name(doc, v.head, names)   # 'Имя, ранее возглавлявший отдел X'
    if depth < 2 and v.rel == "conj" and v.head >= 0 and doc.tokens[v.head].pos in ("VERB", "AUX"):
        return _subject(doc, v.head, names, depth + 1)   # 'X является депутатом ..., также является членом Y'
    if not active and depth < 2 and v.rel == "xcomp" and "VerbForm=Inf" in v.feats and v.head >= 0 \
            and doc.tokens[v.head].pos == "VERB":
        return _subject(doc, v.head, names, depth + 1)
    return None


def _own_subject(doc: Doc, verb: int, names: dict[int, Mention]) -> Mention | None:
    """The named subject of a verb: a name, or a noun with a name in apposition ('президент Имя назначил')."""
    return next((m for j, t in enumerate(doc.tokens) if t.head == verb and t.rel.startswith("nsubj")
                 and (m := _appos_name(doc, j, names)) is not None), None)


def _same_person(a: Mention, b: Mention | None) -> bool:
    return b is not None and (a is b or a.entity >= 0 and a.entity == b.entity)


def _object_after(doc: Doc, verb: int, names: dict[int, Mention]) -> Mention | None:
    """The first name after an appointing verb in its clause, in the accusative or genitive and with no
    preposition: the person appointed when the parse hangs it elsewhere ('назначил начальником штаба | генерала
    Имя', 'отрешить Имя от должности')."""
    for k in range(verb + 1, min(len(doc.tokens), verb + 14)):
        tok = doc.tokens[k]
        clause = tok.pos in ("VERB", "AUX") and not ("VerbForm=Part" in tok.feats and tok.rel == "amod")
        if tok.sentence != doc.tokens[verb].sentence or clause or tok.text in (",", ";", ":", "—"):
            return None
        if k in names and _case(tok) in ("Acc", "Gen") and names[k].type == "PER" \
                and not any(c.head == k and c.rel == "case" for c in doc.tokens):
            return names[k]
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


def _led_body(doc: Doc, t: int, names: dict[int, Mention]) -> Fact | None:
    """'Народной партии, возглавляемой Беназир Бхутто', 'партия «Яблоко», которую возглавляет Имя': a
    participle or relative clause of a leading verb on a named body; its agent or subject leads the body."""
    v = doc.tokens[t]
    passive = "VerbForm=Part" in v.feats and "Voice=Pass" in v.feats and v.rel in ("acl", "amod")
    which = next((j for j, c in enumerate(doc.tokens) if c.head == t and c.lemma.lower() == "который"
                  and c.rel in ("obj", "obl")), -1)
    relative = v.rel == "acl:relcl" and which >= 0
    if not (passive or relative) or v.head < 0:
        return None
    if passive:
        who = next((names[j] for j, c in enumerate(doc.tokens) if c.head == t and j in names
                    and c.rel in ("obl:agent", "obl") and _case(c) == "Ins"), None)
    else:
        who = next((names[j] for j, c in enumerate(doc.tokens) if c.head == t and j in names
                    and c.rel.startswith("nsubj")), None)
    body = _named_body(doc, _antecedent(doc, v.head, which) if relative else v.head)
    if who is None or body is None:
        return None
    args = [make_arg(doc, "who", who.start, who.stop), make_arg(doc, "where", body.start, body.stop)]
    return Fact("Occupation", args) if all(args) else None


def _antecedent(doc: Doc, head: int, which: int) -> int:
    """The noun 'который' stands for: the nearest before it of its gender and number ('съезд партии
    «Яблоко», которую ...' is about the party, wherever the parse hangs the clause)."""
    def agreement(tok) -> set[str]:
        return {p for p in tok.feats.split("|") if p.startswith(("Gender=", "Number="))}
    wanted = agreement(doc.tokens[which])
    for j in range(which - 1, head - 1, -1):
        tok = doc.tokens[j]
        if tok.pos in ("NOUN", "PROPN") and agreement(tok) == wanted:
            return j
    return head


def _named_body(doc: Doc, noun: int) -> Mention | None:
    """The organisation or state a noun names: a name over it ('Народной партии') or one in apposition
    to it ('компания Газпром', 'партия «Яблоко»')."""
    at, index = doc.tokens[noun], token_index(doc)
    for m in doc.mentions:
        if m.type not in WHERE_TYPES or m.kind not in ("name", "acronym") or m.entity < 0:
            continue
        if m.start <= at.start < m.stop:
            alone = m.start == at.start and m.stop == at.stop and _opens_sentence(doc, noun)
            return None if alone else m  # ('Делегацию, которую возглавлял ...': a capital that names nothing)
        h = mention_head(doc, m, index)
        if h > noun and doc.tokens[h].head == noun and doc.tokens[h].rel in ("appos", "flat:name"):
            return m
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


def _post_job(doc: Doc, t: int) -> int:
    """The job noun in the genitive after a post noun ('пост генерального | директора'), or -1."""
    nxt = t + 1
    while nxt < len(doc.tokens) and nxt - t < 4 and doc.tokens[nxt].pos == "ADJ":
        nxt += 1
    if nxt >= len(doc.tokens) or doc.tokens[nxt].pos != "NOUN" or "Animacy=Anim" not in doc.tokens[nxt].feats \
            or "Case=Gen" not in doc.tokens[nxt].feats:
        return -1
    return nxt


def _post_governor(doc: Doc, t: int, job: int) -> int:
    """The verb of taking or leaving a post ('назначен на пост', 'ушёл с поста') or the noun of it ('об уходе с
    поста', 'назначение X на пост') that governs the post noun at t; -1 when none. The parse may hang the post
    noun on its own job noun ('на пост | посла'): then the nearest verb before it in the clause is taken."""
    h = doc.tokens[t].head
    if h == job or h < 0:
        h = -1
        for k in range(t - 1, max(-1, t - 7), -1):
            if doc.tokens[k].sentence != doc.tokens[t].sentence or doc.tokens[k].text in (",", ";", ":", "—"):
                break
            if doc.tokens[k].pos in ("VERB", "AUX") or doc.tokens[k].lemma.lower() in POST_NOMINALS:
                h = k
                break
    if h < 0:
        return -1
    lemma = doc.tokens[h].lemma.lower()
    if doc.tokens[h].pos == "VERB" and lemma in POST_VERBS or doc.tokens[h].pos == "NOUN" and lemma in POST_NOMINALS:
        return h
    return -1


def _post_holder(doc: Doc, gov: int, names: dict[int, Mention]) -> Mention | None:
    """The holder at the governor of a post noun: a verb's subject (its object when it appoints), or for a noun
    the person in its genitive ('назначение X') or, for leaving or taking it oneself, the subject of the verb it
    hangs on ('X заявил об уходе с поста'); None when the clause is denied."""
    tok = doc.tokens[gov]
    if tok.pos == "VERB":
        return _subject(doc, gov, names) if not _negated(doc, gov) else None
    gen = next((names[j] for j, c in enumerate(doc.tokens) if c.head == gov and j in names and _case(c) == "Gen"), None)
    if gen is not None or POST_NOMINALS[tok.lemma.lower()] != "own":
        return gen
    verb = verb_above(doc, gov)
    return _subject(doc, verb, names) if verb >= 0 and not _negated(doc, verb) else None


def _copula(doc: Doc, t: int) -> bool:
    """An animate noun in the instrumental that a copula 'быть' hangs on ('был | директором')."""
    tok = doc.tokens[t]
    return _case(tok) == "Ins" and "Animacy=Anim" in tok.feats and any(
        c.head == t and c.rel == "cop" and c.lemma.lower() == "быть" for c in doc.tokens)


def _negated(doc: Doc, t: int) -> bool:
    """A clause head with 'не' on it ('не являлся президентом'): the job is denied."""
    return any(c.head == t and c.lemma.lower() == "не" for c in doc.tokens)


def find_role_clauses(doc: Doc) -> list[Fact]:
    """Occupation facts said by a clause: link verb + job noun, 'пост'/'должность' + job, 'возглавлять'."""
    index = token_index(doc)
    names = _person_heads(doc, index)
    facts: list[Fact] = []
    for t, tok in enumerate(doc.tokens):
        lemma = tok.lemma.lower()
        if lemma in HEAD_VERBS and tok.pos == "VERB" and (led := _led_body(doc, t, names)) is not None:
            fact = led                   # 'партии, возглавляемой X', 'партия, которую возглавляет X'
        elif lemma in HEAD_VERBS and tok.pos == "VERB":
            who = _subject(doc, t, names)
            fact = _head_verb_fact(doc, t, who, HEAD_VERBS[lemma]) if who else None
        elif lemma in WORK_VERBS and tok.pos == "VERB":
            who = _subject(doc, t, names)
            fact = _work_verb_fact(doc, t, who) if who else None
        elif tok.pos == "NOUN" and _copula(doc, t) and (tok.text[:1].islower() or _opens_sentence(doc, t)):
            # 'X был директором Y', 'директором Y был X': the noun heads the clause, 'быть' hangs on it
            who = _subject(doc, t, names) if not _negated(doc, t) else None
            fact = _job_fact(doc, who, t) if who else None
        elif lemma in POST_NOUNS and tok.pos == "NOUN" and (tok.text[:1].islower() or _opens_sentence(doc, t)) \
                and (noun := _post_job(doc, t)) >= 0 and (gov := _post_governor(doc, t, noun)) >= 0:
            who = _post_holder(doc, gov, names)
            fact = _job_fact(doc, who, noun) if who else None
        elif tok.pos == "NOUN" and tok.head >= 0 and (tok.text[:1].islower() or _opens_sentence(doc, t)):
            verb = doc.tokens[tok.head]
            vlemma = verb.lemma.lower()
            if not (vlemma in LINK_VERBS and _case(tok) == "Ins" and "Animacy=Anim" in tok.feats) \
                    or any(c.head == t and c.rel == "case" for c in doc.tokens):
                continue                 # 'работала | с мэром': a colleague, not a job
            who = _subject(doc, tok.head, names) if not _negated(doc, tok.head) else None
            fact = _job_fact(doc, who, t) if who else None
        else:
            continue
        if fact is not None:
            facts.append(fact)
    return facts
