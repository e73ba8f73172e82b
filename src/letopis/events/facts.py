"""factRuEval-style facts from a Doc's entities, offices and events: Occupation and Meeting here;
Ownership in facts_ownership.py, Deal in facts_deal.py, occupations said by a clause ('X является
директором Y', 'X возглавляет Y') in facts_roles.py, shared parse helpers in facts_syntax.py.

Occupation(who, position, where): a person's office phrase ('министр торговли Китая' before
'Чэнь Дэмин') gives the position (the phrase up to the first place or organisation in it) and
the where (that place or organisation, run on over a genitive owner: 'Исламского комитета России');
an adjective where ('российский') is replaced by a name of its place, and a state office with no place
takes the holder's country when the text names it. Status nouns ('гражданин') are not jobs, nor are
plural nouns but before or after a list of names ('депутаты X Имя1 и Имя2': each one's, and each takes its
own place where as many are named: 'президенты Казахстана и Узбекистана Имя1 и Имя2'), nor owner words
('совладелец', data/facts_owners.tsv); an office is used only with a name of its holder in the same sentence,
and only when a where is found (factRuEval's occupations nearly always name one, so a bare 'известный
журналист Имя' costs precision and wins little).
A job phrase read before a name is headed by a job noun in the name's case ('с корреспондентом X | лидер Y
Имя'); phrases chained before it with commas are the same person's ('депутат X, сопредседатель Y Имя'); a
phrase right before another name is that person's; a place after 'из' is an origin, not a where; a name
hung on an office noun as its dependent is the boss ('помощник Имя по ...'), not the holder, and a name in
apposition to a kin noun before the phrase is not its holder ('супруга министра X Имя'). A position is headed by
a person noun, never a body ('компании'), singular unless after 'один из'; a place adjective of a thing that is
no body ('кубинской революции') is no where, while one before a descriptor and a name gives that name
('американского автопроизводителя General Motors').
Meeting(participant*): people named in a sentence with a meeting word ('встретился', 'встреча',
'переговоры', 'обсудил с') or a CAMEO 04 meeting event (042-044, 046) whose parse attaches them to that word
or its verb, without passing another verb ('X провёл встречу с Y'; 'X и Y, которые встречаются'); a host
verb with a person as its object ('X принимает Y'); a person named by an office or by 'он' takes a name of
its entity; 'вместо X', 'без X' and the owner of a person noun ('помощник X') do not take part.
"""
from __future__ import annotations

import re

from ..doc import Doc, Fact, Mention
from ..entities.inflect import token_case
from ..entities.offices import holder_word
from ..nlp.models import Models
from .facts_acting import extend_acting, fit_participle, is_job_participle, skip_acting
from .facts_body import is_body_noun, load_body_nouns, split_body
from .facts_deal import find_deals
from .facts_ownership import find_ownerships, load_owner_cues
from .facts_roles import find_role_clauses
from .facts_syntax import attached, make_arg, mention_head, stand_in, token_index, trim_span, verb_above
from .facts_unnamed import unnamed_where
from .facts_where import extend_wheres

MEETING_LEMMAS = {"встреча", "встретиться", "встречаться", "переговоры", "переговорить",
                  "беседа", "побеседовать", "беседовать", "саммит", "свидание", "обсудить", "обсуждать"}
# discussing: a meeting only between its subjects and those it is done with ('X обсудил с Y')
DISCUSS_LEMMAS = {"обсудить", "обсуждать"}
# prepositions of a person who is not there ('вместо X на саммите будет Y', 'встреча прошла без X')
ABSENT = {"вместо", "без"}
# verbs of receiving a guest: a meeting only with a person as the object ('X принял в Кремле Y')
HOST_LEMMAS = {"принимать", "принять"}
MEETING_CAMEO = {"042", "043", "044", "046"}
PLACE_OR_ORG = {"GPE", "LOC", "ORG"}
WHERE_KINDS = {"name", "acronym", "capital", "igo", "seat", "adjective"}
# animate nouns that name a status or a relation, not a job ('гражданин Германии', 'чемпион ФИДЕ')
NOT_JOBS = {"гражданин", "гражданка", "житель", "жительница", "болельщик", "чемпион", "чемпионка", "уроженец",
            "сын", "дочь", "жена", "муж", "супруг", "супруга", "брат", "сестра", "вдова", "отец", "мать", "друг", "соратник",
            "создатель", "основатель", "автор", "участник", "победитель", "сторонник", "противник",
            "кандидат", "кандидатка", "лауреат", "обладатель", "выпускник", "уроженка", "победительница", "женщина", "мужчина", "человек",
            "потомок", "выходец", "звезда", "ученик", "ученица", "ветеран", "внук", "внучка", "племянник", "племянница", "дед", "бабушка", "дедушка",
            "коллега", "инициатор", "организатор", "соавтор", "собеседник", "знакомый", "поклонник", "приверженец",
            "ребёнок", "ребенок", "родитель", "родственник"}


# 'один из | заместителей главы X Имя': a plural job noun that still names one person's job
ONE_OF = re.compile(r"(?<!\w)(?:один|одна|одного|одной|одному|одним|одну)\s+из\s+$", re.IGNORECASE)


