"""Actors an act implies but its sentence does not name: the authorities behind an agentless
arrest or charge, the protesters and the authorities of a protest, the person an arrest named
as a time was done to, the dead person condolences are for."""
from __future__ import annotations

from ..doc import Actor, Event
from ..entities.inflect import genitive
from ..entities.resolve import actor_code
from .actors import ActorResolver
from .arguments import TEMPORAL_PREPOSITIONS, UNDERGO_VERBS, goes_to_protest, is_passive, managed_by_no_one, subjects
from .bodies import act_state, body_for, granting_state, name_body, state_in
from .conventions import PROTESTERS, person_like
from .stance import DEATH_VERBS
from .syntax import Tree
from .triggers import Trigger

# what a passive may describe rather than report done: 'полномочия ограничены'
POWERS = {"полномочие", "право", "функция", "возможность", "свобода", "роль", "компетенция"}
PROTEST_WORDS = {"протест", "протестовать", "митинг", "митинговать", "акция", "демонстрация", "забастовка",
                 "бастовать", "пикет", "пикетировать", "выйти", "манифестация"}
GOVERNING_ROLES = ("GOV", "LEG")  # a government or parliament is protested against by its own people
DEATHS = {"смерть", "гибель", "кончина"}               # whose: the genitive (verbs: stance.DEATH_VERBS)
KIN = {"семья", "близкий", "родной", "родственник", "вдова", "родные", "близкие"}


# nouns that count acts: 'серия арестов', 'волна задержаний'
SERIES = {"серия", "волна", "ряд", "череда"}


def implicit_authority(tree: Tree, trigger: Trigger) -> bool:
    """'Были задержаны двое', 'его приговорили к 22 годам', 'у него провели обыск': arrests,
    sentences, releases, investigations and charges told without their agent are the state's acts;
    so is a refusal with no one refusing ('ему отказали в визе')."""
    code = trigger.predicate.cameo
    if code.startswith("12") and trigger.predicate.pos == "VERB":
        # 'ему отказали в регистрации': a refusal told with no one refusing is the authorities'
        feats = tree.feats[trigger.token]
        return feats.get("Number") == "Plur" and not tree.kids(trigger.token, "nsubj") and not is_passive(tree, trigger.token)
    if not code.startswith(("17", "084", "09", "161", "112")):
        return False
    if trigger.object >= 0 and tree.tokens[trigger.object].lemma == "отставка":
        return False  # 'X отправлен в отставку': a resignation told without who forced it is no sanction
    if code.startswith("112") and trigger.predicate.pos == "NOUN":
        return False  # 'по обвинению в ...' tells why, not who charged
    if trigger.predicate.pos == "NOUN":
        # 'в Сингапуре проходят аресты сторонников ИГ' reports arrests; 'назвал освобождение X
        # важным' talks about a release that may not have happened
        token, head = trigger.token, tree.tokens[trigger.token].head
        if head >= 0 and tree.tokens[head].lemma in SERIES and tree.tokens[token].rel == "nmod":
            token, head = head, tree.tokens[head].head  # 'была произведена серия арестов': the series is told
        undergone = head >= 0 and tree.tokens[head].lemma in UNDERGO_VERBS  # 'был подвергнут аресту'
        return tree.tokens[token].rel in ("nsubj", "nsubj:pass", "root") or undergone
    feats = tree.feats[trigger.token]
    impersonal = feats.get("Number") == "Plur" and not tree.kids(trigger.token, "nsubj")
    undergoers = tree.kids(trigger.token, "nsubj:pass", "nsubj")
    if is_passive(tree, trigger.token) and undergoers and all(tree.tokens[u].lemma in POWERS for u in undergoers):
        return False  # 'полномочия президента ограничены' describes, no one acted
    return is_passive(tree, trigger.token) or impersonal or managed_by_no_one(tree, trigger.token)


# which of the bodies a text names may be the unnamed actor of an act, by the body bodies.tsv gives
NAMED_BODY_ROLES = {"полиция": ("COP", "SPY"), "власти": ("COP", "SPY"), "следователи": ("JUD", "SPY", "COP")}
COURT_WORDS = ("суд", "трибунал")
# offices whose genitive body the person led: that body is not the one acting in the story
LEADING_OFFICES = {"председатель", "глава", "руководитель", "директор", "начальник", "шеф", "экс-глава",
                   "экс-председатель", "экс-руководитель"}


