"""The annotation guide's coding rules over a document's candidate events: recoding
(planned meetings, refusals), who may act on whom (reporters, private people, one's own
state), restatements giving way to the specific report, one event per act."""
from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Actor, Doc, Event
from ..entities.gazetteer import load_gazetteer, load_morph
from ..entities.resolve import POLITICAL_ROLES
from .cameo import load_cameo

SYMMETRIC_ROOTS = {"04", "06"}
# acts whose target may be the press: coercion, violence, and release ('задержала журналистов', 'освободил журналиста')
PRESS_SIDE_CODES = ("17", "18", "19", "20", "0841")
VISIT = "042"
HOST = "043"
DELEGATION = "+delegation"  # a rule's mark: 'принял делегацию Казахстана' hosts the state it stands for
# verbs of what sides talked about: inside a call they add no meeting to it
DISCUSSION_LEMMAS = {"обсудить", "обсуждать", "обменяться", "рассмотреть", "затронуть"}
# verbs of being held in prison or custody: a state that an arrest or sentence the text tells already covers
HELD_LEMMAS = {"находиться", "содержаться", "сидеть"}
# refusing a cooperative act is coded as the rejection, asserted (CAMEO 12x)
REFUSED_SUPPORT = {"051": "120", "050": "120", "057": "120", "030": "120", "031": "121", "036": "125",
                   "040": "125", "071": "122", "070": "122", "0841": "1243", "054": "120"}
NEGATED_TRIGGER = "negated on the trigger itself"
UNNAMED_SOURCES = {"собеседник", "источник", "информатор", "неназванный", "анонимный"}
NEWS_AGENCIES = ("телеграфное агентство", "информационное агентство", "новостное агентство", "телеканал",
                 "радиостанция", "газета ", "информагентств")
# the acts of the police and the courts (CAMEO 09x investigate, 112x accuse of a crime, 17x coerce,
# 0841 release), and the words that make a criminal case a political one
LEGAL_ACTS = ("09", "112", "17", "0841")
POLITICAL_CASE = re.compile(r"террор|терак|экстрадир|экстрадиц|помилов|депорт|экстремис|шпион|госизмен|государственн\w* измен|диверси|митинг|протест|"
                            r"оппозиц|коррупц|взятк|правозащит|политзаключ|политическ|переворот|мятеж|повстан|"
                            r"боевик|войн[аеуы]|военн|санкци|дипломат|посольств|разведк|спецслужб", re.I)
ORDINARY_CRIME = re.compile(r"убийств|убил|стрельб|застрел|изнасил|сексуальн|домогат|мошеннич|краж|похити\w* деньг|"
                            r"наркоти|грабеж|ограбл|разбо|хулиган|насили|педофил|избиени|мафи|триад|\bДТП\b|авари[июяей]", re.I)
PARTY_WORDS = ("коалиц", "парти", "оппозиц", "фракци", "правоцентрист", "левоцентрист")
STATED_INTENT = "the content of an intent its actor states"
# a stated intent to cooperate is CAMEO's intent code, asserted: 'заявили о намерении поддержать'
# (the guide codes the general 030 for diplomatic cooperation; 031 and 033 name material help)
INTENT_CODES = {"05": "030", "06": "031", "07": "033"}
PLANNED_MEETINGS = {"045": "039"}   # a planned consultation is an intent to meet (036); to mediate, 039
PROTESTERS = ("протестующ", "демонстрант", "митингующ", "манифестант", "забастовщик", "бастующ")
SECURITY_ROLES = ("COP", "MIL", "SPY")
ARMED_GROUPS = ("REB", "SEP", "UAF")
ARREST, ABDUCTION, OCCUPATION = "173", "181", "192"
# people named only by a sport, an art or a pastime: no side of a cooperative political event
# ('поздравил олимпийскую чемпионку', 'пообещали любителям велосипедной езды')
PRIVATE_VOCATIONS = ("спортсмен", "чемпион", "призер", "призёр", "болельщик", "футболист", "хоккеист",
                     "теннисист", "вратар", "форвард", "нападающ", "артист", "актер", "актёр", "актрис",
                     "певец", "певиц", "музыкант", "астронавт", "космонавт", "зрител", "любител", "фанат",
                     "школьник", "студент", "учащ", "выпускник")


def is_state(actor: Actor | None, doc: Doc) -> bool:
    """The actor is a state as a whole ('Казахстан'), not a person or body of it."""
    if actor is None or not actor.country or actor.entity < 0:
        return False
    entity = doc.entities[actor.entity]
    return entity.type == "GPE" and entity.key == entity.country