def _span(doc: Doc, start: int, stop: int) -> tuple[int, int]:
    return trim_span(doc, start, stop)


def _arg(doc: Doc, role: str, start: int, stop: int) -> tuple[str, str, int, int] | None:
    return make_arg(doc, role, start, stop)


def _where(doc: Doc, office: Mention) -> tuple[int, int] | None:
    """The first place/organisation inside an office phrase, run on over a following genitive place."""
    inner = [o for o in doc.mentions if o is not office and o.type in PLACE_OR_ORG and o.kind in WHERE_KINDS
             and office.start <= o.start and o.stop <= office.stop]
    if not inner:
        return None
    inner.sort(key=lambda o: (o.start, -o.stop))
    first = inner[0]
    if first.kind == "adjective":        # 'французского крайне правого | Национального фронта': the party
        org = next((o for o in inner[1:] if o.type == "ORG" and o.start > first.stop and o.kind in ("name", "acronym")), None)
        between = [t for t in doc.tokens if org is not None and first.stop <= t.start and t.stop <= org.start]
        if between and all(t.pos in ("ADJ", "ADV") and t.text[:1].islower() or t.text in "«\"" or is_body_noun(t)
                           for t in between) and between[0].pos != "NOUN":
            first = org                  # '... крайне правой партии «X»': the party, not the country
        elif between and _descriptor(between):
            first = org                  # 'американского автопроизводителя General Motors': the named company
    stop = first.stop
    if first.type == "ORG":
        for o in inner[1:]:
            if o.start >= stop and not doc.text[stop:o.start].strip() and o.type in ("GPE", "LOC"):
                stop = o.stop
                break
    return first.start, stop


def _descriptor(between: list) -> bool:
    """Words between a place adjective and an organisation name that describe the organisation: lower-case
    adjectives and one noun in the genitive, maybe a quote ('автопроизводителя', 'нефтяной компании «')."""
    words = [t for t in between if t.text not in "«\""]
    return bool(words) and words[-1].pos == "NOUN" and "Case=Gen" in words[-1].feats \
        and all(t.text[:1].islower() for t in words) and all(t.pos == "ADJ" for t in words[:-1])


def _name_after(doc: Doc, office: Mention) -> tuple[int, int] | None:
    """An organisation name in quotes right after an office phrase that stops before it
    ('председатель правления банка | «X»')."""
    after = next((o for o in doc.mentions if o.type == "ORG" and o.kind in ("name", "acronym")
                  and o.start >= office.stop and doc.text[office.stop:o.start].strip() in ("«", '"')), None)
    return (after.start, after.stop) if after is not None else None


def _nationality(doc: Doc, where: tuple[int, int] | None) -> bool:
    """A where that is only a place adjective ('российский', 'нидерландский')."""
    return where is not None and any((m.start, m.stop) == where and m.kind == "adjective" and m.type in ("GPE", "LOC")
                                     for m in doc.mentions)


def _named_where(doc: Doc, where: tuple[int, int] | None) -> tuple[int, int] | None:
    """An adjective where ('российский') becomes the nearest name of its place ('России'); None if it has none."""
    if where is None:
        return None
    adj = next((m for m in doc.mentions if (m.start, m.stop) == where and m.kind == "adjective"), None)
    if adj is None:
        return where
    names = [m for m in doc.mentions if m.entity == adj.entity and adj.entity >= 0
             and m.type in PLACE_OR_ORG and m.kind in ("name", "acronym")]
    if not names:
        return where
    best = min(names, key=lambda m: abs(m.start - adj.start))
    return best.start, best.stop


STATE_ROLES = ("GOV", "LEG", "MIL", "DIP", "JUD")


def _home_state(doc: Doc, person, office: Mention) -> tuple[int, int] | None:
    """For a state office with no place in its phrase ('премьер-министр Фрадков'): the nearest name of the
    person's own country in the document, if the document names it."""
    if not person.country or len(person.country) != 3 or not person.code.endswith(STATE_ROLES):
        return None
    names = [m for m in doc.mentions if m.type == "GPE" and m.kind in ("name", "acronym") and m.entity >= 0
             and doc.entities[m.entity].code == person.country]
    if not names:
        return None
    best = min(names, key=lambda m: abs(m.start - office.start))
    return best.start, best.stop


def _job_core(doc: Doc, start: int, stop: int) -> tuple[int, int]:
    """The job phrase inside a position span: the subtree, within the span, of its first animate noun that
    the parse hangs outside the span ('кабинета министров глава правительства' -> 'глава правительства')."""
    inside = [i for i, t in enumerate(doc.tokens) if start <= t.start and t.stop <= stop]
    if not inside:
        return start, stop
    span = set(inside)
    tops = [i for i in inside if doc.tokens[i].head not in span]
    # a noun after a preposition is no job ('начальник отдела по связям с | общественностью')
    nouns = [i for i in tops if doc.tokens[i].pos == "NOUN"
             and not any(t.head == i and t.rel == "case" for t in doc.tokens)]
    top = next((i for i in nouns if "Animacy=Anim" in doc.tokens[i].feats), nouns[0] if nouns else None)
    if top is None or len(tops) < 2:
        return start, stop

    def under(i: int) -> bool:
        for _ in range(8):
            if i == top:
                return True
            if i not in span:
                return False
            i = doc.tokens[i].head
        return False

    kept = [i for i in inside if under(i)]
    return doc.tokens[min(kept)].start, doc.tokens[max(kept)].stop


