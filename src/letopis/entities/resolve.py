"""Mentions -> entities: one per real-world actor in a document, with a canonical name."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from ..doc import Doc, Entity, Mention
from .agencies import agency, armed_group
from .gazetteer import Gazetteer, Igo, load_gazetteer
from .inflect import nominative_phrase, parse_feats
from .known_people import load_known_people
from .offices import Office, office_after, office_before
from .persons import PersonName, better_name, first_name_only, norm, read_person_name, same_person
from .spans import TokenIndex


# 'партия «Народ свободы»' is the party 'Народ свободы': the quoted name is the name, in the
# nominative whatever the case of the word before it
QUOTED_NAME = re.compile(r'^(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)\s+[«"„“](?P<name>[^«»"“”„]+)[»"“”]?$')
NAMED_KINDS = ("парти", "движени", "блок", "объединени", "союз", "коалици", "фракци", "компани", "холдинг",
               "концерн", "организаци", "группировк")


def org_name(name: str) -> str:
    """An organisation's name without the kind of body that introduces its quoted name."""
    match = QUOTED_NAME.match(name.strip())
    if match and match.group("head").lower().startswith(NAMED_KINDS):
        return match.group("name").strip()
    return name


@dataclass
class PersonCluster:
    name: PersonName
    mentions: list[int] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)


def person_offices(doc: Doc, mention: Mention, index: TokenIndex, gazetteer: Gazetteer) -> list[Office]:
    """Office phrases standing next to a name mention (before it or after a dash)."""
    span = list(index.covering(mention.start, mention.stop))
    if not span:
        return []
    before = office_before(doc.tokens, span[0], gazetteer)
    if before is not None and principal_of(doc, span, before):
        before = None  # 'Представитель Григорьевой', 'адвокат Гибсона': she is whom the office serves
    found = [before, office_after(doc.tokens, span[-1] + 1, gazetteer)]
    return [office for office in found if office is not None]


def principal_of(doc: Doc, span: list[int], office: Office) -> bool:
    """The name hangs on the office noun as its genitive (nmod), not in apposition: the office
    serves that person, and someone else holds it."""
    inside = range(office.first, office.last)
    after = span[-1] + 1
    # an indeclinable name has no genitive form: another name in apposition to the office after
    # it is the holder ('Врач Хиллари Клинтон Лиза Бардек')
    holder_after = after < len(doc.tokens) and doc.tokens[after].pos == "PROPN" \
        and doc.tokens[after].rel == "appos" and doc.tokens[after].head in inside
    return any(doc.tokens[t].rel == "nmod" and doc.tokens[t].head in inside
               and ("Case=Gen" in doc.tokens[t].feats or holder_after) for t in span)


def cluster_persons(doc: Doc, mentions: list[Mention], index: TokenIndex,
                    gazetteer: Gazetteer) -> list[PersonCluster]:
    """Group PER mentions: 'Х. Халафов', 'Халафов', 'Халаф Халафов' are one person.

    Full names go first so a partial name joins the fullest compatible one."""
    names: dict[int, PersonName] = {}
    offices: dict[int, list[Office]] = {}
    for i, mention in enumerate(mentions):
        if mention.type == "PER" and mention.kind == "name":
            offices[i] = person_offices(doc, mention, index, gazetteer)
            before = [o for o in offices[i] if o.stop <= mention.start]
            case_hint = parse_feats(doc.tokens[before[0].first].feats).get("Case") if before else None
            tokens = [doc.tokens[t] for t in index.covering(mention.start, mention.stop)]
            name = read_person_name(tokens, case_hint)
            if name.parts:
                names[i] = name
    order = sorted(names, key=lambda i: (-len(names[i].parts), i))
    clusters: list[PersonCluster] = []
    for i in order:
        name = names[i]
        target = next((c for c in clusters if same_person(c.name, name)), None)
        if target is None and first_name_only(name):
            # 'Сергея' in a text about 'Сергей Скрипаль': the one person of that first name it names
            bearers = [c for c in clusters if len(c.name.parts) >= 2 and norm(c.name.parts[0]) == norm(name.parts[0])]
            target = bearers[0] if len(bearers) == 1 else None
        if target is None:
            target = PersonCluster(name)
            clusters.append(target)
        target.name = better_name(target.name, name)
        target.mentions.append(i)
        for office in offices[i]:
            if office.title.lower() not in {o.title.lower() for o in target.offices}:
                target.offices.append(office)
    return clusters


