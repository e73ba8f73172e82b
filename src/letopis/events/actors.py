"""From an argument token to the actors it names: people, states, bodies, organisations."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cached_property

from ..doc import Actor, Doc, Entity, Mention
from ..entities.agencies import armed_group
from ..entities.cities import city_adjectives
from ..entities.gazetteer import Gazetteer, Role, load_morph, norm
from ..entities.inflect import genitive, nominative_phrase
from ..entities.resolve import actor_code
from .bodies import main_state
from .cameo import predicates_by_lemma
from .conventions import PRESS_SIDE_CODES
from .coref import (author_said_before, body_antecedent, group_of, group_said_before, introduced_person, member_body,
                    office_said_before, person_antecedent)
from .group_names import country_spoken_of, in_title, where_they_are
from .syntax import Tree

PERSONAL_PRONOUNS = {"он": "Masc", "она": "Fem"}
POSSESSIVE_PRONOUNS = {"его": "Masc", "ее": "Fem", "её": "Fem"}  # whose: 'его паспорт'
# plural nouns for the people a state sends, standing for each state they name: 'делегации A и B'
STATE_STAND_INS = {"делегация"}
# the speaker of a direct quotation: 'Мы осуждаем ...', — заявил министр'
FIRST_PERSON = {"я", "мы", "мой", "наш"}
PLURAL_PRONOUNS = {"они", "стороны", "сторона", "лидеры", "президенты", "главы", "министры"}
# 'другие солдаты' are soldiers: the word that sets them apart from others is no part of their name
OTHER_WORDS = {"другие", "другой", "другая", "другое", "других", "другого", "остальные", "остальных", "прочие",
               "прочих", "некоторые", "некоторых", "сам", "сама", "сами", "само"}  # ("президент и сам" is the president)
PROTESTS = {"акция", "митинг", "беспорядок", "беспорядки", "протест", "демонстрация", "шествие", "забастовка"}
# bodies a state keeps abroad: the place named with them is not their state
# bodies of a state ('правительство', 'Верховный суд', 'полиция'): CAMEO roles GOV, JUD, COP, LEG, MIL, SPY
STATE_ROLES = ("GOV", "JUD", "COP", "LEG", "MIL", "SPY")
ABROAD_BODIES = {"посольство", "консульство", "генконсульство", "представительство", "миссия", "постпредство"}
# kinds of organisation that a state's name in the genitive does not make the state itself
NON_STATE_BODIES = {"организация", "партия", "движение", "объединение", "группировка", "союз", "альянс",
                    "блок", "фракция", "оппозиция", "коалиция", "фонд", "ассоциация"}
# body words that also name an activity, and the words that tell the activity
ACTIVITY_SENSES = {"разведка": {"совместный", "геологический", "сейсмический", "месторождение", "нефть", "газ",
                                "недра", "шельф", "запас", "участок", "разработка", "добыча"}}
# the West as an actor: CAMEO's region code, and the plural nouns 'западные'/'Запада' make it
WEST_CODE = "WST"
WEST_GROUPS = {"страна", "государство", "партнер", "союзник", "столица", "правительство", "лидер"}
# a city that, acting, stands for the organisation seated there rather than its state
IGO_SEATS = {"Брюссель": ("EU", "NATO", "EC", "EP")}  # (the union first, then its bodies)
RELATIVE_PRONOUNS = {"который", "которая", "которые", "кто"}
SUBORDINATE_RELS = {"ccomp", "advcl", "acl", "acl:relcl", "csubj", "xcomp"}
# nouns of places a title names ('губернатор региона', 'мэр города'): never what a person is called
PLACE_NOUNS = {"регион", "область", "край", "город", "район", "республика", "страна", "штат", "провинция",
               "округ", "столица", "село", "поселок", "государство"}
# Words that stand for a person or body only through the noun they modify
GENERIC_HEADS = {"представитель", "сотрудник", "член", "делегация", "сторона", "руководство",
                 "глава", "лидер", "власть", "правительство", "председательство", "руководитель",
                 "позиция", "территория", "база", "объект", "посольство", "консульство", "граница",
                 "пост", "застава", "город", "село", "поселок", "деревня", "миссия"}
# a part of a place the text names by the place ('сектор Газа', 'район Зурмат'): it stands for the place's state
PLACE_HEADS = {"сектор", "район", "провинция", "область", "регион", "округ", "окрестность"}
# votes a state holds: 'выборы в Азербайджане' are Azerbaijan's ('в' names whose, not only where)
ELECTIONS = {"выборы", "выбор", "референдум", "голосование"}
# weapons named as the doer, with whose they are: 'беспилотник ВСУ', 'ракеты Ирана', 'самолёты коалиции'
WEAPONS = {"беспилотник", "дрон", "ракета", "самолет", "вертолет", "истребитель", "бомбардировщик", "корабль",
           "танк", "артиллерия", "авиация", "снаряд"}
# nouns of quantity that stand before the actors they count: 'ряд сотрудников МВД', 'группа активистов'
QUANTITY_HEADS = {"ряд", "группа", "часть", "большинство", "десяток", "сотня", "тысяча", "множество", "число"}
# people who speak or work for another person: 'пресс-секретарь Путина' is not Putin
AIDES = {"представитель", "пресс-секретарь", "помощник", "советник", "заместитель", "адвокат", "референт"}
# the press, a side only of coercion, violence and release ('арестовали журналистов')
PRESS = {"журналист", "корреспондент", "репортер", "блогер"}
# organisations a text may name by their kind alone, when an adjective says which
ORGANISATION_NOUNS = {"организация", "объединение"}
# kinds that say nothing of who they are ('эти организации', 'многие организации') or name businesses
ORGANISATION_NOT_ACTORS = {"этот", "другой", "многий", "некоторый", "различный", "разный", "данный", "такой",
                           "коммерческий", "финансовый", "кредитный", "страховой", "медицинский", "образовательный",
                           "бюджетный", "подведомственный"}
# animate nouns that never name a political actor by themselves
GENERIC_EXCLUDED = {"человек", "люди", "житель", "ребенок", "женщина", "мужчина", "автор", "читатель",
                    "пользователь", "эксперт", "аналитик", "источник", "журналист", "корреспондент",
                    "участник", "сторонник", "зритель", "пассажир", "друг", "брат", "партнер", "критик",
                    "наблюдатель", "очевидец", "свидетель"}


class ActorResolver:
    """Resolves tokens to Actors using the document's mentions and entities."""

    def __init__(self, doc: Doc, tree: Tree, gazetteer: Gazetteer):
        self.doc = doc
        self.tree = tree
        self.gazetteer = gazetteer
        self._resolving: set[int] = set()
        self._body_names: dict[int, str] = {}
        self._body_kinds: dict[str, Role | None] = {}   # a name's morphology is read once per document
        self.mention_of: dict[int, Mention] = {}
        for mention in doc.mentions:
            if mention.entity < 0:
                continue
            for t in tree.index.covering(mention.start, mention.stop):
                current = self.mention_of.get(t)
                if current is None or self.more_specific(mention, current, t):
                    self.mention_of[t] = mention

    def more_specific(self, mention: Mention, current: Mention, token: int) -> bool:
        """The most specific mention wins: a name over the office around it, a name over a longer
        one around it, unless the token heads the longer name ('«Единая Россия»' is a party)."""
        if mention.kind == "office":
            return False
        if current.kind == "office":
            return True
        if current.stop - current.start == mention.stop - mention.start:
            return False
        shorter_first = current.stop - current.start > mention.stop - mention.start
        longer = current if shorter_first else mention
        if mention.kind == current.kind == "name" and self.heads(token, longer):
            return longer is mention
        return shorter_first

    def heads(self, token: int, mention: Mention) -> bool:
        """The token is the syntactic head of the mention's words: its own head lies outside them."""
        head = self.tree.tokens[token].head
        return head < 0 or not mention.start <= self.tree.tokens[head].start < mention.stop

    def entity(self, mention: Mention) -> Entity:
        return self.doc.entities[mention.entity]

    def actor_from_entity(self, entity: Entity, token: int, as_state: bool = False, place: bool = False) -> Actor:
        """An Actor for an entity; a capital city acting is its state ('Москва заявила'); a city
        as the place of an act is no organisation seated there ('теракт в Брюсселе')."""
        mention = self.mention_of.get(token)
        start, stop = (mention.start, mention.stop) if mention else (self.tree.tokens[token].start, self.tree.tokens[token].stop)
        seat = self.seated_organisation(entity) if as_state and not place and entity.type in ("GPE", "LOC") else None
        if seat is not None:  # 'Минск осудил решение Брюсселя' in a text on the EU: the EU
            return Actor(seat.name, seat.country, seat.code, seat.id, start, stop)
        if entity.type in ("GPE", "LOC") and entity.country and as_state \
                and not entity.country.startswith(("IGO:", "NSA:")) and entity.key != entity.country:
            country = self.gazetteer.country(entity.country)
            state = next((e for e in self.doc.entities if e.key == country.iso3), None)
            name = state.name if state else country.short
            return Actor(name, country.iso3, country.iso3, state.id if state else -1, start, stop)
        role = self.state_body_role(entity.name) if entity.type == "ORG" and not entity.country else None
        if role is not None and self.main_state \
                and not self.names_a_state([self.tree.tokens[t] for t in self.tree.subtree(token) if t != token]):
            # 'Конституционный совет' of the state the text is about
            return Actor(f"{entity.name} {self.of_state(self.main_state)}", self.main_state,
                         actor_code(self.main_state, role.role, self.gazetteer), entity.id, start, stop)
        return Actor(self.body_name(entity), entity.country, entity.code, entity.id, start, stop)

    def the_west(self, token: int) -> Actor | None:
        """'Лавров обвинил Запад', 'страны Запада', 'западные партнёры': the West, CAMEO's region WST
        (no state: its country is left empty)."""
        tree = self.tree
        tok = tree.tokens[token]
        if tok.lemma == "запад":  # ('на западе страны' is a direction)
            west = tok.text[:1].isupper() and not tree.kids(token, "amod", "nmod") \
                and tree.preposition(token) not in ("на", "с", "к")
        else:
            west = tok.lemma in WEST_GROUPS and (
                any(tree.tokens[k].lemma == "западный" for k in tree.kids(token, "amod"))
                or any(tree.tokens[k].lemma == "запад" and tree.tokens[k].text[:1].isupper()
                       for k in tree.kids(token, "nmod")))
        return Actor("Запад", None, WEST_CODE, -1, tok.start, tok.stop) if west else None

    def seated_organisation(self, entity: Entity) -> Entity | None:
        """The organisation a seat city stands for when acting, if the text names it."""
        for code in IGO_SEATS.get(entity.name, ()):
            found = next((e for e in self.doc.entities if e.key == f"IGO:{code}"), None)
            if found is not None:
                return found
        return None

    @cached_property
    def person_genders(self) -> dict[int, str]:
        """A person's gender as the verbs they are the subject of show it ('Маэхара отметил'): the
        tagger guesses a foreign name's gender from its ending."""
        tree, votes = self.tree, {}
        for t, mention in self.mention_of.items():
            if mention.type != "PER" or mention.entity < 0 or not tree.tokens[t].rel.startswith("nsubj"):
                continue
            gender = tree.feats[tree.tokens[t].head].get("Gender") if tree.tokens[t].head >= 0 else None
            if gender in ("Masc", "Fem"):
                votes.setdefault(mention.entity, Counter())[gender] += 1
        return {entity: counts.most_common(1)[0][0] for entity, counts in votes.items()}

    def gender_of(self, token: int) -> str | None:
        mention = self.mention_of.get(token)
        known = self.person_genders.get(mention.entity) if mention is not None else None
        return known or self.tree.feats[token].get("Gender")

    @cached_property
    def introductions(self) -> dict[str, list[tuple[int, int]]]:
        """Each noun lemma the text puts right before a person's name ('журналист Иван
        Петров'), with the noun's token and the person's entity."""
        out: dict[str, list[tuple[int, int]]] = {}
        tokens = self.tree.tokens
        for t in range(len(tokens) - 1):
            mention = self.mention_of.get(t + 1)
            # (a place is no description of the person: 'губернатор региона Кондратьев' introduces no 'регион')
            if tokens[t].pos == "NOUN" and mention is not None and mention.type == "PER" and mention.kind == "name" \
                    and mention.entity >= 0 and mention.start == tokens[t + 1].start and tokens[t].lemma not in PLACE_NOUNS:
                out.setdefault(tokens[t].lemma, []).append((t, mention.entity))
        return out

    def names_a_state(self, span: list) -> bool:
        """Some word of the phrase is a state or its adjective ('российский суд', 'суд Египта')."""
        return any(m.type == "GPE" for t in span for m in [self.mention_of.get(self.tree.index.at(t.start))] if m)

    def body_kind(self, name: str) -> Role | None:
        """The body role a name starts with when it names a kind of body, not one with its
        state ('Верховный суд', not 'Верховный суд Египта'), or None."""
        if name not in self._body_kinds:
            role = None
            if len(name.split()) <= 4 and not self.gazetteer.find_in_text(name):
                morph = load_morph()
                lemmas = [morph.parse(w)[0].normal_form for w in name.lower().split()]
                role = self.gazetteer.match_role(lemmas)
                if role is None and len(lemmas) > 1 and all(w.endswith(("ый", "ий", "ой")) for w in lemmas[:-1]):
                    role = self.gazetteer.match_role(lemmas[-1:])  # 'Специальный суд' is a court
            self._body_kinds[name] = role if role is not None and role.kind == "body" else None
        return self._body_kinds[name]

    def state_body_role(self, name: str) -> Role | None:
        """The role of a name that is only a kind of state body, word for word ('Конституционный
        совет'), or None."""
        role = self.body_kind(name)
        if role is None or not role.role.startswith(STATE_ROLES) or len(role.word.split()) != len(name.split()):
            return None
        return role

    def of_state(self, country: str) -> str:
        """A state's short name in the genitive, to name its bodies: 'России', 'США'."""
        return genitive(self.gazetteer.country(country).short)

    def body_name(self, entity: Entity) -> str:
        """A state body named by its kind takes its state: 'МИД' of Azerbaijan is 'МИД
        Азербайджана', 'Верховный суд' of Spain 'Верховный суд Испании'. Once per entity."""
        if entity.id not in self._body_names:
            self._body_names[entity.id] = self._body_name(entity)
        return self._body_names[entity.id]

    def _body_name(self, entity: Entity) -> str:
        name = entity.name
        if entity.type != "ORG" or not entity.country or entity.country.startswith(("IGO:", "NSA:")):
            return name
        # 'Верховный суд', 'Министерство обороны' name a kind of body: the state says whose
        role = self.body_kind(name)
        if role is None:
            return name
        try:
            return f"{name} {self.of_state(entity.country)}"
        except KeyError:
            return name

    def resolve(self, token: int, as_state: bool = True) -> list[Actor]:
        """All actors a noun phrase names, one per coordinated member."""
        actors: list[Actor] = self.each_state_office(token)
        if actors:
            return actors
        named = self.coordinated_antecedent(token)
        if named >= 0:
            return self.resolve(named, as_state)  # 'A и B, которые встречаются': both of them
        for member in self.tree.conjuncts(token):
            found = [self.resolve_one(member, as_state)] + self.named_members(member) + self.adjective_members(member)
            for actor in found:
                if actor and all(not same_actor(actor, a) for a in actors):
                    actors.append(actor)
        return actors

    def coordinated_antecedent(self, token: int) -> int:
        """The first of the coordinated nouns a plural 'которые' hangs on, or -1."""
        tree = self.tree
        if tree.tokens[token].lemma not in RELATIVE_PRONOUNS or tree.feats[token].get("Number") != "Plur":
            return -1
        clause = tree.tokens[token].head
        if clause < 0 or tree.tokens[clause].rel != "acl:relcl":
            return -1
        head = tree.tokens[clause].head
        members = tree.conjuncts(head) if 0 <= head < token else []
        # 'между сепаратистами, которых ..., и силами': a member after the clause is no antecedent
        return head if len(members) > 1 and max(members) < token else -1

    def adjective_members(self, token: int) -> list[Actor | None]:
        """'французские и малийские военные': a group for each state's adjective after the first."""
        tree = self.tree
        out: list[Actor | None] = []
        for adjective in tree.kids(token, "amod"):
            for other in tree.kids(adjective, "conj"):
                mention = self.mention_of.get(other)
                if mention is None or mention.type != "GPE" or mention.entity < 0 or tree.tokens[other].pos != "ADJ":
                    continue
                base = self.group_actor(token)
                country = self.entity(mention).country
                if base is None or not country or country == base.country:
                    continue
                name = nominative_phrase([tree.tokens[other], tree.tokens[token]]).lower()
                role = self.gazetteer.match_role([tree.tokens[token].lemma])  # 'военные' -> MIL
                out.append(Actor(name, country, actor_code(country, role.role if role else "", self.gazetteer),
                                 -1, tree.tokens[other].start, tree.tokens[token].stop))
        return out

    def named_members(self, token: int) -> list[Actor | None]:
        """'его заместителей Руслана Давыдова и Андрея Струкова', 'с коллегами из Киргизии и
        Таджикистана': a plural noun's names after the first, coordinated with it."""
        tree = self.tree
        if tree.feats[token].get("Number") != "Plur":
            return []
        out: list[Actor | None] = []
        for name in tree.kids(token, "nmod", "appos"):
            mention = self.mention_of.get(name)
            if mention is not None and (mention.type == "PER" or (mention.type == "GPE" and tree.preposition(name) == "из"
                                                                  and self.stands_for_state(token))):
                out.extend(self.resolve_one(c) for c in tree.conjuncts(name)[1:])
        return out

    def stands_for_state(self, token: int) -> bool:
        """The noun resolves to a state as a whole ('коллеги из Киргизии'), not to people of it
        ('инвесторы из Китая')."""
        actor = self.resolve_one(token)
        return actor is not None and actor.entity >= 0 and self.doc.entities[actor.entity].type == "GPE"

    def resolve_one(self, token: int, as_state: bool = True) -> Actor | None:
        """The actor one noun phrase names, or None. Guarded: parses can hold cycles."""
        if token in self._resolving:
            return None
        self._resolving.add(token)
        try:
            actor = self._resolve_one(token, as_state)
            if actor is not None and actor.entity < 0 and OTHER_WORDS & set(actor.name.lower().split()):
                actor.name = " ".join(w for w in actor.name.split() if w.lower() not in OTHER_WORDS) or actor.name
            return actor
        finally:
            self._resolving.discard(token)

    def _resolve_one(self, token: int, as_state: bool) -> Actor | None:
        tree = self.tree
        tok = tree.tokens[token]
        lemma = tok.lemma
        if lemma in PERSONAL_PRONOUNS or lemma in POSSESSIVE_PRONOUNS or lemma in RELATIVE_PRONOUNS:
            return self.antecedent(token)
        if lemma in FIRST_PERSON:
            return self.speaker(token)
        if lemma == "они" and tree.case(token) != "Nom":
            return self.plural_antecedent(token)
        if (west := self.the_west(token)) is not None:
            return west
        if lemma in ACTIVITY_SENSES and any(tree.tokens[k].lemma in ACTIVITY_SENSES[lemma]
                                            for k in tree.kids(token, "amod", "nmod", "conj")):
            return None  # 'совместная разведка месторождения' is prospecting, not an intelligence service
        mention = self.mention_of.get(token)
        if mention is not None and mention.type == "PER" and mention.kind == "title":
            # 'Глава палестинской делегации на переговорах Саеб Эрекат': the title's holder is named
            named = self.name_in_apposition(token)
            if named is not None:
                title = self.entity(mention)
                if named.country is None and title.country:
                    named.country, named.code = title.country, title.code  # whose the title is
                return named
        if mention is not None and mention.type == "PER":
            return self.actor_from_entity(self.entity(mention), token)
        if mention is None and lemma in WEAPONS:
            owners = [c for c in tree.kids(token, "nmod") if tree.case(c) == "Gen" and not tree.preposition(c)]
            if owners:  # 'беспилотник ВСУ атаковал ...': whose weapon it is acts
                return self.resolve_one(owners[0], as_state)
            for adjective in tree.kids(token, "amod"):  # 'украинские беспилотники': their state's
                owner = self.mention_of.get(adjective)
                if owner is not None and owner.type == "GPE" and owner.kind == "adjective" and owner.entity >= 0:
                    return self.actor_from_entity(self.entity(owner), adjective, True)
        if mention is None and lemma in QUANTITY_HEADS:
            counted = [c for c in tree.kids(token, "nmod") if tree.case(c) == "Gen" and not tree.preposition(c)
                       and tree.tokens[c].pos == "NOUN" and tree.feats[c].get("Number") == "Plur"]
            if counted:
                return self.resolve_one(counted[0], as_state)
        group = group_of(self, token)  # 'семья Манделы' is the family, not Mandela
        if group is not None:
            return group
        # a name in apposition, maybe through a title: 'Эмир Катара шейх Хамад ...'
        named = self.name_in_apposition(token)
        if named is not None:
            return named
        if mention is not None and mention.type in ("ORG", "GPE") and mention.kind not in ("adjective", "demonym"):
            actor = self.actor_from_entity(self.entity(mention), token, as_state)
            if mention.type == "ORG" and not actor.country:
                return self.with_country(actor, token)  # 'МИД Азербайджана'
            return actor
        held_by = self.election_state(token) or self.charge_d_affaires(token)
        if held_by is not None:
            return held_by
        if mention is None:
            # a description of what the text named before: 'коалиция', 'дипломат'
            described = introduced_person(self, token) or body_antecedent(self, token) \
                or person_antecedent(self, token, GENERIC_HEADS, GENERIC_EXCLUDED) or office_said_before(self, token) \
                or group_said_before(self, token) or author_said_before(self, token)
            if described is not None:
                return described
        body = self.body_actor(token)
        if body is not None:
            return body
        if mention is not None and mention.type == "LOC":
            # a place stands for its state when we know the state ('посетил Нахичевань')
            entity = self.entity(mention)
            return self.actor_from_entity(entity, token, True) if entity.country and as_state else None
        led = self.leader(token)
        if led is not None:
            return led
        # a generic head whose dependent names the actor: 'сотрудника посольства Великобритании'
        for child in tree.kids(token, "nmod", "appos", "amod"):
            child_tok = tree.tokens[child]
            if tree.preposition(child) in ("в", "во", "на") and tree.case(child) != "Acc":
                continue  # 'штаб-квартира организации в Дохе': where, not who
            if tree.preposition(child) == "между":
                continue  # 'процесс между Арменией и Азербайджаном' is neither's
            child_mention = self.mention_of.get(child)
            if child_mention is not None and child_mention.type == "LOC" and tok.lemma in PLACE_HEADS and as_state:
                entity = self.entity(child_mention)  # 'удар по сектору Газа': the place's state
                if entity.country:
                    return self.actor_from_entity(entity, child, True)
            if child_mention is not None and child_mention.type in ("PER", "ORG", "GPE") and child_mention.kind != "office":
                if tok.lemma in NON_STATE_BODIES and child_mention.type == "GPE" and child_mention.kind == "adjective":
                    return self.body_of_country(token, child_mention)  # 'американские правозащитные организации'
                if child_mention.kind in ("adjective", "demonym") and tok.lemma not in GENERIC_HEADS:
                    continue
                office = self.office_holder(token, child_mention) or self.aide_of(token, child, child_mention)
                if office is not None:
                    return office
                if tok.lemma in NON_STATE_BODIES and child_mention.type == "GPE":
                    return self.body_of_country(token, child_mention)  # 'женская организация Мали'
                return self.actor_from_entity(self.entity(child_mention), child, as_state)
            if child_tok.pos == "NOUN" and tree.case(child) == "Gen" and (
                    tok.lemma in GENERIC_HEADS or tree.feats[token].get("Animacy") == "Anim"):
                deeper = self.resolve_one(child, as_state)
                child_role = self.gazetteer.match_role([child_tok.lemma])
                if deeper is not None and ((deeper.entity >= 0 and self.doc.entities[deeper.entity].type == "PER")
                                           or (child_role is not None and child_role.kind == "person")):
                    aide = self.aide_of(token, child, None)  # 'помощник президента России Владимира Путина'
                    if aide is not None:
                        return replace(aide, country=deeper.country,
                                       code=actor_code(deeper.country, aide.code, self.gazetteer))
                if deeper is not None:
                    return deeper
        if mention is not None and mention.kind in ("adjective", "demonym") and tok.pos == "NOUN":
            return self.actor_from_entity(self.entity(mention), token, True)  # 'россияне'
        following = self.name_right_after(token)
        if following is not None:
            return following
        # 'отметил, что страна поддерживает ...' (not 'страна Сербия не поддержала', parsed as two subjects)
        subject = tok.rel in ("nsubj", "nsubj:pass") and tok.head >= 0 \
            and tree.kids(tok.head, "nsubj", "nsubj:pass") == [token]
        return member_body(self, token) or self.group_actor(token) or (self.country_word(token) if subject else None)

    def country_word(self, token: int) -> Actor | None:
        """A bare 'страна' ('выборы в стране пройдут мирно'): the state the text named last
        before it."""
        tree = self.tree
        if tree.tokens[token].lemma != "страна" or tree.kids(token, "nmod", "amod", "det", "nummod") \
                or tree.feats[token].get("Number") == "Plur":  # ('двух стран' are the sides, not one state)
            return None
        return self.state_named_last(token)

    def state_named_last(self, token: int) -> Actor | None:
        """The state the text named last before the token."""
        tree = self.tree
        for mention in reversed([m for m in self.doc.mentions if m.stop <= tree.tokens[token].start]):
            entity = self.entity(mention) if mention.entity >= 0 else None
            if mention.type == "GPE" and entity is not None and entity.key == entity.country \
                    and entity.country in self.gazetteer.countries:
                return self.actor_from_entity(entity, token, True)
        return None

    def body_of_country(self, token: int, state: Mention) -> Actor:
        """An organisation the text names only by its kind and country: it is of that country,
        not the state ('её поддерживает женская организация Мали')."""
        tree = self.tree
        country = self.entity(state).country
        words = [tree.tokens[t] for t in name_tokens(tree, token)]
        name = nominative_phrase(words)
        name = name[:1].lower() + name[1:] if not words[0].text.isupper() else name
        role = self.gazetteer.match_role([tree.tokens[token].lemma])
        return Actor(name, country, actor_code(country, role.role if role else "NGO", self.gazetteer), -1,
                     words[0].start, words[-1].stop)

    def leader(self, token: int) -> Actor | None:
        """'делегацией, возглавляемой министром обороны Турции Хулуси Акаром': its leader."""
        tree = self.tree
        if tree.tokens[token].lemma not in ("делегация", "группа", "миссия", "правительство"):
            return None
        for clause in tree.kids(token, "acl"):
            if tree.tokens[clause].lemma in ("возглавлять", "возглавить", "возглавляемый"):
                for agent in tree.kids(clause, "obl:agent", "obl"):
                    if tree.case(agent) == "Ins" and not tree.preposition(agent):
                        return self.resolve_one(agent)
        return None

    def each_state_office(self, token: int) -> list[Actor]:
        """'министров обороны Таджикистана и Киргизии', 'правительства России и Китая': one office
        holder or body per state."""
        tree = self.tree
        if tree.tokens[token].lemma in STATE_STAND_INS:
            return self.each_state(token)  # (a sentence's first word may be tagged a singular name)
        head = tree.tokens[token].head
        plural_verb = tree.tokens[token].rel == "nsubj" and head >= 0 and tree.feats[head].get("Number") == "Plur"
        if tree.feats[token].get("Number") != "Plur" and not plural_verb:
            return []  # ('правительства' may be tagged a genitive singular; its verb tells)
        role = self.gazetteer.match_role([tree.tokens[token].lemma]) or self.body_role(token)  # 'вооружённые силы'
        if role is None:
            return []
        inside = [t for t in tree.subtree(token) if t != token and abs(t - token) <= 4]
        states = self.named_states(inside)
        if len(states) < 2:
            return []
        named = self.names_right_after(states[-1])
        if len(named) == len(states):
            # 'Председатели ГКНБ Киргизии и Таджикистана Ташиев и Ятимов': each of the states in turn
            return [self.respective(person, state, role) for person, state in zip(named, states)]
        mention = self.mention_of.get(token)
        # the tagger may read 'Министры обороны' as an organisation's name, 'Президенты Казахстана' as one
        # title, a sentence's first 'Правительства' or 'Армии России' (short of the second state) as a name
        partial = mention is not None and mention.type == "ORG" and (
            role.kind == "person" or mention.stop <= tree.tokens[states[-1]].start)
        if mention is not None and not partial and mention.kind != "title":
            return []
        # the head in the singular, its genitive words as they stand: 'министр обороны'
        word = tree.tokens[token].lemma if role.kind == "person" else role.word  # 'министр', but 'войска'
        title = " ".join([word] + [tree.tokens[t].text for t in inside if token < t < states[0]])
        actors = []
        for t in states:
            country = self.entity(self.mention_of[t]).country
            if not country or country.startswith(("IGO:", "NSA:")) or country not in self.gazetteer.countries:
                return []
            actors.append(Actor(f"{title} {self.of_state(country)}", country,
                                actor_code(country, role.role, self.gazetteer), -1,
                                tree.tokens[token].start, tree.tokens[t].stop))
        return actors

    def names_right_after(self, token: int) -> list[int]:
        """The first tokens of the people named in a row right after the token ('... Таджикистана
        Камчыбек Ташиев и Саймумин Ятимов'), read by word order: a parse may hang the second on a state."""
        tree, named = self.tree, []
        for t in range(token + 1, len(tree.tokens)):
            mention = self.mention_of.get(t)
            if tree.tokens[t].sentence != tree.tokens[token].sentence:
                break
            if mention is not None and mention.type == "PER" and mention.kind == "name":
                if tree.tokens[t].start == mention.start:
                    named.append(t)
            elif tree.tokens[t].text not in ("и", ","):
                break
        return named

    def respective(self, person: int, state: int, role: Role) -> Actor:
        """The person named in his turn after a plural office of several states, of his state."""
        actor = self.actor_from_entity(self.entity(self.mention_of[person]), person)
        if actor.country:
            return actor
        country = self.entity(self.mention_of[state]).country
        return replace(actor, country=country, code=actor_code(country, role.role, self.gazetteer))

    def compound_states(self, token: int) -> list[Actor]:
        """'российско-казахстанские': the states a compound adjective joins, each once."""
        at = self.tree.tokens[token]
        found = [m for m in self.doc.mentions if m.kind == "adjective" and m.type == "GPE" and m.entity >= 0
                 and m.start <= at.start < m.stop and "-" in m.text]
        actors: list[Actor] = []
        for m in found:
            actor = self.actor_from_entity(self.entity(m), token, True)
            if actor.country and all(a.country != actor.country for a in actors):
                actors.append(actor)
        return actors if len(actors) >= 2 else []

    def each_state(self, token: int) -> list[Actor]:
        """'делегации Казахстана и Узбекистана': each state, as 'делегация Казахстана' is its state."""
        tree = self.tree
        states = self.named_states([c for c in tree.kids(token, "nmod") if tree.case(c) == "Gen"])
        if len(states) < 2:
            return []
        return [self.actor_from_entity(self.entity(self.mention_of[t]), t, True) for t in states]

    def named_states(self, tokens: list[int]) -> list[int]:
        """The states named (not by an adjective) among the tokens and their conjuncts, one token per
        name ('Соединённого Королевства' is one), none behind a preposition."""
        tree = self.tree
        found = [c for t in tokens for c in tree.conjuncts(t)
                 if (m := self.mention_of.get(c)) is not None and m.type == "GPE"
                 and m.kind not in ("adjective", "demonym") and not tree.preposition(c)]
        return list({id(self.mention_of[t]): t for t in found}.values())

    def office_holder(self, token: int, state: Mention) -> Actor | None:
        """'посла Азербайджана' with no name: the office holder of that state, not the state."""
        role = self.gazetteer.match_role([self.tree.tokens[token].lemma])
        if role is None or role.kind != "person" or state.type != "GPE" or self.tree.case(token) == "":
            return None
        country = self.entity(state).country
        if not country or country.startswith(("IGO:", "NSA:")):
            return None
        words = [self.tree.tokens[t] for t in name_tokens(self.tree, token)]
        name = nominative_phrase(words)
        name = name[:1].lower() + name[1:] if not words[0].text.isupper() else name
        return Actor(name, country, actor_code(country, role.role, self.gazetteer), -1, words[0].start, words[-1].stop)

    def clause_place_state(self, token: int) -> str | None:
        """The state of the place a subject's verb names ('в Алматы', 'в Баку'), if the place is in one."""
        tree = self.tree
        verb = tree.tokens[token].head
        if tree.tokens[token].rel not in ("nsubj", "nsubj:pass") or verb < 0:
            return None
        for place in tree.kids(verb, "obl"):
            mention = self.mention_of.get(place)
            if tree.preposition(place) in ("в", "во") and tree.case(place) in ("Loc", "") and mention is not None \
                    and mention.type in ("GPE", "LOC") and mention.entity >= 0:
                country = self.entity(mention).country
                if country and len(country) == 3:
                    return country
        return None

    def election_state(self, token: int) -> Actor | None:
        """'выборы в Азербайджане': elections held in a state are that state's."""
        tree = self.tree
        if tree.tokens[token].lemma not in ELECTIONS:
            return None
        held = [c for c in tree.kids(token, "nmod") if tree.preposition(c) in ("в", "во")
                and (m := self.mention_of.get(c)) is not None and m.type == "GPE" and m.kind not in ("adjective", "demonym")]
        if held:
            return self.resolve_one(held[0], True)
        if not tree.kids(token, "nmod", "amod", "det"):
            return self.state_named_last(token)  # 'назвал выборы «фарсом»': the elections the text is about
        return None

    def charge_d_affaires(self, token: int) -> Actor | None:
        """'временный поверенный в делах Эстонии': the chargé d'affaires of the state whose affairs he handles
        (read off the words, since the parser often hangs 'в делах' on the verb)."""
        tokens = self.tree.tokens
        if token + 3 >= len(tokens) or tokens[token + 1].text.lower() != "в" or tokens[token + 2].lemma != "дело":
            return None
        mention = self.mention_of.get(token + 3)
        if mention is None or mention.type != "GPE" or self.tree.case(token + 3) != "Gen":
            return None
        office = self.office_holder(token, mention)
        if office is None:
            return None
        # named here: the inflector reads 'временного' as 'временной' (of time)
        interim = token > 0 and tokens[token - 1].text.lower().startswith("временн")
        name = ("временный " if interim else "") + f"поверенный в делах {self.of_state(office.country)}"
        return replace(office, name=name)

    def aide_of(self, token: int, child: int, person: Mention | None) -> Actor | None:
        """'пресс-секретарь Путина', 'представитель Эрдогана': someone who speaks or works for a
        person the text names is not that person; they act for the same state."""
        tree = self.tree
        role = self.gazetteer.match_role([tree.tokens[token].lemma]) or self.gazetteer.match_role([tree.tokens[child].lemma])
        if tree.tokens[token].lemma not in AIDES or role is None or tree.case(child) != "Gen" \
                or tree.preposition(child) or (person is not None and (person.type != "PER" or person.kind != "name")):
            return None
        country = self.entity(person).country if person is not None else None
        words = [tree.tokens[t] for t in name_tokens(tree, token)]
        name = nominative_phrase(words)
        name = name[:1].lower() + name[1:] if not words[0].text.isupper() else name
        return Actor(name, country, actor_code(country, role.role, self.gazetteer), -1, words[0].start, words[-1].stop)

    def name_right_after(self, token: int) -> Actor | None:
        """'с его женой Грасой Машел': a name right after a noun, in its case, is who the
        noun is, even when the parse hangs the name elsewhere."""
        tree = self.tree
        after = token + 1
        if after >= len(tree.tokens) or tree.tokens[after].sentence != tree.tokens[token].sentence:
            return None
        mention = self.mention_of.get(after)
        if mention is None or mention.type != "PER" or mention.kind != "name":
            return None
        if tree.case(after) and tree.case(token) and tree.case(after) != tree.case(token):
            return None
        return self.actor_from_entity(self.entity(mention), after)

    def capital_adjective(self, token: int) -> str | None:
        """The state whose capital an adjective in the phrase names ('лондонского района')."""
        tree = self.tree
        return next((city_adjectives()[lemma] for t in tree.subtree(token) if t != token and tree.tokens[t].pos == "ADJ"
                     and (lemma := norm(tree.tokens[t].lemma)) in city_adjectives()), None)

    def with_country(self, actor: Actor, token: int) -> Actor:
        """An organisation named with its state in the genitive or as an adjective
        ('МИД Азербайджана', 'российский Минфин') acts for that state."""
        tree = self.tree
        for child in tree.kids(token, "nmod", "amod", "appos"):
            mention = self.mention_of.get(child)
            if mention is None or mention.type != "GPE" or mention.entity < 0:
                continue
            if tree.tokens[token].lemma in ABROAD_BODIES and tree.preposition(child):
                continue  # 'посольство в Тегеране' is where it is, not whose it is
            entity = self.entity(mention)
            if not entity.country or entity.country.startswith("IGO:"):
                continue
            role = self.gazetteer.match_role([tree.tokens[token].lemma])
            name = actor.name
            if tree.preposition(child):
                pass  # 'отдел ... в Москве': where it sits says whose it is, not what it is called
            elif mention.kind == "capital" or (entity.key or "").startswith("city|"):
                # 'Хорошевский суд Москвы', 'городской суд Березников': a city's body keeps its city
                city = mention.text if tree.case(child) == "Gen" else genitive(entity.name)
                name = f"{actor.name} {city}" if child > token else name
            elif role is not None and role.kind == "body" and not entity.country.startswith("NSA:"):
                # one form for every way the text gives the state: 'российский Минфин',
                # 'Минфин Российской Федерации' -> 'Минфин России'
                name = f"{actor.name} {self.of_state(entity.country)}"
            elif mention.kind not in ("adjective", "demonym"):
                name = f"{actor.name} {mention.text}" if child > token else name
            return Actor(name, entity.country, actor_code(entity.country, role.role if role else "", self.gazetteer),
                         actor.entity, min(actor.start, mention.start), max(actor.stop, mention.stop))
        for child in tree.kids(token, "nmod"):
            # 'Пограничная служба ГКНБ Таджикистана': a part of a state's body is that state's
            mention = self.mention_of.get(child)
            if mention is None or mention.type != "ORG" or mention.entity < 0 or tree.preposition(child) \
                    or tree.case(child) not in ("Gen", "") or child < token:
                continue
            entity = self.entity(mention)
            if entity.country and not entity.country.startswith(("IGO:", "NSA:")):
                role = self.gazetteer.match_role([tree.tokens[token].lemma])
                return Actor(f"{actor.name} {mention.text}", entity.country,
                             actor_code(entity.country, role.role if role else "", self.gazetteer),
                             actor.entity, actor.start, max(actor.stop, mention.stop))
        role = self.gazetteer.match_role([tree.tokens[token].lemma])
        placed = self.capital_adjective(token)
        if placed is not None:  # 'Магистратский суд лондонского района' is Britain's
            return Actor(actor.name, placed, actor_code(placed, role.role if role else "", self.gazetteer),
                         actor.entity, actor.start, actor.stop)
        country = self.main_state
        if role is not None and role.kind == "body" and role.role.startswith(STATE_ROLES) and country \
                and tree.tokens[token].lemma not in ABROAD_BODIES and country in self.gazetteer.countries:
            # 'Верховный суд' in a text about Venezuela is Venezuela's
            return Actor(f"{actor.name} {self.of_state(country)}", country,
                         actor_code(country, role.role, self.gazetteer), actor.entity, actor.start, actor.stop)
        return actor

    def name_in_apposition(self, token: int, depth: int = 0) -> Actor | None:
        """A person named next to a head noun: 'министром ... Муратом Нуртлеу'."""
        tree = self.tree
        for child in tree.kids(token, "appos", "flat:name", "flat", "nmod"):
            if tree.tokens[child].pos == tree.tokens[token].pos == "NOUN" and tree.case(child) \
                    and tree.case(token) and tree.case(child) != tree.case(token):
                continue  # 'с членами семьи ... сыну — принцу': a noun in another case is not its apposition
            if tree.tokens[child].rel == "nmod" and tree.case(child) == "Gen" and tree.case(token) not in ("Gen", "") \
                    and tree.tokens[token].lemma in AIDES:
                continue  # 'пресс-секретарь Владимира Путина': whose aide, not who
            if any(tree.tokens[t].pos == "VERB" and tree.tokens[t].rel != "amod"  # 'Объединенного комитета' is no verb
                   for t in range(min(token, child) + 1, max(token, child))):
                continue  # 'с членами семьи и связался ... с женой Грасой': a verb between, another phrase
            child_mention = self.mention_of.get(child)
            if child_mention is not None and child_mention.type == "PER" and child_mention.kind != "office":
                return self.actor_from_entity(self.entity(child_mention), child)
            if depth < 2 and tree.tokens[child].rel in ("appos", "flat:name", "flat"):
                deeper = self.name_in_apposition(child, depth + 1)
                if deeper is not None:
                    return deeper
        return None

    def group_actor(self, token: int) -> Actor | None:
        """People named by what they are: 'следователи', 'члены королевской семьи',
        'граждане США'. The country comes from the phrase when it names one."""
        tree = self.tree
        tok = tree.tokens[token]
        role = self.gazetteer.match_role([tok.lemma])
        animate = tree.feats[token].get("Animacy") == "Anim"
        plural = tree.feats[token].get("Number") == "Plur"
        plural_body = role is not None and role.kind == "body" and plural
        # 'правозащитные организации', 'еврейские организации': organisations told by their kind
        kinds_of = plural and tok.lemma in ORGANISATION_NOUNS and any(
            tree.tokens[a].pos == "ADJ" and tree.tokens[a].lemma not in ORGANISATION_NOT_ACTORS for a in tree.kids(token, "amod"))
        if tok.pos != "NOUN" or tok.rel == "amod" or not (animate or plural_body or kinds_of) or (
                tok.lemma in GENERIC_EXCLUDED and not self.protesters(token) and not self.press_held(token)):
            return None
        if role is not None and role.role.startswith("MED") and not self.press_held(token):
            return None  # the press reports; it is not a party to what it reports
        if in_title(tree, token):
            return None  # '«дело крымских террористов»' names a case, not people
        # its words, not a phrase hanging on it ('коллегу за тёплые слова')
        phrase = [t for t in name_tokens(tree, token) if abs(t - token) <= 3 and tree.tokens[t].pos in ("NOUN", "ADJ", "PROPN")]
        country = None
        for t in phrase:
            mention = self.mention_of.get(t)
            if mention is not None and mention.type in ("GPE", "ORG") and mention.entity >= 0:
                country = self.entity(mention).country
                break
        # 'чиновники страны' is the country the text speaks of: it goes by its name
        states_word = [t for t in phrase if tree.tokens[t].lemma == "страна"]
        if any(tree.feats[t].get("Number") == "Plur" for t in states_word):
            pass  # 'президенты латиноамериканских стран' are of many states, none in particular
        else:
            phrase = [t for t in phrase if t not in states_word]
            country = country or country_spoken_of(self, token)
        if country is None and role is not None and role.role.startswith(("COP", "MIL", "SPY")):
            country = self.clause_place_state(token)  # 'В Минске милиционеры задержали ...': Belarus's
        tokens = [tree.tokens[t] for t in phrase]
        name = nominative_phrase(tokens) if tokens else tok.text
        first = tokens[0] if tokens else tok
        name = name[:1].lower() + name[1:] if first.pos != "PROPN" and not first.text.isupper() else name
        named_state = any(self.mention_of.get(t) is not None and self.mention_of[t].type == "GPE" for t in phrase)
        if country and not named_state and country in self.gazetteer.countries:
            name = f"{name} {self.of_state(country)}"  # 'силы безопасности Казахстана'
        elif not country:
            name = where_they_are(self, token, name)
        return Actor(name, country, actor_code(country, role.role if role else "", self.gazetteer), -1,
                     tokens[0].start if tokens else tok.start, tokens[-1].stop if tokens else tok.stop)

    def protesters(self, token: int) -> bool:
        """'участники беспорядков', 'участники акции протеста': people named by a protest."""
        tree = self.tree
        return tree.tokens[token].lemma == "участник" and any(
            tree.tokens[c].lemma in PROTESTS for c in tree.kids(token, "nmod") if not tree.preposition(c))

    def press_held(self, token: int) -> bool:
        """'арестовала двух журналистов': the press is a side when it is what the state coerces or
        attacks, though 'сообщил журналистам' makes no one a target."""
        tree = self.tree
        head = tree.tokens[token].head
        if tree.tokens[token].lemma not in PRESS or tree.tokens[token].rel not in ("obj", "nsubj:pass") or head < 0:
            return False
        return any(row.cameo.startswith(PRESS_SIDE_CODES) for row in predicates_by_lemma().get(tree.tokens[head].lemma, ()))

    @cached_property
    def main_state(self) -> str | None:
        return main_state(self.doc)

    def body_role(self, token: int) -> Role | None:
        """The role a body's head word names, read with its words: 'вооружённые силы',
        'силы безопасности' (a body of two words), else the head alone ('армия')."""
        tree = self.tree
        lemmas = [tree.tokens[token].lemma]
        before = token
        while before > 0 and tree.tokens[before - 1].rel == "amod" and tree.tokens[before - 1].head == token:
            before -= 1
        after = token + 1
        sequences = [[tree.tokens[t].lemma for t in range(start, token + 1)] for start in range(before, token)]
        if after < len(tree.tokens) and tree.tokens[after].head == token and tree.case(after) == "Gen":
            sequences.append(lemmas + [tree.tokens[after].lemma])
        for sequence in sequences:
            role = self.gazetteer.match_role(sequence)
            if role is not None and len(role.word.split()) == len(sequence):
                return role
        return self.gazetteer.match_role(lemmas)

    def body_actor(self, token: int) -> Actor | None:
        """'власти Великобритании', 'российский суд', 'МИД России': a body with a country."""
        tree = self.tree
        tok = tree.tokens[token]
        role = self.body_role(token)
        if role is None or role.kind != "body":
            return None
        if tok.lemma == "власть" and tree.feats[token].get("Number") != "Plur":
            return None  # 'передать власть' is power; 'власти' are the authorities
        named = self.quoted_name_after(token)
        if named is not None:
            return named
        phrase = tree.subtree(token)
        country = None
        for t in phrase:
            mention = self.mention_of.get(t)
            if mention is not None and mention.type in ("GPE", "ORG") and t != token:
                if tok.lemma in ABROAD_BODIES and tree.preposition(t) in ("в", "во", "на", "при"):
                    continue  # 'посольство в Тегеране' is where it is, not whose it is
                entity = self.entity(mention)
                if entity.country:
                    country = entity.country
                    break
        if country is None:  # 'суд лондонского района': a capital's adjective places it
            country = self.capital_adjective(token)
        if country is None and (group := armed_group(tok.lemma)) is not None:
            country = group[0]           # 'хуситы', 'талибы': an armed group of no state
        if country is None and role.role.startswith(STATE_ROLES) and tok.lemma not in ABROAD_BODIES:
            country = self.clause_place_state(token)  # 'В Алматы полиция задержала ...': Kazakhstan's police
        # a state body named without its state ('правительство', 'Верховный суд') is of the
        # state the text is about, when one state clearly leads it; otherwise left open
        if country is None and role.role.startswith(STATE_ROLES) and tok.lemma not in ABROAD_BODIES \
                and not any(self.mention_of.get(t) is not None for t in phrase if t != token):
            # of the one state whose bodies or officials its sentence names ('Генпрокуратура Кыргызстана
            # ... главе таможни'), else of the state the text is about
            country = self.sentence_state(tok.sentence) or self.main_state
        kept = name_tokens(tree, token)
        if country:  # 'власти (нашей) страны' are 'власти Саудовской Аравии', not 'власти страны Саудовской Аравии'
            dropped = {d for c in tree.kids(token, "nmod") if tree.tokens[c].lemma in ("страна", "государство")
                       for d in tree.subtree(c)}
            kept = [t for t in kept if t not in dropped]
        span = [tree.tokens[t] for t in kept]
        name = nominative_phrase(span) if span else tok.text
        name = name[:1].lower() + name[1:] if not tok.text.isupper() else name
        if role.role in ("CVL", "REB", "OPP"):
            name = where_they_are(self, token, name)  # 'протестующие в Москве' are not Russia's
        elif not self.names_a_state(span) and country and not country.startswith(("IGO:", "NSA:")) \
                and country in self.gazetteer.countries:
            name = f"{name} {self.of_state(country)}"  # 'полиция в Минске'
        return Actor(name, country, actor_code(country, role.role, self.gazetteer), -1,
                     span[0].start if span else tok.start, span[-1].stop if span else tok.stop)

    def acted_on(self, pronoun: int, sentence: int) -> list[int]:
        """The people a sentence names by their office as a verb's object, before the pronoun."""
        tree = self.tree
        gender = PERSONAL_PRONOUNS.get(tree.tokens[pronoun].lemma)
        return [t for t in tree.sentence_range(sentence) if t < pronoun and tree.tokens[t].pos == "NOUN"
                and tree.tokens[t].rel in ("obj", "iobj") and tree.feats[t].get("Animacy") == "Anim"
                and tree.feats[t].get("Number") == "Sing" and tree.feats[t].get("Gender") in (None, gender)
                and (role := self.gazetteer.match_role([tree.tokens[t].lemma])) is not None and role.kind == "person"]

    def sentence_state(self, sentence: int) -> str | None:
        """The one state whose bodies or officials a sentence names, else None (a state named as a
        place may be anyone's: 'ордер, выданный в США')."""
        found = {self.entity(m).country for t in self.tree.sentence_range(sentence)
                 if (m := self.mention_of.get(t)) is not None and m.entity >= 0 and (
                     (m.type == "ORG" and (role := self.body_role(t)) is not None and role.role.startswith(STATE_ROLES))
                     or (m.type == "PER" and m.kind in ("office", "title")))}
        states = {c for c in found if c and c in self.gazetteer.countries}
        return states.pop() if len(states) == 1 else None

    def quoted_name_after(self, token: int) -> Actor | None:
        """'партия «Единая Россия»': a kind of body right before an organisation's quoted
        name is that organisation."""
        tree = self.tree
        after = token + 1
        if tree.tokens[token].lemma not in NON_STATE_BODIES or after >= len(tree.tokens) \
                or tree.tokens[after].text not in ("«", '"', "„", "“"):
            return None
        mention = self.mention_of.get(after + 1)
        if mention is None or mention.type != "ORG" or mention.start > tree.tokens[after + 1].start:
            return None
        actor = self.actor_from_entity(self.entity(mention), after + 1)
        role = self.body_role(token)
        if role is not None and actor.code == (actor.country or ""):
            actor.code = actor_code(actor.country, role.role, self.gazetteer)  # the kind says what it is
        return actor

    def speaker(self, token: int) -> Actor | None:
        """'я', 'мы', 'наш' inside a direct quotation: whoever the text says spoke it."""
        start = self.tree.tokens[token].start
        for quote in self.doc.quotes:
            if quote.start <= start < quote.stop and quote.speaker_entity >= 0:
                return self.actor_from_entity(self.doc.entities[quote.speaker_entity], token)
        return None

    def antecedent(self, token: int) -> Actor | None:
        """'отметил он' -> the last person named before, of the same gender; a relative
        pronoun ('который') -> the noun its clause hangs on."""
        tree = self.tree
        tok = tree.tokens[token]
        if tok.lemma in RELATIVE_PRONOUNS:
            clause, steps = tok.head, 0
            while clause >= 0 and tree.tokens[clause].rel not in ("acl:relcl", "acl") and steps < 6:
                clause = tree.tokens[clause].head
                steps += 1
            if steps >= 6:
                clause = -1
            if clause >= 0 and 0 <= tree.tokens[clause].head < token:
                found = self.resolve_one(tree.tokens[clause].head)
                if found is None and tree.tokens[clause].rel == "acl:relcl":
                    # 'разговор с Киром Стармером, который пообещал': a clause hung on a thing that
                    # cannot act is about the person named last before it, of its gender
                    return self.person_before(token, tree.feats[token].get("Gender"), tree.tokens[clause].head)
                return found
            if clause >= 0 and tree.tokens[clause].head > token:
                return None  # the parse hung the clause on a noun after it: its antecedent is lost
            # the parse lost the clause: the nearest actor before the comma
            for t in range(token - 1, max(token - 8, -1), -1):
                if tree.tokens[t].sentence != tok.sentence:
                    break
                if tree.tokens[t].pos in ("PROPN", "NOUN"):
                    found = self.resolve_one(t)
                    if found is not None:
                        return found
            return None
        gender = PERSONAL_PRONOUNS.get(tok.lemma) or POSSESSIVE_PRONOUNS.get(tok.lemma)
        if self.thing_before(token, gender):
            return None  # 'Документ не вступил в силу: Иран его не ратифицировал'
        candidates = []
        for t in range(token - 1, max(token - 120, -1), -1):
            mention = self.mention_of.get(t)
            if mention is None or mention.type != "PER" or mention.kind == "office":
                continue
            if gender and self.gender_of(t) not in (None, gender):
                continue
            if (tok.lemma in POSSESSIVE_PRONOUNS or tok.lemma in PERSONAL_PRONOUNS and tree.case(token) != "Nom") \
                    and any(self.subject_of(t, verb) for verb in binding_verbs(tree, token)):
                continue  # 'Алиев поблагодарил его': not himself (that would be 'себя')
            candidates.append(t)
        # 'Хэнкок, заразившийся как и Джонсон, заявил, что он идёт на поправку': the speaker
        clause = verb_of(tree, token)
        if tok.lemma in PERSONAL_PRONOUNS and tree.case(token) == "Nom" and clause >= 0 \
                and tree.tokens[clause].rel in ("ccomp", "parataxis"):
            speakers = [t for t in candidates if self.subject_of(t, tree.tokens[clause].head)]
            if speakers:  # the first name of the subject's phrase: a parse may hang a later one on it
                first = min(speakers)
                return self.actor_from_entity(self.entity(self.mention_of[first]), first)
        if tok.lemma in PERSONAL_PRONOUNS and tree.case(token) != "Nom" and (
                not candidates or tree.tokens[candidates[0]].sentence < tok.sentence - 1
                or (tree.tokens[candidates[0]].sentence < tok.sentence and self.acted_on(token, tok.sentence))):
            # 'вызвало посла Литвы и вручило ему ноту', 'предъявила обвинение бывшему главе таможни. Суд
            # арестовал его': the person acted on just before, named or not, not a name further back
            acted_on = self.acted_on(token, tok.sentence) or (self.acted_on(token, tok.sentence - 1)
                                                             if tok.sentence > 0 else [])
            found = self.resolve_one(acted_on[-1]) if acted_on else None
            if found is not None:
                return found
        if tok.lemma in PERSONAL_PRONOUNS and tree.case(token) != "Nom":
            # 'X в разговоре с Жапаровым поздравил его': an object pronoun takes the other person of its sentence
            here = [t for t in candidates if tree.tokens[t].sentence == tok.sentence]
            if here:
                return self.actor_from_entity(self.entity(self.mention_of[here[0]]), here[0])
            # 'Суд приговорил журналиста Саидова. ... потребовали освободить его': of the sentence
            # before that names people, not a subject further back
            candidates = [t for t in candidates if tree.tokens[t].sentence == tree.tokens[candidates[0]].sentence]
        # 'Алиев встретился с Токаевым. Он поблагодарил ...': the subject before, not the object
        for t in candidates:
            if self.is_subject(t):
                return self.actor_from_entity(self.entity(self.mention_of[t]), t)
        if candidates:
            return self.actor_from_entity(self.entity(self.mention_of[candidates[0]]), candidates[0])
        return None

    def plural_antecedent(self, token: int) -> Actor | None:
        """'Участники акции собрались у мэрии. Полиция задержала их': an object 'их' is the
        people named last by a plural noun in its sentence or the one before, not its own
        clause's subject."""
        tree = self.tree
        sentence = tree.tokens[token].sentence
        own_subjects = {t for verb in binding_verbs(tree, token) for t in tree.kids(verb, "nsubj", "nsubj:pass")}
        for t in range(token - 1, -1, -1):
            if tree.tokens[t].sentence < sentence - 1:
                break
            if t in own_subjects or tree.tokens[t].pos != "NOUN" or tree.feats[t].get("Number") != "Plur" \
                    or tree.feats[t].get("Animacy") != "Anim" or tree.preposition(t):
                continue
            return self.resolve_one(t)
        return None

    def person_before(self, token: int, gender: str | None, limit: int) -> Actor | None:
        """The person named last before `token` and after `limit`, of `gender`."""
        for t in range(token - 1, limit, -1):
            mention = self.mention_of.get(t)
            if mention is not None and mention.type == "PER" and mention.kind != "office" \
                    and gender and self.tree.feats[t].get("Gender") in (None, gender):
                return self.actor_from_entity(self.entity(mention), t)
        return None

    def dropped_subject(self, verb: int) -> Actor | None:
        """'Мурси ... скончался в суде. В 2013 году был арестован': a clause with no subject
        goes on about the person the text named last as a subject, of the verb's gender, in this
        sentence or the one before."""
        tree = self.tree
        feats = tree.feats[verb]
        gender = feats.get("Gender")
        if gender not in ("Masc", "Fem") or feats.get("Number") == "Plur" \
                or tree.kids(verb, "nsubj", "nsubj:pass", "csubj"):
            return None
        if tree.tokens[verb].rel in ("amod", "acl", "acl:relcl") \
                or (feats.get("VerbForm") == "Part" and feats.get("Variant") != "Short"):
            return None  # 'принятый парламентом закон': a participle describes its noun
        sentence = tree.tokens[verb].sentence
        for t in range(verb - 1, -1, -1):
            if tree.tokens[t].sentence < sentence - 1:
                break
            mention = self.mention_of.get(t)
            if mention is None or mention.type != "PER" or mention.kind == "office" or not self.is_subject(t):
                continue
            if tree.feats[t].get("Gender") not in (None, gender):
                continue
            return self.actor_from_entity(self.entity(mention), t)
        return None

    def subject_of(self, token: int, verb: int) -> bool:
        """The token is (in the name that is) the subject of `verb`."""
        tree = self.tree
        steps = 0
        while tree.tokens[token].rel in ("flat:name", "flat", "appos") and steps < 4:
            token = tree.tokens[token].head
            steps += 1
        return tree.tokens[token].head == verb and tree.tokens[token].rel in ("nsubj", "nsubj:pass")

    def thing_before(self, token: int, gender: str | None) -> bool:
        """The nearest subject before the pronoun (this or the previous sentence), of its
        gender, is a thing, not a named actor."""
        tree = self.tree
        sentence = tree.tokens[token].sentence
        verb = tree.tokens[token].head
        own = {verb}  # the pronoun's own clause, and the verb whose subject it shares ('суд признал ... и приговорил его')
        if verb >= 0 and tree.tokens[verb].rel == "conj" and not tree.kids(verb, "nsubj", "nsubj:pass"):
            own.add(tree.tokens[verb].head)
        for t in range(token - 1, max(token - 60, -1), -1):
            tok = tree.tokens[t]
            if tok.sentence < sentence - 1:
                break
            if tok.rel not in ("nsubj", "nsubj:pass") or tok.pos not in ("NOUN", "PROPN") \
                    or tok.head in own:  # the pronoun's own clause's subject
                continue
            if gender and tree.feats[t].get("Gender") != gender or tree.feats[t].get("Number") == "Plur":
                continue
            if tree.case(token) == "Nom" and tok.head >= 0 and tree.tokens[tok.head].rel in SUBORDINATE_RELS:
                continue  # 'X отметил, что этот поступок ранит ... . Он отозвал посла': he is X, not the deed
            # (a body that acts, 'Суд приговорил ...', is no thing)
            return tree.feats[t].get("Animacy") == "Inan" and t not in self.mention_of \
                and self.gazetteer.match_role([tok.lemma]) is None
        return False

    def is_subject(self, token: int) -> bool:
        """The token is (in the name or title that is) a clause's subject."""
        tree = self.tree
        node, steps = token, 0
        while node >= 0 and steps < 4:
            rel = tree.tokens[node].rel
            if rel.startswith("nsubj"):
                # 'лидеров, как Фидель Кастро': a comparison the parse took for a subject
                return not any(tree.tokens[k].lemma == "как" for k in tree.kids(node, "case", "mark"))
            if rel not in ("flat:name", "flat", "appos", "nmod"):
                return False
            node = tree.tokens[node].head
            steps += 1
        return False


