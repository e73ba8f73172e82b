"""Title mentions: 'президент РК', 'глава МИД Азербайджана' standing for a person.

A role word followed by a country (or preceded by its adjective) and not by a name
refers to whoever holds that office in the document; if nobody does, the title itself
becomes the actor ('глава Нагорного Карабаха'). The holder is read from the text before
the dictionary: 'X стал премьером' names the new premier, 'бывший президент' is not the
sitting one, and 'глава ФТС' is the head of that agency, not of the government."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..doc import Doc, Entity, Mention, Token
from .gazetteer import Gazetteer
from .inflect import nominative_phrase
from .resolve import actor_code, normal_key
from .spans import TokenIndex

PERSON_RANKS = {1, 2}
LEADER_WORDS = {"лидер", "глава", "руководитель", "глава государства"}
# verbs that give a title to the person they name: 'X стал премьером', 'X назначен главой ФТС'
TAKING_VERBS = {"стать", "становиться", "назначить", "назначать", "избрать", "избирать", "переизбрать",
                "являться", "утвердить", "остаться", "оставаться", "объявить", "провозгласить"}
FORMER = {"бывший", "экс", "прежний", "предыдущий"}
NEW = {"новый", "новоизбранный", "новоназначенный", "вновь избранный"}
# 'на пост президента России', 'кресло главы ФТС' name the office, not its holder
OFFICE_NOUNS = {"пост", "должность", "кресло", "место", "позиция"}
# what a head leads when a state's adjective comes between: 'глава узбекского государства'
STATE_WORDS = {"государство", "правительство", "страна", "республика"}


@dataclass(slots=True)
class Title:
    """One title phrase as the text gives it."""
    role_word: str
    country: str
    org: Entity | None      # the body headed ('глава ФТС'), None for a state's office
    modifier: str           # 'former', 'new' or ''
    start: int              # character offset of the phrase


@dataclass(slots=True)
class TakenOffice:
    """A holder the text itself named ('Кэмерон стал премьером')."""
    title: Title
    entity: int


def mention_at(mentions: list[Mention], token_start: int) -> Mention | None:
    for mention in mentions:
        if mention.start == token_start:
            return mention
    return None


def squash(text: str) -> str:
    return text.lower().replace("ё", "е")


def names_org(office: str, org: Entity) -> bool:
    """The office phrase refers to the organisation: by acronym or by the stems of its name."""
    words = re.findall(r"\w+", squash(office))
    for form in [org.name, *org.aliases]:
        parts = re.findall(r"\w+", squash(form))
        if not parts:
            continue
        if len(parts) == 1 and form.isupper():
            if parts[0] in words:
                return True
            continue
        stems = [p[:5] for p in parts if len(p) >= 4]
        if stems and all(any(w.startswith(s) for w in words) for s in stems):
            return True
    return False


def wanted_roles(title: Title) -> tuple[str, ...]:
    """Role words an office may start with: 'лидер'/'глава' of a state stand for its head."""
    if title.role_word in LEADER_WORDS and title.org is None:
        return ("президент", "премьер", title.role_word)
    return (title.role_word,)


def strip_former(office: str) -> tuple[str, bool]:
    """'бывший президент ЮАР' -> ('президент ЮАР', True)."""
    office = squash(office).strip()
    for prefix in ("бывший ", "экс-", "экс "):
        if office.startswith(prefix):
            return office[len(prefix):], True
    return office, False


def holds(office: str, title: Title, former: bool) -> bool:
    """The office phrase is the title's office (a former one when `former`)."""
    bare, was = strip_former(office)
    if was != former or not bare.startswith(wanted_roles(title)):
        return False
    return title.org is None or names_org(bare, title.org)


def same_office(a: Title, b: Title) -> bool:
    if a.country != b.country or (a.org is None) != (b.org is None):
        return False
    if a.org is not None and b.org is not None and a.org.id != b.org.id:
        return False
    return a.role_word.startswith(b.role_word) or b.role_word.startswith(a.role_word) \
        or (a.role_word in LEADER_WORDS and b.role_word in LEADER_WORDS)


def ended_term(entity: Entity, title: Title) -> bool:
    """data/persons.tsv has this person in the office for a term that has ended."""
    from .known_people import load_known_people

    known = load_known_people()
    if entity.name not in known.terms:
        return False
    return any(t.end is not None and t.country == title.country and holds(t.office, title, False)
               for t in known.terms[entity.name])