def _is_job(doc: Doc, start: int, stop: int, plural_ok: bool = False) -> bool:
    """A position span whose first noun is singular (or plural after 'один из', or before a list of names),
    not a status word nor a body ('компании'), and has no verb in it."""
    tokens = [t for t in doc.tokens if start <= t.start and t.stop <= stop]
    if tokens and is_job_participle(tokens[0], True):        # 'управляющий' (компанией X)
        return not any(t.pos in ("VERB", "AUX") for t in tokens[1:])
    if any(t.pos in ("VERB", "AUX") for t in tokens):
        return False
    if tokens and tokens[0].pos == "ADP":
        return False                     # 'по Москве' left of a body's name is no job
    noun = next((t for t in tokens if t.pos == "NOUN" or _ex_noun(t)), None)
    if noun is None:                     # 'первый' left of a place adjective is no job; 'зав.' may be
        return not all(t.pos == "ADJ" for t in tokens)
    lemma = noun.lemma.lower().removeprefix("экс-")      # 'экс-кандидат' is no more a job than 'кандидат'
    if lemma.replace("ё", "е") in load_body_nouns():      # 'В компании X Имя', 'правительство демократа Имя'
        return False
    plural = "Number=Plur" in noun.feats and not plural_ok and not ONE_OF.search(doc.text, max(0, start - 16), start)
    return not plural and lemma not in NOT_JOBS and load_owner_cues().get(lemma) != "owner_noun"


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    return any(s.start <= a < s.stop and s.start <= b < s.stop for s in doc.sentences)


def _next_to(doc: Doc, office: Mention, who: Mention) -> bool:
    """The office stands right before the name ('министр Имя') or right after it, set off by a comma or a dash
    ('Имя, министр ...'); an office linked to a name further off is too often another person's."""
    if office.stop <= who.start:
        return not doc.text[office.stop:who.start].strip(" «»\"")
    if who.stop <= office.start:
        gap = doc.text[who.stop:office.start].strip()
        return gap in (",", "—", "–", "-", "(")
    return True


def _boss_of(doc: Doc, office: Mention, who: Mention) -> bool:
    """A name the parse hangs as a dependent (nmod) on the office noun right before it is the boss, not the
    holder ('Помощник | Хиллари Клинтон по ... делам'); a holder stands in apposition."""
    if who.start < office.stop:
        return False
    h = mention_head(doc, who, token_index(doc))
    if h < 0 or doc.tokens[h].rel != "nmod" or doc.tokens[h].head < 0:
        return False
    return office.start <= doc.tokens[doc.tokens[h].head].start < office.stop


def _other_holder(doc: Doc, phrase_start: int, who: Mention) -> bool:
    """A name set in apposition to a kin or status noun before the job phrase, agreeing with it in case: the
    phrase is that noun's owner's ('супруга | экс-президента X | Имя': Имя is the wife, the office the husband's)."""
    h = mention_head(doc, who, token_index(doc))
    if h < 0 or doc.tokens[h].rel != "appos" or doc.tokens[h].head < 0:
        return False
    g = doc.tokens[doc.tokens[h].head]
    if doc.text[g.stop:phrase_start].strip():
        return False                     # only the noun right before the phrase owns it
    return g.stop <= phrase_start and g.pos == "NOUN" and g.lemma.lower() in NOT_JOBS \
        and token_case(g) != "" and token_case(g) == token_case(doc.tokens[h])


def _holds_name(doc: Doc, start: int, stop: int) -> bool:
    """A position span that runs over a person's name ('глава ведомства Имя по поручению президента')."""
    return any(m.type == "PER" and m.kind == "name" and start <= m.start and m.stop <= stop for m in doc.mentions)


def find_occupations(doc: Doc) -> list[Fact]:
    """Occupation facts from office and title mentions linked to a named person."""
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for office in doc.mentions:
        if office.kind not in ("office", "title") or office.entity < 0:
            continue
        entity = doc.entities[office.entity]
        if entity.type != "PER":
            continue
        names = [n for n in doc.mentions if n.entity == office.entity and n.kind == "name" and n.type == "PER"]
        if not names:
            continue
        who = min(names, key=lambda n: abs(n.start - office.stop) if n.start >= office.stop else 10 * abs(office.start - n.stop))
        if not _same_sentence(doc, office.start, who.start):    # an office linked across sentences is too often wrong
            continue
        if not _next_to(doc, office, who) or _boss_of(doc, office, who) or _holds_name(doc, office.start, office.stop):
            continue
        if office.stop <= who.start and _other_holder(doc, office.start, who):
            continue
        where = _where(doc, office)
        if where is None and _name_after(doc, office):
            continue                     # 'председатель правления банка | «X»': the job phrase reader has it
        if where is not None:
            if where[0] > office.start:
                pos_start, pos_stop = office.start, where[0]
            else:                                    # 'российский президент': the adjective comes first
                pos_start, pos_stop = where[1], office.stop
        else:
            pos_start, pos_stop = office.start, office.stop
        pos_start, pos_stop = _job_core(doc, pos_start, pos_stop)
        refit = split_body(doc, (pos_start, pos_stop), where) if where is not None else None
        if refit is not None:
            (pos_start, pos_stop), where = refit
        if not _is_job(doc, pos_start, pos_stop):
            continue
        if refit is None and _nationality(doc, where) and not entity.code.endswith(STATE_ROLES):
            where = None                 # 'российский бизнесмен': a nationality, not an employer
        if refit is None:
            where = _named_where(doc, where) or _home_state(doc, entity, office)
        if where is None and (unnamed := unnamed_where(doc, (pos_start, pos_stop))) is not None:
            (pos_start, pos_stop), where = unnamed             # 'депутат | парламента' Имя
        if where is None and pos_stop <= who.start:
            where = _bracketed_body(doc, who)                  # 'архиепископ Имя (РПЦ МП)'
        args = [_arg(doc, "who", who.start, who.stop), _arg(doc, "position", pos_start, pos_stop)]
        if where is not None:
            args.append(_arg(doc, "where", *where))
        args = [a for a in args if a is not None]
        key = (office.entity, tuple(a[1].lower() for a in args if a[0] != "who"))
        if len(args) < 2 or key in seen:
            continue
        seen.add(key)
        facts.append(Fact("Occupation", args))
    return facts