def country_in_span(hits: list[tuple[Mention, str]], start: int, stop: int, text: str = "",
                    envoy: bool = False) -> str | None:
    """The first country or IGO named inside [start, stop). A state's envoy to an
    organisation ('представитель России при ООН', 'постпред Армении в ОБСЕ') acts for the state;
    the state an envoy is posted in ('посол в Казахстане') is not the envoy's."""
    inside = [(m, code) for m, code in hits if start <= m.start and m.stop <= stop]
    if envoy:
        inside = [(m, code) for m, code in inside if m.kind == "igo" or _word_before(text, m.start) not in ("в", "во")]
    states = [code for m, code in inside if m.kind != "igo"]
    for mention, code in inside:
        if mention.kind != "igo":
            return code
        at_igo = text[max(0, mention.start - 4):mention.start].split()[-1:] in (["при"], ["в"])
        if not (at_igo and states):
            return load_gazetteer().igo_country(code)
    return None


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 4):start].split()
    return words[-1].lower() if words else ""


def igo_name(igo: Igo, texts: list[str]) -> str:
    """An organisation's canonical name in the form the text first gives it (`texts` in
    order): a text that introduces it by its full name ('Форум стран-экспортёров газа
    (ФСЭГ)') names it so - the listed form closest to the text's; one that opens with the
    acronym takes it as known ('ООН'), and so do we."""
    def squash(text: str) -> str:
        return re.sub(r"\s*[—–-]\s*", "-", text.lower().replace("ё", "е"))

    words = texts[0].split() if texts else []
    # not 'Совбеза ООН' or 'ЕС'; 'Европарламент' and 'Евросоюз' are names
    spelled = len(words) > 2 or (len(words) in (1, 2) and not any(w.isupper() for w in words))
    if spelled and igo.names:
        said = squash(texts[0])
        # the closest listed form; of forms that differ only in dashes, the plain compound
        return max(igo.names, key=lambda n: (SequenceMatcher(None, squash(n), said).ratio(), -len(n)))
    return igo.ru_acronyms[0] if igo.ru_acronyms else (igo.names[0] if igo.names else igo.code)


def demonym_before(text: str, hits: list[tuple[Mention, str]], names: list[Mention]) -> str | None:
    """'россиянка Екатерина Затуливетер', 'украинский режиссёр Олег Сенцов': a demonym or a
    country adjective in the words right before a name, with no punctuation between."""
    for name in names:
        for mention, code in hits:
            between = text[mention.stop:name.start]
            if mention.kind in ("demonym", "adjective") and 0 <= name.start - mention.stop <= 24 \
                    and not any(ch in ",.;:()«»\"—–" for ch in between) and len(between.split()) <= 2 \
                    and not between.lower().lstrip().startswith(COUNTERPART_STEMS):
                return code
    return None


def origin_before(text: str, hits: list[tuple[Mention, str]], names: list[Mention]) -> str | None:
    """'студента из Казахстана Азамата Тажаякова': the state a person is said to come from, named
    right before the name."""
    for name in names:
        for mention, code in hits:
            if mention.kind == "name" and mention.stop <= name.start and not text[mention.stop:name.start].strip() \
                    and _word_before(text, mention.start) == "из" and not code.startswith("IGO:"):
                return code
    return None


# 'с азербайджанским коллегой Лавров': the adjective says whose the colleague is, not the name's
COUNTERPART_STEMS = ("коллег", "визави", "партнер", "партнёр", "собеседник", "оппонент", "соперник")


def city_country(name: str) -> str | None:
    """The state a city or region belongs to (data/cities.tsv), or None."""
    from .cities import load_cities

    return load_cities().country_of(name)


def state_after(text: str, hits: list[tuple[Mention, str]], stop: int) -> str | None:
    """The state named right after an organisation, in the genitive ('МИД Азербайджана',
    'посольство США'): the organisation's state."""
    for mention, code in hits:
        if mention.start >= stop and not text[stop:mention.start].strip() and mention.kind in ("name", "acronym"):
            return code
    return None


def adjective_before(text: str, hits: list[tuple[Mention, str]], start: int) -> str | None:
    """The state whose adjective stands right before an organisation ('узбекского МИД')."""
    for mention, code in hits:
        if mention.kind == "adjective" and mention.stop <= start and not text[mention.stop:start].strip():
            return code
    return None


# CAMEO actor roles that act politically (the rest - MED, BUS, EDU, CVL ... - are society's)
POLITICAL_ROLES = ("GOV", "MIL", "COP", "JUD", "SPY", "LEG", "DIP", "OPP", "PTY", "REB", "SEP", "UAF", "IGO", "NSA")


