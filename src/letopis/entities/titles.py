"""Title mentions: 'президент РК', 'глава МИД Азербайджана' standing for a person.

A role word followed by a country (or preceded by its adjective) and not by a name
refers to whoever holds that office in the document; if nobody does, the title itself
becomes the actor ('глава Нагорного Карабаха')."""
from __future__ import annotations

from typing import Any

from ..doc import Doc, Entity, Mention
from .gazetteer import Gazetteer
from .inflect import nominative_phrase
from .resolve import actor_code, normal_key
from .spans import TokenIndex

PERSON_RANKS = {1, 2}


def mention_at(mentions: list[Mention], token_start: int) -> Mention | None:
    for mention in mentions:
        if mention.start == token_start:
            return mention
    return None


def holder(entities: list[Entity], role_word: str, country: str) -> Entity | None:
    """The person whose office starts with the same role word in the same country
    ('лидер' and 'глава' stand for the head of state)."""
    wanted = ("президент", "премьер", role_word) if role_word in LEADER_WORDS else (role_word,)
    for entity in entities:
        if entity.type != "PER" or entity.country != country:
            continue
        for office in entity.offices:
            if office.lower().startswith(wanted):
                return entity
    return None


LEADER_WORDS = {"лидер", "глава", "руководитель", "глава государства"}


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
    country_entity = doc.entities[country_mention.entity]
    if country_entity.type not in ("GPE", "ORG") or not country_entity.country:
        return None
    index = TokenIndex(tokens)
    last = max(index.covering(country_mention.start, country_mention.stop))
    return i, last, role, country_entity.country, len(role.word.split())


def add_title_mentions(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Find role+country phrases not followed by a name; link them to a person entity."""
    index = TokenIndex(doc.tokens)
    by_start = {m.start: m for m in mentions}
    covered = set()
    for m in mentions:
        if m.kind != "adjective":
            covered.update(index.covering(m.start, m.stop))
    added: list[Mention] = []
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
        span = tokens[first:last + 1]
        person = holder(doc.entities, role.word, country)
        if person is None:
            if role_tokens:
                title = nominative_phrase(span[:role_tokens]) + " " + doc.text[span[role_tokens].start:span[-1].stop]
            else:
                title = nominative_phrase(span)
            title = title[:1].lower() + title[1:]
            key = normal_key(title, country)
            existing = next((e for e in doc.entities if e.key == key), None)
            if existing is None:
                existing = Entity(id=len(doc.entities), type="PER", name=title, country=country,
                                  code=actor_code(country, role.role, gazetteer), offices=[title], key=key)
                doc.entities.append(existing)
            person = existing
        start, stop_char = span[0].start, span[-1].stop
        added.append(Mention(start, stop_char, doc.text[start:stop_char], "PER", entity=person.id,
                             kind="title", normal=person.name))
        i = last + 1
    return sorted(mentions + added, key=lambda m: (m.start, -(m.stop - m.start)))