def authorities(resolver: ActorResolver, token: int, home: str | None = None) -> Actor:
    """The unnamed body that acts, named by what it did ('приговорили' -> 'суд',
    data/bodies.tsv) and of the state the text places the act in, else of `home`; a body of
    that kind the text itself names is that body ('ФСБ' for an arrest, 'Хамовнический суд'
    for a sentence)."""
    tree = resolver.tree
    barring = granting_state(tree, resolver, token)
    if barring and barring.startswith("IGO:"):  # 'запрещён въезд на территорию стран ЕС': the union bars it
        union = next(e for e in resolver.doc.entities if e.country == barring)
        return resolver.actor_from_entity(union, token, True)
    country = act_state(tree, resolver, token) or home
    body = body_for(tree.tokens[token].lemma, {t.lemma for t in tree.tokens})
    named = named_body(resolver, token, body.body, country)
    if named is not None:
        return named
    state = genitive(resolver.gazetteer.country(country).short) if country else None
    return Actor(name_body(body.body, country, state), country, actor_code(country, body.role, resolver.gazetteer), -1,
                 tree.tokens[token].start, tree.tokens[token].stop)


def named_body(resolver: ActorResolver, token: int, kind: str, country: str | None) -> Actor | None:
    """The body of the act's kind and state that the text names nearest before the act
    (else first after it): a security service or the police for an arrest, investigators
    for a search, a court for a sentence."""
    roles = NAMED_BODY_ROLES.get(kind, ("JUD",) if kind == "суд" else ())
    if not roles or not country:
        return None
    tree, at = resolver.tree, resolver.tree.tokens[token].start
    found = []
    for mention in resolver.doc.mentions:
        if mention.type != "ORG" or mention.entity < 0 or mention.kind == "office":
            continue
        if kind == "суд" and not any(w in mention.text.lower() for w in COURT_WORDS):
            continue
        span = list(tree.index.covering(mention.start, mention.stop))
        head = next((t for t in span if tree.tokens[t].head not in span), span[0]) if span else -1
        if head >= 0 and tree.tokens[head].head >= 0 and tree.tokens[tree.tokens[head].head].lemma in LEADING_OFFICES:
            continue  # 'бывшего председателя КНБ Масимова': the body a person led is no actor here
        actor = resolver.resolve_one(head) if head >= 0 else None
        if actor is None or actor.country != country or actor.code[3:6] not in roles:
            continue
        found.append((mention.start > at, abs(mention.start - at), actor))
    if not found:
        return None
    actor = min(found, key=lambda f: (f[0], f[1]))[2]
    return Actor(actor.name, actor.country, actor.code, actor.entity, tree.tokens[token].start, tree.tokens[token].stop)


def coerced_in_frame(tree: Tree, resolver: ActorResolver, trigger: Trigger) -> tuple[list[Actor], list[Actor]] | None:
    """'После ареста Навальный объявил голодовку', 'покончил с собой во время задержания': an
    arrest named as the time of what a person did was done to that person, by the authorities.
    'В ходе задержания полицейские избили X' keeps the police as its actor."""
    token = trigger.token
    head = tree.tokens[token].head
    if trigger.predicate.pos != "NOUN" or not trigger.predicate.cameo.startswith("17") \
            or "nmod:gen" not in trigger.predicate.target or head < 0 or tree.tokens[head].pos != "VERB" \
            or tree.preposition(token) not in TEMPORAL_PREPOSITIONS or tree.kids(token, "nmod"):
        return None
    persons = [a for t in subjects(tree, head) for a in resolver.resolve(t)]
    if not persons or not all(a.entity >= 0 and person_like(a, resolver.doc) for a in persons):
        return None  # 'полицейские избили' are no named person: they may be the ones arresting
    return [authorities(resolver, token, persons[0].country)], persons


def reported_noun(tree: Tree, token: int) -> bool:
    """A noun the sentence reports as what happened ('продолжаются акции', 'сотрясла волна
    протестов'), not a time or place it mentions ('за четыре дня протестов', 'с митинга')."""
    core = ("nsubj", "nsubj:pass", "obj", "root")
    tok = tree.tokens[token]
    if tok.rel in core or tree.preposition(token) in ("в ходе", "во время"):  # 'в ходе демонстраций ...'
        return True
    if goes_to_protest(tree, token):
        return True  # 'жители вышли на пикеты'
    return tok.rel == "nmod" and tok.head >= 0 and tree.tokens[tok.head].rel in core and not tree.preposition(token)


# protests told as such, not rallies that may celebrate or mourn ('вышли на улицы отпраздновать')
PLAIN_PROTESTS = {"протест", "протестовать", "пикет", "пикетировать", "забастовка", "бастовать", "голодовка"}


def plainly_protest(tree: Tree, trigger: Trigger) -> bool:
    """A protest the text calls one, or a gathering against something."""
    called = trigger.predicate.lemma in PLAIN_PROTESTS \
        or (trigger.object >= 0 and tree.tokens[trigger.object].lemma in PLAIN_PROTESTS)  # 'акция протеста'
    return called or any(tree.preposition(c) == "против" for c in tree.kids(trigger.token, "nmod", "obl"))