def _bracketed_body(doc: Doc, who: Mention) -> tuple[int, int] | None:
    """An organisation named in brackets right after a person's name ('депутат Имя (КПРФ)'): whom the
    job is at, as the text gives it."""
    opening = len(doc.text[who.stop:]) - len(doc.text[who.stop:].lstrip(" "))
    if doc.text[who.stop + opening:who.stop + opening + 1] != "(":
        return None
    start = who.stop + opening + 1
    body = next((m for m in doc.mentions if m.type == "ORG" and m.entity >= 0 and m.kind in ("name", "acronym")
                 and m.start == start and doc.text[m.stop:m.stop + 1] == ")"), None)
    return (body.start, body.stop) if body is not None else None


def _ex_noun(tok) -> bool:
    """'Экс-председатель' tagged as an adjective: an 'экс-' word whose lemma has no adjective ending."""
    lemma = tok.lemma.lower()
    return tok.pos == "ADJ" and lemma.startswith("экс-") and len(lemma) > 6 and not lemma.endswith(("ый", "ий", "ой"))


def _anim_noun(tok, first: bool = False) -> bool:
    """A lower-case animate noun (capitalised only as the first word of a sentence: 'Министр связи ...')."""
    return (tok.pos == "NOUN" and "Animacy=Anim" in tok.feats or _ex_noun(tok)) and (tok.text[:1].islower() or first)


def _position_from(doc: Doc, head: int, limit: int) -> tuple[int, int]:
    """Character span of a job title starting at an animate noun: lower-case adjectives before it,
    animate genitive nouns after it ('заместитель начальника')."""
    tokens = doc.tokens
    sent = tokens[head].sentence
    first = head
    while first - 1 >= 0 and tokens[first - 1].sentence == sent:
        prev = tokens[first - 1]
        opens = first - 1 == 0 or tokens[first - 2].sentence != sent
        if prev.pos == "ADJ" and holder_word(prev):
            break                        # '55-летний премьер-министр', 'нынешний глава': the person, not the office
        if prev.pos == "ADJ" and (prev.text[:1].islower() or opens and not _nationality(doc, (prev.start, prev.stop))):
            first -= 1                   # 'Генеральный секретарь' at the start of a sentence, not 'Российский'
        elif prev.pos == "CCONJ" and prev.text == "и" and first < head and first - 2 >= 0 \
                and tokens[first - 2].pos == "ADJ" and tokens[first - 2].sentence == sent:
            first -= 1                   # 'чрезвычайный и полномочный посол'
        else:
            break
    last = head
    while last + 1 < limit and tokens[last + 1].pos == "NOUN" and "Case=Gen" in tokens[last + 1].feats \
            and "Animacy=Anim" in tokens[last + 1].feats and tokens[last + 1].text[:1].islower():
        last += 1
    return tokens[first].start, tokens[_domain_end(doc, last, limit)].stop


def _domain_end(doc: Doc, last: int, limit: int) -> int:
    """Last token of a job's 'по' domain right after it ('министр | по делам разведки'), or last when none:
    lower-case adjectives and nouns after 'по', the first of them in the dative, up to a name."""
    tokens = doc.tokens
    k = last + 1
    if k + 1 >= limit or tokens[k].text.lower() != "по" or "Case=Dat" not in tokens[k + 1].feats:
        return last
    named = {t for m in doc.mentions if m.kind in ("name", "acronym") for t in range(m.start, m.stop)}
    end = k
    while end + 1 < limit and end - k < 5 and tokens[end + 1].pos in ("ADJ", "NOUN") \
            and tokens[end + 1].text[:1].islower() and tokens[end + 1].start not in named:
        end += 1
    return end if end > k else last