def apply_conventions(events: list[Event], doc: Doc) -> list[Event]:
    """The annotation guide's coding rules that no single trigger can see:
    1. an announced future meeting or visit is 036 (express intent to meet), planned, by the
       one who will come: the host's side of a visit that has not happened is no event; a
       stated intent to cooperate otherwise is 03x, asserted;
    2. an actor does not act on its own state ('Обама пригласил ... посетить США');
    3. hosting (043) is done to a person or a delegation (the state it stands for), not to a
       law or a decision."""
    kept = []
    for event in events:
        if event.cameo == HOST and event.modality == "planned":
            continue
        if event.root == "04" and event.modality == "planned" and event.cameo != "036":
            recode(event, PLANNED_MEETINGS.get(event.cameo, "036"))  # a mediation offered: 039
            if event.note == STATED_INTENT:  # the intent was stated: that act happened
                event.modality = "asserted"
        if event.root in INTENT_CODES and event.modality == "planned" and event.note == STATED_INTENT:
            recode(event, INTENT_CODES[event.root])
            event.modality = "asserted"
        if event.modality == "negated" and event.cameo in REFUSED_SUPPORT and event.note == NEGATED_TRIGGER:
            recode(event, REFUSED_SUPPORT[event.cameo])  # 'не поддержит' is a rejection
            event.modality, event.note = "asserted", "a refusal ('не поддержит'), coded as a rejection"
        source, target = event.source, event.target
        if reporter(source, doc) or (reporter(target, doc) and not event.cameo.startswith(PRESS_SIDE_CODES)):
            continue  # (the press arrested, banned or attacked is a side: 'задержала журналистов')
        if event.root < "09" and (private_vocation(source) or private_vocation(target)):
            continue  # praise or help for athletes is no politics; fans fighting the police may be
        if source and target and not acting_in_politics(source, doc) and not acting_in_politics(target, doc):
            continue  # neither side acts for a state or a political body: a private matter ('стажёрка обвинила певца')
        if ordinary_crime(event, doc):
            continue  # the police and the courts on a private person in a story of no political case
        if event.root == "01" and target is not None and not political(target, doc) and not public_figure(target):
            continue  # a comment is an event when it is about a political actor ('сообщили, что певец умер')
        if (is_state(source, doc) or is_state(target, doc)) and source and target \
                and source.country and source.country == target.country:
            continue
        if event.cameo == HOST and "+host" not in event.rule and DELEGATION not in event.rule \
                and not person_like(target, doc):
            continue
        kept.append(event)
    return kept


def ordinary_crime(event: Event, doc: Doc) -> bool:
    """An arrest, charge, investigation or release of a private person of the acting state's own
    (or of none, or one unnamed) in a story of an ordinary crime (a murder, a shooting, a rape, a
    fraud, drugs, the mafia, a road accident) that tells of no political case (no terrorism,
    espionage, extradition, protest, opposition, corruption or war): crime news, which the guide
    leaves out ('полиция задержала стрелка, 17-летнего школьника')."""
    target, source = event.target, event.source
    if not event.cameo.startswith(LEGAL_ACTS) or target is None or acting_in_politics(target, doc):
        return False
    if source is not None and source.entity >= 0 and doc.entities[source.entity].type == "PER":
        return False  # a politician's own act ('Рахой отправил Пучдемона в отставку') is politics
    if target.entity >= 0 and doc.entities[target.entity].type != "PER":
        return False  # a party, a company, a group: not a private person
    if target.entity < 0 and not person_like(target, doc) and not one_unnamed_person(target):
        return False
    if source is not None and source.country and target.country and source.country != target.country:
        return False  # a foreigner held or charged is a matter between states
    return ORDINARY_CRIME.search(doc.text) is not None and POLITICAL_CASE.search(doc.text) is None


