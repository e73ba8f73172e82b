"""Title mentions: 'президент РК', 'глава МИД Азербайджана' standing for a person.

A role word followed by a country (or preceded by its adjective) and not by a name
refers to whoever holds that office in the document; if nobody does, the title itself
becomes the actor ('глава Нагорного Карабаха')."""
from __future__ import annotations

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
    """The person whose office starts with the same role word in the same country."""
    for entity in entities:
        if entity.type != "PER" or entity.country != country:
            continue
        for office in entity.offices:
            if office.lower().startswith(role_word):
                return entity
    return None


def add_title_mentions(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Find role+country phrases not followed by a name; link them to a person entity."""
    index = TokenIndex(doc.tokens)
    by_start = {m.start: m for m in mentions}
    covered = set()
    for m in mentions:
        covered.update(index.covering(m.start, m.stop))
    added: list[Mention] = []
    tokens = doc.tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.pos not in ("NOUN", "PROPN") or i in covered:
            i += 1
            continue
        role = gazetteer.match_role([t.lemma for t in tokens[i:i + 5]])
        if role is None or role.kind != "person" or role.rank not in PERSON_RANKS:
            i += 1
            continue
        stop = i + len(role.word.split())
        country_mention = by_start.get(tokens[stop].start) if stop < len(tokens) else None
        if country_mention is None or country_mention.entity < 0:
            i += 1
            continue
        country_entity = doc.entities[country_mention.entity]
        if country_entity.type not in ("GPE", "ORG") or not country_entity.country:
            i += 1
            continue
        last = max(index.covering(country_mention.start, country_mention.stop))
        after = by_start.get(tokens[last + 1].start) if last + 1 < len(tokens) else None
        if after is not None and after.type == "PER":
            i = last + 1      # 'президент России Владимир Путин': an office, handled by offices.py
            continue
        span = tokens[i:last + 1]
        person = holder(doc.entities, role.word, country_entity.country)
        if person is None:
            role_tokens = len(role.word.split())
            title = nominative_phrase(span[:role_tokens]) + " " + doc.text[span[role_tokens].start:span[-1].stop]
            title = title[:1].lower() + title[1:]
            key = normal_key(title, country_entity.country)
            existing = next((e for e in doc.entities if e.key == key), None)
            if existing is None:
                existing = Entity(id=len(doc.entities), type="PER", name=title, country=country_entity.country,
                                  code=actor_code(country_entity.country, role.role, gazetteer),
                                  offices=[title], key=key)
                doc.entities.append(existing)
            person = existing
        start, stop_char = span[0].start, span[-1].stop
        added.append(Mention(start, stop_char, doc.text[start:stop_char], "PER", entity=person.id,
                             kind="title", normal=person.name))
        i = last + 1
    return sorted(mentions + added, key=lambda m: (m.start, -(m.stop - m.start)))