def _first_where(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """The first place/organisation mention between two offsets, run on over a genitive place."""
    box = Mention(start, stop, doc.text[start:stop], "PER", kind="office")
    return _where(doc, box)


def fit_where(doc: Doc, pos: tuple[int, int], where: tuple[int, int] | None) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Position and where refitted around a body noun (facts_body.split_body), else the where named."""
    refit = split_body(doc, pos, where) if where is not None else None
    if refit is None and where is not None and where[0] >= pos[1] and _adjective_of_thing(doc, where):
        return pos, None                 # 'лидер кубинской | революции': the job is in the revolution, not the state
    return refit if refit is not None else (pos, _named_where(doc, where))


def _adjective_of_thing(doc: Doc, where: tuple[int, int]) -> bool:
    """A place adjective where ('кубинской') right before a lower-case noun that names no body ('революции',
    'режима'): what it qualifies is no employer."""
    if not _nationality(doc, where):
        return False
    k = next((k for k, t in enumerate(doc.tokens) if t.start >= where[1]), None)
    if k is None or doc.text[where[1]:doc.tokens[k].start].strip():
        return False
    after = doc.tokens[k]
    if after.pos != "NOUN" or not after.text[:1].islower() or after.lemma.lower().replace("ё", "е") in load_body_nouns():
        return False
    # a descriptor before a name is the named body's ('американского автопроизводителя General Motors')
    return not any(m.type in PLACE_OR_ORG and m.kind in ("name", "acronym") and after.stop <= m.start
                   and len(doc.text[after.stop:m.start].split()) <= 1 for m in doc.mentions)


def _appositions(doc: Doc, m: Mention, person_tokens: set[int]) -> list[tuple[int, int]]:
    """(job noun, last token) of each phrase set off after a name by a comma or a dash and opening with a
    job noun ('Имя, известный борец с Y, член палаты X'); a job noun after 'и' stands for the phrase
    ('политик и лидер партии X'). Stops at the first phrase that opens otherwise."""
    tokens = doc.tokens
    k = next((k for k in range(len(tokens)) if tokens[k].start >= m.stop), None)
    k = _skip_aside(tokens, k) if k is not None else None
    out: list[tuple[int, int]] = []
    while k is not None and k + 1 < len(tokens) and tokens[k].text in (",", "—", "–", "-", "(") and len(out) < 3:
        sent = tokens[k].sentence
        h = k + 1
        while h < len(tokens) and tokens[h].pos == "ADJ" and tokens[h].text[:1].islower():
            h += 1
        h = skip_acting(doc, h) if h < len(tokens) else h   # 'Имя, исполняющий обязанности | главы X'
        if h >= len(tokens) or h in person_tokens or not (_anim_noun(tokens[h]) or is_job_participle(tokens[h])):
            break
        end = h
        while end + 1 < len(tokens) and tokens[end + 1].text not in (",", ";", ".", "—", "–", "(", ")") \
                and tokens[end + 1].sentence == sent and end - h < 10 and end + 1 not in person_tokens:
            end += 1
        if end + 1 in person_tokens or _name_after_brackets(tokens, end + 1, person_tokens):
            break                        # 'Имя1, координатор движения X (Y) Имя2': the phrase is Имя2's
        head = h
        for c in range(h + 1, min(end, h + 3)):       # 'политик и лидер партии X'
            if tokens[c].pos == "CCONJ" and _anim_noun(tokens[c + 1]):
                head = c + 1
                break
        out.append((head, end))
        k = end + 1
    return out


def _skip_aside(tokens, k: int) -> int:
    """Token index past a bracketed Latin spelling of a name at k ('Имя (Name Surname) — лидер X'), when a comma
    or a dash follows it; k otherwise."""
    if tokens[k].text != "(" or k + 1 >= len(tokens) or _anim_noun(tokens[k + 1]) or is_job_participle(tokens[k + 1]):
        return k
    close = next((j for j in range(k + 1, min(len(tokens), k + 8)) if tokens[j].text == ")"), None)
    if close is None or close + 1 >= len(tokens) or tokens[close + 1].text not in (",", "—", "–", "-") \
            or tokens[close + 1].sentence != tokens[k].sentence:
        return k
    if not all(re.fullmatch(r"[A-Za-z][A-Za-z.'’-]*", t.text) for t in tokens[k + 1:close]):
        return k                         # only a name's spelling in Latin letters, not '(1981)
    return close + 1


def _name_after_brackets(tokens, k: int, person_tokens: set[int]) -> bool:
    """A bracketed aside at token k ('(РСБ)') followed right away by a person's name."""
    if k >= len(tokens) or tokens[k].text != "(":
        return False
    close = next((j for j in range(k + 1, min(len(tokens), k + 8)) if tokens[j].text == ")"), None)
    return close is not None and close + 1 in person_tokens


def _from_place(doc: Doc, pos: tuple[int, int], where: tuple[int, int]) -> bool:
    """'гроссмейстер из Хорватии': a place after 'из' is where the person comes from, not where they work."""
    if not any(m.type in ("GPE", "LOC") and (m.start, m.stop) == where for m in doc.mentions):
        return False
    words = doc.text[pos[1]:where[0]].split()
    return bool(words) and words[-1].lower() == "из"


def _phrase_fact(doc: Doc, m: Mention, head: int, limit: int, phrase_stop: int,
                 plural_ok: bool = False) -> Fact | None:
    """Occupation of a named person from a job noun and the phrase that runs on from it to phrase_stop."""
    pos = _position_from(doc, head, limit)
    pos, where = fit_where(doc, pos, _first_where(doc, pos[1], phrase_stop))
    if where is not None and _from_place(doc, pos, where):
        return None
    if is_job_participle(doc.tokens[head], True):          # 'управляющий | компанией X': the object is no job
        pos, where = fit_participle(doc, head, pos, where)
    if (unnamed := unnamed_where(doc, pos, where)) is not None:
        pos, where = unnamed                               # 'капитан | сборной' Имя
    if where is None and pos[1] <= m.start:
        where = _bracketed_body(doc, m)                    # 'депутат Имя (КПРФ)'
    if where is None or not _is_job(doc, *pos, plural_ok=plural_ok):   # a bare animate noun is too often no job ('жители')
        return None
    args = [_arg(doc, "who", m.start, m.stop), _arg(doc, "position", *pos), _arg(doc, "where", *where)]
    return Fact("Occupation", [a for a in args if a is not None])


def _heads_before(doc: Doc, i: int, name: int, person_tokens: set[int]) -> list[int]:
    """Job nouns that may head a phrase ending right before token i and standing before the name at token
    name, best first: animate nouns (or managing participles) within ten tokens, before a verb, a stop or
    another name. The leftmost wins ('директор института X'), but a noun in the name's case wins over one in
    another case ('с корреспондентом X | лидер Y Имя'), and a noun after 'и' over those before it ('капитан
    клуба X и | защитник клуба Y Имя'; 'глава X и совладелец Y Имя' falls back to 'глава' when 'совладелец'
    gives no job)."""
    sent = doc.tokens[i].sentence
    j = i - 1
    heads: list[int] = []
    near = 0                             # how many heads lie right of an 'и'
    while j >= 0 and i - j <= 10 and doc.tokens[j].sentence == sent:
        tok = doc.tokens[j]
        first = j == 0 or doc.tokens[j - 1].sentence != sent
        if is_job_participle(tok, first):                  # 'управляющий банком X Имя'
            heads.append(j)
            j -= 1
            continue
        if tok.pos in ("VERB", "AUX") and not _attributive(tok) or tok.text in (",", ";", ":", ".", "—", "–") and j == i - 1:
            break
        if tok.text in (",", ";", ":", ".") or j in person_tokens:
            break                        # 'Председатель X Имя1 и президент Имя2': stop at another name
        if tok.text == "и" and heads and not near:
            near = len(heads)
        if _anim_noun(tok, first):
            heads.append(j)
        j -= 1
    case = token_case(doc.tokens[name])

    def best(group: list[int]) -> int:
        agree = [h for h in group if case and token_case(doc.tokens[h]) == case]
        return agree[-1] if agree and token_case(doc.tokens[group[-1]]) != case else group[-1]

    groups = [heads[:near], heads[near:]] if near else [heads]
    return [best(g) for g in groups if g]


def _attributive(tok) -> bool:
    """A participle used as an adjective inside a noun phrase ('Объединённого комитета'): no clause boundary."""
    return tok.pos == "VERB" and "VerbForm=Part" in tok.feats and tok.rel == "amod"


def _chained_before(doc: Doc, m: Mention, head: int, person_tokens: set[int]) -> list[Fact]:
    """Occupations of job phrases set before a name's own job phrase, each ending in a comma
    ('депутат собрания X, сопредседатель движения Y Имя'): the same person's other jobs."""
    out: list[Fact] = []
    name = next(k for k, t in enumerate(doc.tokens) if t.start >= m.start)
    for _ in range(2):
        start = head
        while start - 1 >= 0 and doc.tokens[start - 1].pos in ("ADJ", "CCONJ") and doc.tokens[start - 1].text[:1].islower():
            start -= 1
        comma = start - 1
        if comma < 1 or doc.tokens[comma].text != "," or doc.tokens[comma].sentence != doc.tokens[name].sentence:
            break
        head = next(iter(_heads_before(doc, comma, name, person_tokens)), None)
        if head is None or token_case(doc.tokens[head]) != token_case(doc.tokens[name]):
            break
        found = _phrase_fact(doc, m, head, comma, doc.tokens[comma].start)
        if found is not None:
            out.append(found)
    return out


def _name_lists(doc: Doc) -> list[list[Mention]]:
    """Runs of two or more person names in one sentence joined by commas and 'и' ('Имя1, Имя2 и Имя3')."""
    names = sorted((m for m in doc.mentions if m.type == "PER" and m.kind == "name"), key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for m in names:
        last = runs[-1][-1] if runs else None
        if last is not None and last.stop <= m.start and doc.text[last.stop:m.start].strip() in (",", "и", ", и") \
                and _same_sentence(doc, last.start, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) > 1]


def _each_place(doc: Doc, start: int, stop: int, n: int) -> list[tuple[int, int]] | None:
    """n places or organisations joined by commas and 'и' that fill the text between two offsets
    ('Казахстана и Узбекистана'): one for each of n names listed after them; None otherwise."""
    inner = sorted((m for m in doc.mentions if m.type in PLACE_OR_ORG and m.kind in WHERE_KINDS
                    and start <= m.start and m.stop <= stop), key=lambda m: (m.start, -m.stop))
    places = [m for k, m in enumerate(inner) if not any(o.start <= m.start and m.stop <= o.stop for o in inner[:k])]
    if len(places) != n or doc.text[places[-1].stop:stop].strip():
        return None
    if any(doc.text[a.stop:b.start].strip() not in (",", "и") for a, b in zip(places, places[1:])):
        return None
    return [(m.start, m.stop) for m in places]


def _listed_jobs(doc: Doc, names: list[Mention], person_tokens: set[int]) -> list[Fact]:
    """A plural job phrase before or after a list of names is each one's ('академики РАН Имя1, Имя2 и Имя3';
    'Имя1 и Имя2, министры ... '); as many places as names give each name its own ('президенты Казахстана и
    Узбекистана Имя1 и Имя2')."""
    first = next(k for k, t in enumerate(doc.tokens) if t.start >= names[0].start)
    phrases = [(head, first, names[0].start) for head in _heads_before(doc, first, first, person_tokens)[:1]]
    phrases += [(head, end + 1, doc.tokens[end].stop) for head, end in _appositions(doc, names[-1], person_tokens)[:1]]
    for head, limit, stop in phrases:
        if "Number=Plur" not in doc.tokens[head].feats:
            continue
        facts = [_phrase_fact(doc, m, head, limit, stop, plural_ok=True) for m in names]
        places = _each_place(doc, _position_from(doc, head, limit)[1], stop, len(names))
        if places:                       # the position is fitted to the first place, then each takes its own
            facts = [f and Fact("Occupation", [_arg(doc, "where", *place) if a[0] == "where" else a for a in f.args])
                     for f, place in zip(facts, places)]
        return [f for f in facts if f is not None]
    return []


def find_job_phrases(doc: Doc) -> list[Fact]:
    """Occupations the office layer does not cover: 'директор института X Имя', 'Имя, редактор газеты X'."""
    facts = []
    index = {t.start: i for i, t in enumerate(doc.tokens)}
    person_tokens: set[int] = set()
    for p in doc.mentions:
        k = index.get(p.start, len(doc.tokens)) if p.type == "PER" and p.kind == "name" else len(doc.tokens)
        while k < len(doc.tokens) and doc.tokens[k].start < p.stop:
            person_tokens.add(k)
            k += 1
    for m in doc.mentions:
        if m.type != "PER" or m.kind != "name" or m.start not in index:
            continue
        i = index[m.start]
        # before the name: walk left over the phrase
        found = None
        for head in _heads_before(doc, i, i, person_tokens):
            if _other_holder(doc, _position_from(doc, head, i)[0], m):
                break
            found = _phrase_fact(doc, m, head, i, m.start)
            if found is not None:
                break
        if found is not None:
            facts.append(found)
            facts.extend(_chained_before(doc, m, head, person_tokens))
            continue
        # after the name: 'Имя, редактор газеты X', 'Имя — координатор движения X', and on over further
        # appositions ('Имя, известный борец с Y, член палаты X')
        for head, end in _appositions(doc, m, person_tokens):
            found = _phrase_fact(doc, m, head, end + 1, doc.tokens[end].stop)
            if found is not None:
                facts.append(found)
                break
    for names in _name_lists(doc):
        facts.extend(_listed_jobs(doc, names, person_tokens))
    return facts


def _dedupe(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """One occupation per person and where; where-less facts are dropped."""
    by_person: dict[str, list[Fact]] = {}
    # arguments may be trimmed inside their mention ('Имя (Name)', 'компания «X»'): look up by containment
    named = [m for m in doc.mentions if m.entity >= 0 and m.kind != "office"]

    def entity_at(start: int, stop: int) -> int | None:
        return next((m.entity for m in named if m.start <= start and stop <= m.stop), None)

    for f in facts:
        who = next(a for a in f.args if a[0] == "who")
        key = str(entity_at(who[2], who[3]) if entity_at(who[2], who[3]) is not None else who[1])
        by_person.setdefault(key, []).append(f)
    out = []
    for group in by_person.values():
        seen: set[str] = set()
        with_where = [f for f in group if any(a[0] == "where" for a in f.args)]
        spans = [next(a[2:] for a in f.args if a[0] == "where") for f in with_where]
        # a where ending another where of the same person is the same job read shorter ('ГУВД' of 'отдела ... ГУВД')
        with_where = [f for f, (a, b) in zip(with_where, spans)
                      if not any(c < a and b == d and doc.text[c:c + 1].islower() for c, d in spans)]
        for f in with_where:
            where = next((a for a in f.args if a[0] == "where"), None)
            ent = entity_at(where[2], where[3]) if where else None
            # (by how the where is said too: 'руководителя Российских железных дорог' and 'Глава РЖД' are
            # one body, told as two jobs)
            wkey = f"{ent}|{where[1][:4].lower()}" if where else ""
            if wkey in seen:
                continue
            seen.add(wkey)
            out.append(f)
    return out


def _meeting_triggers(doc: Doc) -> list[int]:
    """Token indices of meeting words and of the triggers of CAMEO meeting events."""
    out = [i for i, t in enumerate(doc.tokens) if t.lemma.lower() in MEETING_LEMMAS]
    for i, t in enumerate(doc.tokens):
        if t.lemma.lower() in HOST_LEMMAS and t.pos == "VERB" and any(
                "Case=Acc" in c.feats and "Animacy=Anim" in c.feats and c.pos in ("NOUN", "PROPN")
                and c.sentence == t.sentence and attached(doc, k, {i}) for k, c in enumerate(doc.tokens)):
            out.append(i)
    index = {t.start: i for i, t in enumerate(doc.tokens)}
    for event in doc.events:
        if event.cameo in MEETING_CAMEO and event.trigger_start in index:
            out.append(index[event.trigger_start])
    return sorted(set(out))


def _takes_part(doc: Doc, h: int, lemma: str) -> bool:
    """Whether a name under a meeting word is a party to it: not the owner of a person noun ('помощник X').
    Under a receiving or discussing word, only the subject (nominative), the guest received (accusative) and
    the one discussed with ('с' + instrumental): not a name in the genitive ('принял отставку X',
    'обсудили заявление X')."""
    case = token_case(doc.tokens[h])
    up = doc.tokens[h].head
    if case == "Gen" and doc.tokens[h].rel == "nmod" and up >= 0 and _anim_noun(doc.tokens[up], True):
        return False                     # 'помощник X прибыл': X's aide came, not X
    if lemma in HOST_LEMMAS:
        return case in ("Nom", "Acc", "")
    if lemma in DISCUSS_LEMMAS:
        return case in ("Nom", "") or case == "Ins" and any(
            t.head == h and t.rel == "case" and t.lemma.lower() in ("с", "со") for t in doc.tokens)
    return True


def _name_of(doc: Doc, office: Mention) -> Mention | None:
    """The name an office stands for ('встретился с президентом Франции' after 'Николя Саркози ...'): the
    nearest name of its entity before it, else after it; None when the entity has no name."""
    names = [m for m in doc.mentions if m.entity == office.entity and m.type == "PER" and m.kind == "name"]
    before = [m for m in names if m.stop <= office.start]
    if before:
        return max(before, key=lambda m: m.stop)
    return min(names, key=lambda m: m.start) if names else None


def find_meetings(doc: Doc) -> list[Fact]:
    """Meeting facts: two or more named people attached in the parse to one meeting word or its verb; a
    person named by an office ('с президентом Франции') is given by a name of the same entity."""
    facts: list[Fact] = []
    seen: set[frozenset[int]] = set()
    index = {t.start: i for i, t in enumerate(doc.tokens)}
    for trig in _meeting_triggers(doc):
        sent = doc.tokens[trig].sentence
        targets = {trig}
        verb = verb_above(doc, trig)
        if verb >= 0:
            targets.add(verb)
            # 'X прибыл и встретился с Y', 'X и Y, которые встречаются': the governing word's people meet too
            if doc.tokens[verb].rel.split(":")[0] in ("conj", "acl") and doc.tokens[verb].head >= 0:
                targets.add(doc.tokens[verb].head)
                # 'X прибыл в Пекин, где встретится с Y': the clause of the place noun is X's
                if any(t.head == verb and t.lemma.lower() == "где" for t in doc.tokens):
                    targets.add(verb_above(doc, doc.tokens[verb].head))
        people: dict[int, Mention] = {}
        heads: dict[int, Mention] = {}
        for m in doc.mentions:
            if m.type != "PER" or m.kind not in ("name", "office", "title") or m.entity < 0:
                continue
            h = mention_head(doc, m, index)
            if h < 0 or doc.tokens[h].sentence != sent or (h in heads and m.kind != "name"):
                continue
            named = m if m.kind == "name" else _name_of(doc, m)
            if named is not None:
                heads[h] = named
        for k, t in enumerate(doc.tokens):       # 'Он встретился с Y': the person named before
            if t.sentence == sent and t.rel.startswith("nsubj") and k not in heads \
                    and (named := stand_in(doc, k, {"PER"})) is not None and named.entity >= 0:
                heads[k] = named
        absent = {h for h in heads if any(c.head == h and c.rel == "case" and c.lemma.lower() in ABSENT for c in doc.tokens)}
        joined = {h for h in heads if h not in absent and attached(doc, h, targets)}
        # conjoined names meet together: 'X и Y, которые встречаются' (the relative clause hangs on Y)
        joined |= {h for h in heads if doc.tokens[h].rel == "conj" and doc.tokens[h].head in joined}
        joined |= {doc.tokens[h].head for h in joined if doc.tokens[h].rel == "conj" and doc.tokens[h].head in heads}
        joined = {h for h in joined if _takes_part(doc, h, doc.tokens[trig].lemma.lower())}
        for h in sorted(joined):
            people.setdefault(heads[h].entity, heads[h])
        key = frozenset(people)
        if len(people) < 2 or key in seen:
            continue
        seen.add(key)
        args = [_arg(doc, "participant", m.start, m.stop) for m in people.values()]
        facts.append(Fact("Meeting", [a for a in args if a is not None]))
    return facts


def find_facts(doc: Doc, models: Models | None = None) -> Doc:
    """Fill doc.facts with Occupation, Meeting, Ownership and Deal facts."""
    occupations = _dedupe(doc, find_occupations(doc) + find_job_phrases(doc) + find_role_clauses(doc))
    doc.facts = (extend_acting(doc, extend_wheres(doc, occupations)) + find_meetings(doc)
                 + find_ownerships(doc) + find_deals(doc))
    return doc