def one_unnamed_person(actor: Actor) -> bool:
    """An actor named by a singular noun for a person, not a group or a body ('подозреваемый',
    'стрелок', '26-летний программист')."""
    for word in actor.name.lower().split():
        parses = [p for p in load_morph().parse(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF") and "nomn" in p.tag]
        if parses:  # ('стрелок' is first read as the plural genitive of 'стрелка')
            return any("sing" in p.tag and ("anim" in p.tag or p.tag.POS != "NOUN") for p in parses)
    return False


def private_vocation(actor: Actor | None) -> bool:
    """An actor the text names only by a private vocation ('спортсменка', 'болельщики'), not by name."""
    return actor is not None and actor.entity < 0 and any(
        word.startswith(PRIVATE_VOCATIONS) for word in actor.name.lower().split())


def political(actor: Actor | None, doc: Doc) -> bool:
    """A state, an organisation of states, a non-state armed group, or a person or body in a
    political role; a citizen is not one by having a country ('российский боксёр')."""
    if actor is None:
        return False
    if (actor.country or "").startswith(("IGO:", "NSA:")) or is_state(actor, doc) or actor.code == "WST":
        return True  # (the West, a region of states: actors.py)
    if actor.entity < 0 and actor.country and not actor.code[3:]:
        return True  # a state named by its capital or region ('Москва заявила')
    return any(role in actor.code for role in POLITICAL_ROLES)


def acting_in_politics(actor: Actor, doc: Doc) -> bool:
    """A political actor or a public figure ('бывший президент Йемена' acts in politics too)."""
    return political(actor, doc) or public_figure(actor)


def public_figure(actor: Actor) -> bool:
    """What a comment may be about besides a political actor: an elite (a former leader, a
    crown prince) or a party or coalition the text does not tie to a state."""
    words = actor.name.lower().split()
    return "ELI" in actor.code or any(w.startswith(PARTY_WORDS) for w in words)


def reporter(actor: Actor | None, doc: Doc) -> bool:
    """The outlet or a source the text cites: it reports the events, it is not in them."""
    if actor is None:
        return False
    name = actor.name.lower()
    outlets = {s.lower() for s in doc.cited_sources} | ({doc.outlet.lower()} if doc.outlet else set())
    if name in outlets:
        return True
    if name.split()[0] in UNNAMED_SOURCES:
        return True  # 'собеседник издания сообщил': an unnamed source speaks for the press
    if any(words in name for words in NEWS_AGENCIES) or "газета" in name.split():
        return True  # 'Центральное телеграфное агентство Кореи сообщило', '«Российская газета» опровергла'
    role = load_gazetteer().match_role(name.split())  # "СМИ Великобритании": the first words
    return role is not None and role.role.startswith("MED")


def person_like(actor: Actor | None, doc: Doc) -> bool:
    """A person or a delegation: named, or an office holder the text does not name ('посол Азербайджана')."""
    if actor is None:
        return False
    if actor.entity >= 0:
        return doc.entities[actor.entity].type == "PER"
    if "делегац" in actor.name.lower():
        return True
    role = load_gazetteer().match_role(actor.name.lower().split()[:1])
    return role is not None and role.kind == "person"


def street_clash_code(source: Actor, target: Actor | None, code: str) -> str:
    """Clashes of the security forces with protesters are repression (175) on one side and a
    violent protest (145) on the other, not a battle (190)."""
    def protesters(actor: Actor | None) -> bool:
        return actor is not None and actor.name.lower().startswith(PROTESTERS)

    def security(actor: Actor | None) -> bool:
        return actor is not None and actor.code.endswith(SECURITY_ROLES)
    if security(source) and protesters(target):
        return "175"
    if protesters(source) and security(target):
        return "145"
    return code


def captor_code(source: Actor, code: str, target: Actor | None = None, doc: Doc | None = None) -> str:
    """Armed groups do not arrest: whom rebels or separatists seize they abduct (181); a person
    a state's service seizes ('ЦРУ захватило гражданина Германии') is arrested, not a place occupied."""
    if code == OCCUPATION and doc is not None and person_like(target, doc):
        code = ARREST
    if code == ARREST and source.code.endswith(ARMED_GROUPS):
        return ABDUCTION
    return code


CONVICTING = {"осудить", "осуждать"}


def verdict_code(source: Actor, code: str, lemma: str, doc: Doc) -> str:
    """A court that 'осудил' someone convicted him (a sentence, 173), it did not condemn him."""
    court = "JUD" in source.code and (source.entity < 0 or doc.entities[source.entity].type != "PER")
    return ARREST if lemma in CONVICTING and court and code.startswith("11") else code


def recode(event: Event, code: str) -> None:
    entry = load_cameo().get(code)
    event.cameo, event.root, event.quad_class = entry.code, entry.root, entry.quad_class
    event.goldstein, event.plover, event.plover_mode = entry.goldstein, entry.plover, entry.plover_mode
    event.rule += f" -> {code}"


def drop_less_specific(events: list[Event], doc: Doc) -> list[Event]:
    """Of two reports of one act between the same two countries, keep the one that names
    people or bodies: 'Азербайджан и Казахстан обсудили' or 'представители Казахстана и
    Азербайджана обсудили' in a title restates the meeting of their ministers in the body."""
    def countries(event: Event) -> tuple:
        pair = ((event.source.country if event.source else None), (event.target.country if event.target else None))
        return tuple(sorted(pair, key=str)) if event.root in SYMMETRIC_ROOTS else pair

    def unnamed(actor: Actor | None) -> bool:  # an office or group the text does not name
        return actor is not None and actor.entity < 0 and bool(actor.country)

    def vague(event: Event) -> bool:
        # 'обсудил с ирландскими лидерами' restates a meeting with the Irish premier the text names
        one_unnamed = event.root == "04" and (unnamed(event.source) or unnamed(event.target))
        return is_state(event.source, doc) or is_state(event.target, doc) \
            or (unnamed(event.source) and unnamed(event.target)) or one_unnamed

    specific = [e for e in events if e.cameo not in (VISIT, HOST) and not vague(e)]

    def restated(event: Event) -> bool:  # the same act told by name ('подписали 22 февраля 2022' is another)
        # (a dated report is not restated by an undated one: 'В 2009 году КНДР арестовала журналистов'
        # after 'за последние годы были арестованы журналисты')
        return any(e.cameo == event.cameo and countries(e) == countries(event) and not other_day(e, event)
                   and not (event.date and not e.date) for e in specific)
    return [e for e in events if e.cameo in (VISIT, HOST) or not vague(e) or not restated(e)]


def event_key(event: Event) -> tuple:
    def side(actor: Actor | None) -> str:
        if actor is None:
            return ""
        return f"e{actor.entity}" if actor.entity >= 0 else f"{actor.name.lower()}|{actor.country}"
    source, target = side(event.source), side(event.target)
    if event.root in SYMMETRIC_ROOTS:
        source, target = sorted((source, target))
    return (source, target, event.cameo, event.modality == "negated")


def drop_general_intents(events: list[Event]) -> list[Event]:
    """'выразило намерение оказать помощь': the intent head gives 030 and its content 033;
    the specific code of one sentence and one pair of sides stands for both."""
    def sides(event: Event) -> tuple:
        return event_key(event)[:2] + (event.sentence_start,)
    specific = {sides(e) for e in events if e.root == "03" and e.cameo != "030"}
    return [e for e in events if e.cameo != "030" or sides(e) not in specific]


def complete_names(events: list[Event]) -> None:
    """A group a title names without its state ('члены королевской семьи') is the group
    the body names with it ('члены королевской семьи Катара'): one actor, the fuller name."""
    fuller = [a for e in events for a in (e.source, e.target)
              if a is not None and a.entity < 0 and a.country]
    for event in events:
        for side in ("source", "target"):
            actor = getattr(event, side)
            if actor is None or actor.entity >= 0 or actor.country:
                continue
            # the fuller name adds its state's genitive and nothing else ('... Катара')
            match = next((a for a in fuller if a.name.lower().startswith(actor.name.lower() + " ")
                          and len(a.name.split()) == len(actor.name.split()) + 1), None)
            other = event.target if side == "source" else event.source
            if match is not None and not (other is not None and other.name.lower() == match.name.lower()):
                setattr(event, side, replace(match, start=actor.start, stop=actor.stop))


def other_day(a: Event, b: Event) -> bool:
    """Both dated, and neither date within the other: two acts, not two reports of one."""
    return bool(a.date and b.date) and not (a.date.startswith(b.date) or b.date.startswith(a.date))


def talked_over_phone(event: Event, kept: dict[tuple, Event]) -> bool:
    """'Путин провёл телефонный разговор с Токаевым. Лидеры обсудили ...': what the sides of a
    call discussed is that call (041), not a meeting besides it."""
    if event.cameo != "040" or event.rule.split("/")[0] not in DISCUSSION_LEMMAS:
        return False
    call = event_key(event)[:2] + ("041", event.modality == "negated")
    return call in kept and not other_day(kept[call], event)


def held_again(event: Event, events: list[Event]) -> bool:
    """'Афанасьев отбывает срок в России ... находится в СИЗО': being held tells no new act when the
    text tells the arrest or sentence that holds the same person."""
    if event.cameo != "173" or event.rule.split("/")[0] not in HELD_LEMMAS or event.target is None:
        return False
    return any(e is not event and e.cameo == "173" and e.target is not None and e.source.country == event.source.country
               and e.rule.split("/")[0] not in HELD_LEMMAS and event_key(e)[1] == event_key(event)[1] for e in events)


def deduplicate(events: list[Event]) -> list[Event]:
    """One event per (source, target, code): the first report, with the best confidence."""
    complete_names(events)
    events = [e for e in events if not held_again(e, events)]
    kept: dict[tuple, Event] = {}
    for event in events:
        key = event_key(event)
        if talked_over_phone(event, kept):
            continue
        while key in kept and other_day(kept[key], event):
            key = key + (event.date,)  # 'приговорили в 2015 году', 'в 2017 году приговорили': two sentences
        if key not in kept:
            kept[key] = event
        else:
            first = kept[key]
            first.confidence = max(first.confidence, event.confidence)
            if event.date and (not first.date or (event.date.startswith(first.date) and len(event.date) > len(first.date))):
                first.date, first.date_end = event.date, event.date_end  # the report that says the day
            first.location = first.location or event.location
    return list(kept.values())