def verb_of(tree: Tree, token: int) -> int:
    """The verb a pronoun's clause hangs on: its head, or for 'его паспорт' the noun's verb."""
    node, steps = tree.tokens[token].head, 0
    while node >= 0 and tree.tokens[node].pos not in ("VERB", "AUX") and steps < 3:
        node, steps = tree.tokens[node].head, steps + 1
    return node if node >= 0 and tree.tokens[node].pos in ("VERB", "AUX") else tree.tokens[token].head


def binding_verbs(tree: Tree, token: int) -> list[int]:
    """The verbs whose subject a non-reflexive pronoun cannot stand for: its own, the one whose infinitive
    it stands before ('пригласил его посетить'), and those a subjectless verb is coordinated with
    ('поблагодарил Жапарова и пригласил его')."""
    verb = verb_of(tree, token)
    verbs = [verb]
    if verb >= 0 and tree.tokens[verb].rel == "xcomp" and token < verb:
        verbs.append(tree.tokens[verb].head)
    last = verbs[-1]
    while last >= 0 and tree.tokens[last].rel == "conj" and not tree.kids(last, "nsubj", "nsubj:pass"):
        last = tree.tokens[last].head
        verbs.append(last)
    return verbs


def same_actor(a: Actor, b: Actor) -> bool:
    if a.entity >= 0 and a.entity == b.entity:
        return True
    return a.name.lower() == b.name.lower() and a.country == b.country


def name_tokens(tree: Tree, token: int) -> list[int]:
    """The words that name a body: its adjectives and its genitive chain ('российский
    Минфин', 'посольство Великобритании'), not where it is ('в Москве')."""
    out = {token}
    for child in tree.kids(token, "amod", "nmod", "flat", "flat:name", "appos"):
        if tree.tokens[child].rel == "nmod" and (tree.preposition(child) or tree.case(child) != "Gen"):
            continue
        if abs(child - token) <= 4:
            out.update(t for t in tree.subtree(child) if abs(t - token) <= 4
                       and tree.tokens[t].pos not in ("ADP", "PUNCT", "CCONJ") and not tree.preposition(t))
    return sorted(out)