def holder(doc: Doc, title: Title, mentions: list[Mention], taken: list[TakenOffice] | None = None) -> Entity | None:
    """The person a title stands for: one the text named as taking this office, then one
    the text gives this office (nearest before the title), then one data/persons.tsv gives
    it; 'бывший' asks for a past holder, never the sitting one."""
    people = [e for e in doc.entities if e.type == "PER" and e.country == title.country]
    text_offices: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "office" and m.entity >= 0:
            text_offices.setdefault(m.entity, []).append(m)
    if title.modifier == "former":
        in_text = [e for e in people if any(holds(m.normal, title, True) for m in text_offices.get(e.id, []))]
        if in_text:
            return in_text[0]
        # the sitting holder as the text presents them is not the former one
        past = [e for e in people if ended_term(e, title)
                and not any(holds(m.normal, title, False) for m in text_offices.get(e.id, []))]
        return past[0] if len(past) == 1 else None
    for record in reversed(taken or []):
        if same_office(record.title, title):
            return doc.entities[record.entity]
    by_text = [(max((m.start for m in text_offices.get(e.id, []) if m.start < title.start and holds(m.normal, title, False)),
                    default=-1), e) for e in people
               if any(holds(m.normal, title, False) for m in text_offices.get(e.id, []))]
    if by_text:
        return max(by_text, key=lambda pair: pair[0])[1]
    for entity in people:
        if any(holds(o, title, False) for o in entity.offices):
            return entity
    return None


def title_at(doc: Doc, i: int, by_start: dict[int, Mention], gazetteer: Gazetteer) -> tuple[int, int, Any, str, int] | None:
    """A title starting at token i: (first, last token, role, country, role tokens).

    Two shapes: a role and its state in the genitive ('президент РК', 'глава МИД
    Азербайджана'), or the state's adjective and a role ('казахстанский лидер')."""
    tokens = doc.tokens
    adjective = by_start.get(tokens[i].start)
    if adjective is not None and adjective.kind == "adjective" and adjective.entity >= 0 and i + 1 < len(tokens):
        role = gazetteer.match_role([t.lemma for t in tokens[i + 1:i + 5]])
        country = doc.entities[adjective.entity].country
        if role is not None and role.kind == "person" and role.rank in PERSON_RANKS and country \
                and "Number=Plur" not in tokens[i + 1].feats:
            last = i + len(role.word.split())
            return i, last, role, country, 0
        return None
    if tokens[i].pos not in ("NOUN", "PROPN"):
        return None
    role = gazetteer.match_role([t.lemma for t in tokens[i:i + 5]])
    if role is None or role.kind != "person" or role.rank not in PERSON_RANKS:
        return None
    if "Number=Plur" in tokens[i].feats:
        return None  # 'лидеры Ирана' are several people, not one office holder
    stop = i + len(role.word.split())
    country_mention = by_start.get(tokens[stop].start) if stop < len(tokens) else None
    if country_mention is None or country_mention.entity < 0:
        return None
    if "\n" in doc.text[tokens[stop - 1].stop:country_mention.start]:
        return None  # a headline's last word and the next paragraph's first are no phrase
    country_entity = doc.entities[country_mention.entity]
    if country_entity.type not in ("GPE", "ORG") or not country_entity.country:
        return None
    if country_mention.kind == "adjective" and (stop + 1 >= len(tokens) or tokens[stop + 1].lemma not in STATE_WORDS):
        return None  # 'глава узбекского МИД': the adjective is the body's, whose head is no head of state
    index = TokenIndex(tokens)
    last = max(index.covering(country_mention.start, country_mention.stop))
    return i, last, role, country_entity.country, len(role.word.split())


def modifier_before(tokens: list[Token], first: int, role_token: int) -> str:
    """'former' for 'бывшего президента ЮАР' or 'экс-премьер', 'new' for 'нового британского
    премьер-министра', else ''."""
    words = [t.lemma.lower() for t in tokens[max(0, first - 3):role_token]
             if t.sentence == tokens[role_token].sentence and t.pos in ("ADJ", "DET", "ADV")]
    head = tokens[role_token].text.lower()
    if FORMER & set(words) or head.startswith("экс"):
        return "former"
    if NEW & set(words):
        return "new"
    return ""


def names_an_office(tokens: list[Token], role_token: int) -> bool:
    """'на пост президента России': the office itself, not a person."""
    head = tokens[role_token].head
    return head >= 0 and tokens[head].lemma in OFFICE_NOUNS and tokens[role_token].rel.startswith("nmod")