def place_state(resolver: ActorResolver, sentence: int) -> str | None:
    """The state of the first town or region the sentence names that the gazetteer places in one."""
    tree = resolver.tree
    for t in tree.sentence_range(sentence):
        mention = resolver.mention_of.get(t)
        if mention is not None and mention.type in ("GPE", "LOC") and mention.entity >= 0:
            entity = resolver.doc.entities[mention.entity]
            if entity.country and entity.key != entity.country and not entity.country.startswith(("IGO:", "NSA:")):
                return entity.country
    return None


def protest_sides(resolver: ActorResolver, trigger: Trigger, sources: list[Actor],
                  targets: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """'В Египте продолжаются акции протеста', 'Саралидзе начал акции протеста': a protest no
    one is named against is aimed at the authorities of the state where it happens, and one
    no one is named doing is the protesters' ('тысячи людей вышли на акцию против
    правительства Грузии': of the state whose government they protest against)."""
    tree = resolver.tree
    token = trigger.token
    tok = tree.tokens[token]
    if (sources and targets) or trigger.predicate.lemma not in PROTEST_WORDS \
            or tree.feats[token].get("VerbForm") == "Part" \
            or (tok.pos == "NOUN" and not reported_noun(tree, token)):
        return sources, targets  # 'шествия и гуляния', 'арест протестующих', 'возвращался с митинга': no protest told here
    # only a state the sentence or the one before names: a protest's country is not guessed
    country = state_in(tree, resolver, tok.sentence) or (state_in(tree, resolver, tok.sentence - 1)
                                                         if tok.sentence > 0 else None)
    if country is None and len(targets) == 1 and targets[0].code[3:] in GOVERNING_ROLES:
        country = targets[0].country
    if country is None and plainly_protest(tree, trigger):
        country = place_state(resolver, tok.sentence)  # 'жители Иваново вышли на пикеты против сноса'
    if country is None or country.startswith(("IGO:", "NSA:")):
        return sources, targets
    state = genitive(resolver.gazetteer.country(country).short)
    sources = sources or [Actor("протестующие", country, actor_code(country, "CVL", resolver.gazetteer),
                                -1, tok.start, tok.stop)]
    targets = targets or [Actor(f"власти {state}", country, actor_code(country, "GOV", resolver.gazetteer), -1,
                                tok.start, tok.stop)]
    return sources, targets


def mourned(resolver: ActorResolver, token: int) -> Actor | None:
    """Condolences to a family ('выразил соболезнования родным и близким') are for the person
    the text has told dead by then ('Гарсия скончался в больнице'), the last one named so."""
    tree = resolver.tree
    stop = resolver.doc.sentences[tree.tokens[token].sentence].stop
    dead = None
    for t, tok in enumerate(tree.tokens):
        if tok.start >= stop:
            break
        if tok.lemma in DEATH_VERBS:
            named = tree.kids(t, "nsubj")
        elif tok.lemma in DEATHS:
            named = [c for c in tree.kids(t, "nmod") if tree.case(c) == "Gen" and not tree.preposition(c)]
        else:
            continue
        for c in named:
            actor = resolver.resolve_one(c)
            if actor is not None and actor.entity >= 0 and person_like(actor, resolver.doc):
                dead = actor
    return dead


REPRESSION = "175"
ARREST = "173"
COUNTED_PEOPLE = {"человек", "участник", "демонстрант", "манифестант", "митингующий", "протестующий"}


def repressed_protesters(resolver: ActorResolver, trigger: Trigger, sources: list[Actor], targets: list[Actor],
                         events: list[Event]) -> list[Actor]:
    """'полиция применила водомёты': force used on no one named is used on the protesters the
    sentence names, or on those of the protest the story told in the same state, or of the one its
    sentence names ('разогнала акцию'); so are the people counted in an arrest ('на акции
    задержали 39 человек')."""
    if targets or not sources:
        return targets
    tree = resolver.tree
    if not trigger.predicate.cameo.startswith(REPRESSION) and not (
            trigger.predicate.cameo == ARREST and any(tree.tokens[k].lemma in COUNTED_PEOPLE
                                                      for k in tree.kids(trigger.token, "obj", "nsubj:pass"))):
        return targets
    for t in tree.sentence_range(tree.tokens[trigger.token].sentence):
        if tree.tokens[t].lemma.startswith(PROTESTERS) and (actor := resolver.resolve_one(t)) is not None:
            return [actor]
    countries = {s.country for s in sources}
    for event in reversed(events):
        if event.root == "14" and event.source.country in countries:
            return [event.source]
    country = sources[0].country
    if country and not country.startswith(("IGO:", "NSA:")) and any(
            tree.tokens[t].lemma in PROTEST_WORDS and tree.tokens[t].pos == "NOUN"
            for t in tree.sentence_range(tree.tokens[trigger.token].sentence)):
        tok = tree.tokens[trigger.token]  # 'на акции задержали 39 человек', 'разогнала акцию': a protest no act was told for
        return [Actor("протестующие", country, actor_code(country, "CVL", resolver.gazetteer), -1, tok.start, tok.stop)]
    return targets