def actor_code(country: str | None, role: str, gazetteer: Gazetteer) -> str:
    """CAMEO-style actor code: country + role ('KAZGOV'); IGOs use their own code."""
    if not country:
        return role
    if country.startswith("IGO:"):
        try:
            return gazetteer.igo(country[4:]).actor_code
        except KeyError:
            return "IGO"
    if country.startswith("NSA:"):
        return "NSA" + role
    return country + role


def initials(name: str) -> str:
    """'Центральная избирательная комиссия' -> 'ЦИК' (short function words have no letter in it)."""
    return "".join(w[0] for w in re.findall(r"[А-Яа-яЁё]+", name) if w.lower() not in ("и", "по", "в", "на", "для")).upper()


def spelled_out(mention: Mention, entities: list[Entity]) -> Entity | None:
    """The body of a state the text named in full before an acronym of its initials."""
    text = mention.text.replace("Ё", "Е")
    if mention.type != "ORG" or not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return None
    return next((e for e in entities if e.type == "ORG" and e.country and not e.country.startswith("IGO:")
                 and initials(e.name) == text), None)


def normal_key(name: str, country: str | None) -> str:
    return f"{name.lower().replace('ё', 'е')}|{country or ''}"


def build_entities(doc: Doc, mentions: list[Mention], codes: dict[int, str],
                   gazetteer: Gazetteer) -> list[Entity]:
    """Create entities and point every mention at its entity."""
    index = TokenIndex(doc.tokens)
    persons = [m for m in mentions if m.type == "PER" and m.kind == "name"]
    # (a state's name inside a person's is no state: 'Доминик Стросс-Кан' is not of Dominica)
    hits = [(mentions[i], code) for i, code in codes.items()
            if not any(p.start <= mentions[i].start and mentions[i].stop <= p.stop for p in persons)]
    entities: list[Entity] = []
    by_key: dict[str, int] = {}

    def add(key: str, make: Any) -> int:
        if key not in by_key:
            by_key[key] = len(entities)
            entities.append(make(len(entities)))
        return by_key[key]

    clusters = cluster_persons(doc, mentions, index, gazetteer)
    office_mentions: list[Mention] = []
    known = load_known_people()
    year = int(doc.published[:4]) if doc.published else None
    for c, cluster in enumerate(clusters):
        country, role = None, ""
        for office in cluster.offices:
            country = country_in_span(hits, office.start, office.stop, doc.text, envoy=office.role.endswith("DIP"))
            role = office.role
            if country:
                break
        if country is None:
            named = [mentions[i] for i in cluster.mentions]
            country = demonym_before(doc.text, hits, named) or origin_before(doc.text, hits, named)
        person = known.lookup(cluster.name.surname, cluster.name.parts[0] if len(cluster.name.parts) > 1 else None, year)
        name = cluster.name.canonical
        if person is not None:
            country = country or person.country
            role = role or person.role
            if len(cluster.name.parts) < 2:
                name = person.name
        offices = [o.title for o in cluster.offices]
        if not offices and person is not None and person.office:
            offices = [person.office]  # from data/persons.tsv, in office in the text's year
        entity_id = add(f"PER:{c}", lambda i, n=name, co=country, r=role, o=offices: Entity(
            id=i, type="PER", name=n, country=co, code=actor_code(co, r, gazetteer), offices=o,
            key=normal_key(n, co)))
        for i in cluster.mentions:
            mentions[i].entity = entity_id
            mentions[i].normal = cluster.name.full
        for office in cluster.offices:
            office_mentions.append(Mention(office.start, office.stop, doc.text[office.start:office.stop],
                                           "PER", entity=entity_id, kind="office", normal=office.title))

    # 'Организация Объединённых Наций (ООН)': a name with its acronym is the organisation
    with_acronym = {i: j for i, m in enumerate(mentions) if m.type == "ORG" and m.kind != "igo"
                    for j, igo in enumerate(mentions) if igo.kind == "igo" and codes.get(j)
                    and igo.start == m.start and igo.stop < m.stop
                    and re.fullmatch(r"\s*\([^()]*\)", doc.text[igo.stop:m.stop])}
    for i, mention in enumerate(mentions):
        if mention.entity >= 0 or i in with_acronym:
            continue
        code = codes.get(i)
        if mention.kind == "igo" and code:
            igo = gazetteer.igo(code)
            # the name is chosen once, when the organisation's entity is made
            mention.entity = add(f"IGO:{code}", lambda n, g=igo, c=code: Entity(
                id=n, type="ORG", country=gazetteer.igo_country(c), code=g.actor_code, key=f"IGO:{c}",
                name=igo_name(g, [m.text for j, m in enumerate(mentions) if codes.get(j) == c and m.kind == "igo"])))
        elif mention.type == "GPE" and code:
            country = gazetteer.country(code)
            if mention.kind == "capital":
                mention.entity = add(f"CAP:{code}", lambda n, c=country: Entity(
                    id=n, type="GPE", name=c.capital, country=c.iso3, code=c.iso3, key=f"city|{c.capital.lower()}"))
            else:
                mention.entity = add(f"GPE:{code}", lambda n, c=country: Entity(
                    id=n, type="GPE", name=c.short, country=c.iso3, code=c.iso3, key=c.iso3))
            mention.normal = entities[mention.entity].name
        elif mention.kind == "seat" and code:
            country = gazetteer.country(code)
            # the seat as the gazetteer lists it ('Милли Меджлиса' -> 'Милли Меджлис': no Russian word
            # to inflect back), else the words put in the nominative
            said = mention.text.split()
            listed = [seat for seat in country.seats if len(seat.split()) == len(said)
                      and seat.split()[0][:4].lower() == said[0][:4].lower()]
            name = listed[0] if listed else nominative_phrase(
                [doc.tokens[t] for t in index.covering(mention.start, mention.stop)])
            mention.entity = add(f"SEAT:{name.lower()}", lambda n, nm=name, c=country: Entity(
                id=n, type="ORG", name=nm, country=c.iso3, code=c.iso3 + "GOV", key=normal_key(nm, c.iso3)))
        elif mention.type in ("ORG", "LOC"):
            name = mention.normal or mention.text
            covering = [doc.tokens[t] for t in index.covering(mention.start, mention.stop)]
            if mention.type == "LOC" and name == mention.text and covering \
                    and "Case=Nom" not in covering[-1].feats and "Case=" in covering[-1].feats:
                name = nominative_phrase(covering) or name  # natasha left 'на Каспии' as it stands
            if mention.type == "ORG" and org_name(mention.text) != mention.text:
                name = org_name(mention.text)  # (natasha's normal form drops the quotes)
            country = country_in_span(hits, mention.start, mention.stop)
            if country is None and mention.type == "ORG":
                # 'МИД Азербайджана', 'узбекского МИД'
                country = state_after(doc.text, hits, mention.stop) or adjective_before(doc.text, hits, mention.start)
            if country is None and mention.type == "LOC":
                country = city_country(name)
            known = (agency(name) or agency(mention.text)) if mention.type == "ORG" else None  # 'ФСБ', 'СБУ'
            group = (armed_group(name) or armed_group(mention.text)) if mention.type == "ORG" and known is None else None
            if group is not None:        # 'ИГИЛ', '«Хезболлы»': a group of no state, its name in the nominative
                name, known = group[2], group[:2]
            if country is None and known is not None:
                country = known[0]
            spelled = spelled_out(mention, entities) if country is None and known is None and group is None else None
            if spelled is not None:  # 'ЦИК' after 'Центральная избирательная комиссия Азербайджана'
                mention.entity = spelled.id
                continue
            role = ""
            if mention.type == "ORG":
                lemmas = [doc.tokens[t].lemma for t in index.covering(mention.start, mention.stop)]
                found = gazetteer.match_role(lemmas)
                role = found.role if found else (known[1] if known is not None and known[0] == country else "")
            mention.entity = add(f"{mention.type}:{name.lower()}|{country}", lambda n, nm=name, t=mention.type, c=country, r=role: Entity(
                id=n, type=t, name=nm, country=c, code=actor_code(c, r, gazetteer) if t == "ORG" else (c or ""),
                key=normal_key(nm, c) if t == "ORG" else ""))
    for i, j in with_acronym.items():
        mentions[i].entity = mentions[j].entity
    for office in office_mentions:
        # 'Председатель ЦИК Мазахир Панахов': the body in the office is of a state the text named it with
        person = entities[office.entity]
        if person.country:
            continue
        body = next((entities[m.entity] for m in mentions if m.type == "ORG" and m.entity >= 0
                     and office.start <= m.start and m.stop <= office.stop), None)
        if body is not None and body.country and not body.country.startswith("IGO:"):
            person.country, person.code = body.country, actor_code(body.country, person.code, gazetteer)
            person.key = normal_key(person.name, person.country)
    mentions.extend(office_mentions)
    mentions.sort(key=lambda m: (m.start, -(m.stop - m.start)))
    for entity in entities:
        entity.aliases = sorted({m.text for m in mentions
                                 if m.entity == entity.id and m.kind != "office" and m.text != entity.name})
    return entities