def taker(tokens: list[Token], role_token: int, by_start: dict[int, Mention], doc: Doc) -> Entity | None:
    """The person a taking verb gives the title to: 'Новым премьером стал лидер консерваторов
    Дэвид Кэмерон', 'Владимир Булавин назначен главой ФТС'."""
    verb, steps = tokens[role_token].head, 0
    while verb >= 0 and tokens[verb].lemma not in TAKING_VERBS and steps < 2:
        verb, steps = tokens[verb].head, steps + 1
    if verb < 0 or tokens[verb].lemma not in TAKING_VERBS:
        return None
    sentence = tokens[verb].sentence
    span = [t for t in range(max(0, verb - 60), min(len(tokens), verb + 60)) if tokens[t].sentence == sentence]
    subjects = [t for t in span if tokens[t].head == verb and tokens[t].rel in ("nsubj", "nsubj:pass")]
    for subject in subjects:
        for t in span:
            if not under(tokens, t, subject):
                continue
            mention = by_start.get(tokens[t].start)
            if mention is not None and mention.type == "PER" and mention.kind == "name" and mention.entity >= 0:
                entity = doc.entities[mention.entity]
                if entity.type == "PER":
                    return entity
    return None


def under(tokens: list[Token], t: int, top: int) -> bool:
    """Token t is `top` or depends on it."""
    steps = 0
    while t >= 0 and steps < 8:
        if t == top:
            return True
        t, steps = tokens[t].head, steps + 1
    return False


def add_title_mentions(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Find role+country phrases not followed by a name; link them to a person entity."""
    index = TokenIndex(doc.tokens)
    by_start = {m.start: m for m in mentions}
    covered = set()
    for m in mentions:
        if m.kind != "adjective":
            covered.update(index.covering(m.start, m.stop))
    added: list[Mention] = []
    taken: list[TakenOffice] = []
    tokens = doc.tokens
    i = 0
    while i < len(tokens):
        found = title_at(doc, i, by_start, gazetteer) if i not in covered else None
        if found is None:
            i += 1
            continue
        first, last, role, country, role_tokens = found
        after = by_start.get(tokens[last + 1].start) if last + 1 < len(tokens) else None
        if after is not None and after.type == "PER":
            i = last + 1      # 'президент России Владимир Путин': an office, handled by offices.py
            continue
        role_token = first if role_tokens else first + 1
        if names_an_office(tokens, role_token):
            i = last + 1
            continue
        span = tokens[first:last + 1]
        org = None
        if role_tokens:
            named = by_start.get(span[role_tokens].start)
            if named is not None and named.entity >= 0 and doc.entities[named.entity].type == "ORG" \
                    and not doc.entities[named.entity].country.startswith("IGO:"):
                org = doc.entities[named.entity]
        title = Title(role.word, country, org, modifier_before(tokens, first, role_token), span[0].start)
        person = taker(tokens, role_token, by_start, doc) if title.modifier != "former" else None
        if person is not None:
            taken.append(TakenOffice(title, person.id))
            if person.country is None:  # 'Булавин назначен главой ФТС РФ' is Russia's official
                person.country = country
                person.code = actor_code(country, role.role, gazetteer)
                person.key = normal_key(person.name, country)
        else:
            person = holder(doc, title, mentions, taken)
        if person is None and title.modifier == "former":
            i = last + 1      # a past holder the text does not name is nobody we know
            continue
        if person is None:
            if role_tokens:
                name = nominative_phrase(span[:role_tokens]) + " " + doc.text[span[role_tokens].start:span[-1].stop]
            else:
                name = nominative_phrase(span)
            name = name[:1].lower() + name[1:]
            key = normal_key(name, country)
            existing = next((e for e in doc.entities if e.key == key), None)
            if existing is None:
                existing = Entity(id=len(doc.entities), type="PER", name=name, country=country,
                                  code=actor_code(country, role.role, gazetteer), offices=[name], key=key)
                doc.entities.append(existing)
            person = existing
        start, stop_char = span[0].start, span[-1].stop
        added.append(Mention(start, stop_char, doc.text[start:stop_char], "PER", entity=person.id,
                             kind="title", normal=person.name))
        i = last + 1
    return sorted(mentions + added, key=lambda m: (m.start, -(m.stop - m.start)))
