"""Events from the parse: trigger -> arguments -> actors -> CAMEO-coded Event records."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Actor, Doc, Event
from ..entities.gazetteer import load_gazetteer
from ..entities.resolve import actor_code
from .actors import PERSONAL_PRONOUNS, PLURAL_PRONOUNS, STATE_STAND_INS, WEAPONS, ActorResolver, same_actor
from .arguments import (AGENT_PREPOSITIONS, FRAME_NOUNS, SUPPORT_VERBS, TEMPORAL_PREPOSITIONS, agent_of,
                        between_sides, carried_words, claimants, clause_actor_tokens, content_actor_tokens, cue_tokens, demanded_of,
                        inner_actor_tokens, is_passive, listed_members, managed_by, nearest_subject, noun_sources,
                        owners, subjects, targets, topic_actor_tokens, visited_place_tokens)
from .implied import (KIN, authorities, coerced_in_frame, implicit_authority, mourned, protest_sides,
                      repressed_protesters)
from .cameo import load_cameo, predicates_by_lemma
from .context import Context, locate
from .conventions import (DELEGATION, HELD_LEMMAS, HOST, NEGATED_TRIGGER, STATED_INTENT, SYMMETRIC_ROOTS, VISIT,
                          apply_conventions, captor_code, deduplicate, drop_general_intents, drop_less_specific,
                          acting_in_politics, is_state, person_like, political, street_clash_code,
                          verdict_code)
from .modality import modality_of, stated_intent
from .quote_cues import load_cues
from .stance import critical, death_news
from .syntax import Tree
from .triggers import OUTCOMES, Trigger, antecedents, find_triggers, match_trigger

RECIPROCAL_ROOTS = {"03", "05"}   # a joint act of A and B is coded A->B and B->A
MUTUAL_VERBS = {"обменяться", "обмениваться"}   # whatever the act, each side does it to the other
# 'A и B заключили перемирие', 'провели обмен пленными': each with the other
JOINT_ACTS = {"перемирие", "договоренность", "соглашение", "сближение", "обмен"}
WE = {"мы", "они"}   # a side that includes whoever speaks
AWARDS = {"орден", "награда", "медаль", "звание"}  # a state's own: 'высшая награда Киргизии'
AGREEMENT = "057"   # an agreement signed is both sides' act, however it is told
PRAISE = "051"      # praise and congratulation: aimed at someone, not shared ('направили поздравления')
ALSO = {"также", "тоже"}   # the same act as the one told before: 'также одобрил'
# 'Путин и Трамп сделали совместное заявление': a joint act of two sides is each one's to the other
JOINT_MODIFIERS = {"совместный", "совместно"}
ANNIVERSARIES = {"годовщина", "юбилей"}   # and every "...летие"
# fighting has no one side: 'столкновения демонстрантов с полицией' is each against the other
FIGHTS = {"столкновение", "стычка", "перестрелка", "бой", "противостояние", "конфликт"}
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"}  # QuadClass 1 and 3
# material acts aimed at an actor through a thing: 'мораторий на выплату долга России'
AIMED_THROUGH_THINGS = {"16"}
# concern, hope and displeasure with no addressee are aimed at whom they are about ('выразил
# озабоченность ходом выборов в Зимбабве', 'недовольство строительством канала в Афганистане');
# plain comments, criticism and refusals so read gave more false events than right ones on our
# own annotations (docs/events.md)
TOPIC_CODES = {"012", "013", "110"}
# plural offices that stand for the sides of a story when they name no state ('главы государств')
SIDE_HEADS = {"глава", "лидер", "президент", "министр", "руководитель", "премьер-министр", "премьер"}
STATE_WORDS = {"государство", "страна"}
LOW_PRIORITY = {"010"}          # 'заявил': only when nothing more specific is said
CRITICISM = "111"               # a statement whose content censures (events/stance.py)
CONCERN = "012"                 # a concern voiced, answered as criticism
EXPULSION = "161"
MEDIATION = "045"               # 'посредничество между A и B': A and B are whom it is aimed at
OFFERED_MEDIATION = "039"       # 'предложил посредничество': aimed at the same sides
DENIAL = "016"
ACCUSATION = "11"
CONDOLENCES = "018"             # for the dead, whoever they are addressed to
CLAIM = "015"                   # 'взяло на себя ответственность за теракт': aimed where the act was
PROTEST = "14"
INTENT = "030"
INTENT_TO_MEET = "036"          # an intent whose content is talks: 'заявили о готовности к переговорам'
TALKS = {"переговоры", "переговорный", "диалог", "обсуждать", "обсудить", "консультация", "контакт",
         "встреча", "встретиться", "встречаться"}
# ending a cooperative act reduces relations (CAMEO 16x): support, talks, aid
STOP_VERBS = {"перестать", "переставать", "прекратить", "прекращать", "приостановить", "приостанавливать",
              "свернуть", "сворачивать", "сократить", "сокращать"}   # 'прекратил поставки газа'
STOPPED = {"05": "160", "06": "160", "04": "164", "07": "162"}
# a trigger inside the content of an appeal or invitation is part of that act
CONTENT_HEADS = {"пригласить", "приглашать", "призвать", "призывать", "попросить", "просить",
                 "предложить", "предлагать", "потребовать", "требовать", "приглашение", "призыв", "просьба",
                 "отказаться", "отказываться", "отказ"}   # 'отказался встречаться': no meeting
# what one is accused of is alleged, not reported done: 'обвинили в убийстве', 'обвинил Израиль в попытке захватить'
ACCUSING = {"обвинить", "обвинять", "подозревать", "упрекнуть", "упрекать"}
VIOLENT_ROOTS = ("18", "19", "20")
ASSAULT = "18"
UNKNOWN_ASSAILANTS = "неизвестные"  # who did an assault the text tells without its doer
FIGHT = "19"
ARMED_FORCE = "190"   # conventional military force: an operation in a place is against who holds it
# a document between two sides, and what makes it one not yet made ('проект договора')
DOCUMENTS = {"соглашение", "договор"}
DRAFTS = {"проект", "подготовка", "обсуждение", "обсудить", "обсуждать", "разработка", "текст", "переговоры",
          "консультация", "работа", "работать"}
INVESTIGATORS = ("JUD", "COP", "SPY")
# the tagger may call 'поддерживаемый' past: the ending tells a present passive participle
PRESENT_PASSIVE = re.compile(r"[еио]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ыми|ую)$")
# a talk in which an act took place: 'в телефонном разговоре пригласил', 'в ходе переговоров призвал'
SETTING_PREPOSITIONS = {"в", "во", "в ходе", "во время", "в рамках", "на"}


@dataclass(slots=True)
class Candidate:
    trigger: Trigger
    sources: list[Actor]
    targets: list[Actor]
    fallback_target: bool = False   # found inside the object, not by a lexicon cue
    between: bool = False           # the sides of 'столкновения между A и B': each acts on the other
    passive: bool = False           # 'одобрен Думой и Советом': agents named in a passive act together, not on each other


def setting_of(tree: Tree, token: int) -> int:
    """The verb whose act a talk is the setting of ('в телефонном разговоре пригласил X',
    'на переговорах призвал X'), or -1; 'пригласил на переговоры' is content, not setting."""
    tok = tree.tokens[token]
    preposition = tree.preposition(token)
    if tok.rel != "obl" or preposition not in SETTING_PREPOSITIONS or tok.head < 0:
        return -1
    if preposition in ("в", "во", "на") and tree.feats[token].get("Case") != "Loc":
        return -1
    return tok.head if tree.tokens[tok.head].pos == "VERB" else -1


def standing_relation(tree: Tree, token: int) -> bool:
    """'поддерживаемый Кремлём руководитель': a present passive participle of support describes who
    someone is, it reports no act ('обвиняемый в шпионаже' does tell of a charge)."""
    feats = tree.feats[token]
    present = feats.get("Tense") == "Pres" or PRESENT_PASSIVE.search(tree.tokens[token].text.lower()) is not None
    return feats.get("VerbForm") == "Part" and feats.get("Voice") == "Pass" and present \
        and tree.tokens[token].rel in ("amod", "acl")


def finer_row(verb: Trigger, noun: Trigger) -> bool:
    """The noun's own qualified row says more than the verb's row that needs it ('прекратили военную
    помощь': the verb's row gave way to the noun's, which must then speak)."""
    return bool(noun.predicate.object and verb.predicate.object) and noun.predicate.cameo != verb.predicate.cameo


def intends_talks(tree: Tree, trigger: Trigger) -> bool:
    """'объявили о готовности к переговорам', 'выразил готовность обсудить детали', 'готов к
    диалогу': the intent told is one to meet or negotiate."""
    hosts = [trigger.object] if 0 <= trigger.object != trigger.token else tree.kids(trigger.token, "obl", "xcomp")
    return any(tree.tokens[t].lemma in TALKS for host in hosts for t in tree.subtree(host))


def stopped(tree: Tree, token: int) -> bool:
    """'перестал поддерживать Мулузи', 'прекратила переговоры': the act is ended, not done."""
    tok = tree.tokens[token]
    return (tok.rel == "xcomp" or (tok.rel == "obj" and tok.pos == "NOUN")) and tok.head >= 0 \
        and tree.tokens[tok.head].lemma in STOP_VERBS and not tree.is_negated(tok.head)


def commemorated(tree: Tree, token: int) -> bool:
    """'заявление к 75-летию встречи на Эльбе': an act named by its anniversary is remembered, not done."""
    head = tree.tokens[token].head
    return head >= 0 and (tree.tokens[head].lemma.endswith("летие") or tree.tokens[head].lemma in ANNIVERSARIES)


def negotiated(tree: Tree, token: int) -> bool:
    """'переговоры о мирном договоре между A и B', 'проект соглашения между ...': a document talked
    about or drafted, not one the sides made."""
    head = tree.tokens[token].head
    return tree.tokens[token].lemma in DOCUMENTS and head >= 0 and tree.tokens[head].lemma in DRAFTS


def finer_code(code: str, other: str) -> bool:
    """Whether `code` says more than `other` of the same root ('072' military aid over '070')."""
    return code != other and (len(code) > len(other) or other.endswith("0"))


def governed_by_content_head(tree: Tree, token: int) -> bool:
    setting = setting_of(tree, token)
    if setting >= 0 and tree.tokens[setting].lemma not in ACCUSING:
        return False
    if tree.tokens[token].rel == "conj" and tree.feats[token].get("VerbForm") == "Fin" \
            and tree.feats[token].get("Tense") == "Past":
        return False  # 'призвала граждан экономить и поблагодарила Румынию': a deed told beside the appeal
    head = tree.tokens[token].head
    rel = tree.tokens[token].rel
    steps, seen = 0, {token}
    while head >= 0 and head not in seen and steps < 3 and rel in ("xcomp", "obj", "ccomp", "obl", "nmod", "acl", "conj"):
        seen.add(head)
        if tree.tokens[head].lemma in CONTENT_HEADS | ACCUSING:
            return rel != "conj"  # 'обвинил X и ввёл санкции': an act beside the accusation, not in it
        if rel != "conj":  # 'в том, что она вмешивается ... и ведёт войну': a verb coordinated inside the content
            steps += 1
        rel = tree.tokens[head].rel
        head = tree.tokens[head].head
    return False


def source_actors(tree: Tree, resolver: ActorResolver, trigger: Trigger) -> list[Actor]:
    """Who acts: the subject (or a nominal trigger's genitive / governing subject); for an
    agentless arrest or sentence, the authorities; for a verb the parse left without a
    subject, the nearest nominative before it."""
    token = trigger.token
    if trigger.predicate.source == "state":  # 'X отбывает срок в России': the state holds X
        return [authorities(resolver, token)]
    if trigger.predicate.pos == "NOUN" or trigger.predicate.source == "nmod":
        source_tokens = noun_sources(tree, token, "nmod:gen" in trigger.predicate.target, trigger.object)
        if trigger.predicate.cameo.startswith(VIOLENT_ROOTS) and tree.preposition(token) in TEMPORAL_PREPOSITIONS:
            # 'вызвал посла после нападения на посольство': who acts after an attack did not make it
            source_tokens = [t for t in source_tokens if tree.tokens[t].head == token]
        if trigger.predicate.cameo.startswith("17") and tree.preposition(token) in TEMPORAL_PREPOSITIONS \
                and not any(tree.tokens[t].head == token for t in source_tokens):
            # 'после ареста X оппозиция вышла на улицы': the frame's subject did not arrest him, and an
            # arrest told as the time of another act is background the text does not tell
            return []
    else:
        source_tokens = subjects(tree, token) or managed_by(tree, token)
    sources = [actor for t in source_tokens for member in listed_members(tree, t) for actor in resolver.resolve(member)]
    if not sources and "+" in trigger.predicate.source:  # 'посла вызвали в МИД Алжира': the ministry summoned him
        sources = [actor for t in cue_tokens(tree, token, trigger.predicate.source) for actor in resolver.resolve(t)]
    if sources and all(tree.preposition(t) in ("в", "во") for t in source_tokens) \
            and all(is_state(a, resolver.doc) for a in sources) and implicit_authority(tree, trigger):
        return [authorities(resolver, token)]  # 'в России приговорили': where, and so whose court
    if not sources and implicit_authority(tree, trigger):
        return [authorities(resolver, token)]  # 'его обвинили в шпионаже': 'в шпионаже' is no speaker
    if sources and trigger.predicate.cameo.startswith(VIOLENT_ROOTS) \
            and all(tree.preposition(t) in ("в", "во") for t in source_tokens) \
            and all(a.entity >= 0 and resolver.doc.entities[a.entity].type in ("GPE", "LOC") for a in sources):
        return []  # 'Моторолу убили в Донецке': the town a killing happened in did not do it ('в посольстве' may have)
    if not sources and trigger.predicate.pos == "NOUN" and trigger.predicate.cameo.startswith(VIOLENT_ROOTS):
        # 'теракты, ответственность за которые взяло на себя ИГ': whoever claimed it did it
        sources = [actor for t in claimants(tree, token) for actor in resolver.resolve(t)]
    if not sources and not source_tokens and tree.feats[token].get("Person") == "1":
        spoken = resolver.speaker(token)  # '«Приглашаем вас в Баку», — сказал Алиев'
        if spoken is not None:
            return [spoken]
    if not sources and not source_tokens:
        if trigger.predicate.pos != "NOUN" and not is_passive(tree, token):  # 'X экстрадирован': X is no agent
            sources = [actor for t in nearest_subject(tree, token) for actor in resolver.resolve(t)]
        if not sources and trigger.predicate.pos == "VERB":
            sources = said_in_body(tree, resolver, token)
    if not sources and trigger.predicate.cameo.startswith(ASSAULT) \
            and trigger.predicate.pos == "VERB" and is_passive(tree, token) and not tree.kids(token, "obl:agent"):
        # 'Кувватов был убит выстрелом в голову': an assault told without its assailant was someone's
        return [Actor(UNKNOWN_ASSAILANTS, None, "", -1, tree.tokens[token].start, tree.tokens[token].stop)]
    if not sources and trigger.predicate.pos == "NOUN" and source_tokens \
            and all(tree.tokens[t].lemma in WE for t in source_tokens):
        sources = reported_speaker(tree, resolver, source_tokens[0])
    if not sources and trigger.object >= 0 and tree.tokens[trigger.object].lemma in AWARDS:
        # 'вручена высшая награда Киргизии': a state's award is given by that state
        sources = [resolver.actor_from_entity(entity, t, True) for t in tree.subtree(trigger.object)
                   if (m := resolver.mention_of.get(t)) is not None and m.type == "GPE" and m.entity >= 0
                   and (entity := resolver.entity(m)).key == entity.country][:1]
    return sources


def said_in_body(tree: Tree, resolver: ActorResolver, token: int) -> list[Actor]:
    """'В МИД России заявили, что ждут от США разъяснений': a subjectless plural verb in what a
    body is said to have said impersonally is that body's."""
    head = tree.tokens[token].head
    if tree.tokens[token].rel != "ccomp" or head < 0 or tree.feats[token].get("Number") != "Plur" \
            or tree.feats[head].get("Number") != "Plur" or tree.kids(head, "nsubj") or load_cues().get(
                (tree.tokens[head].lemma,)) is None:
        return []
    return [actor for c in tree.kids(head, "obl") if tree.preposition(c) in ("в", "во")
            for actor in resolver.resolve(c) if actor.entity >= 0 and resolver.doc.entities[actor.entity].type == "ORG"]


def reported_speaker(tree: Tree, resolver: ActorResolver, pronoun: int) -> list[Actor]:
    """'Он сообщил, что во время встречи с Медведевым они договорились': 'мы' or 'они' in what
    someone reports includes the speaker, whose side the act is."""
    clause, steps = tree.tokens[pronoun].head, 0
    while clause >= 0 and steps < 4:
        head = tree.tokens[clause].head
        cue = load_cues().get((tree.tokens[head].lemma,)) if head >= 0 else None
        if tree.tokens[clause].rel in ("ccomp", "parataxis") and cue is not None and cue.kind == "verb":
            return [actor for t in subjects(tree, head) for actor in resolver.resolve(t) if person_like(actor, resolver.doc)]
        clause, steps = head, steps + 1
    return []


def first_new_actor(resolver: ActorResolver, tokens: list[int], sources: list[Actor]) -> Actor | None:
    for t in tokens:
        actor = resolver.resolve_one(t)
        if actor is not None and not any(same_actor(actor, s) for s in sources):
            return actor
    return None


# answers to another's act, which a text may name only as 'это решение': praise, criticism, rejection
ANSWERING_ROOTS = {"05", "11", "12"}
# praise, concern, criticism, protest and rejection answer an act ('выразил обеспокоенность приговором')
ANSWERS = ("051", "012", "111", "114", "12")
BACK_POINTERS = {"этот", "это", "данный", "такой", "подобный", "тот"}
# what an agreement is called when the text answers it: 'приветствовала договорённость'
AGREEMENT_NOUNS = {"договоренность", "соглашение", "договор", "меморандум", "сделка", "декларация"}
SIGNING_NOUNS = {"подписание", "заключение"}


# what a denial may deny that no one in particular said: 'опровергло сообщения о планах ...'
REPORTS = {"сообщение", "информация", "слух", "публикация", "сведение", "данные", "утверждение"}


def denies_reports(tree: Tree, trigger: Trigger) -> bool:
    """'опровергло сообщения о базе': reports denied are no one's the sentence before named."""
    return trigger.predicate.cameo.startswith(DENIAL) and any(
        tree.tokens[o].lemma in REPORTS and not tree.kids(o, "det") for o in tree.kids(trigger.token, "obj"))


def refers_back(tree: Tree, trigger: Trigger) -> bool:
    """The act's object points back at something told before: 'осудила это решение'."""
    objects = [trigger.object] if trigger.object >= 0 else tree.kids(trigger.token, "obj")
    return any(tree.tokens[d].lemma in BACK_POINTERS for o in objects for d in tree.kids(o, "det", "amod"))


# acts whose other side a text may leave to the sentence before: investigations and denials
CARRIED_TARGET = ("09", "016")


def previous_actor(resolver: ActorResolver, tree: Tree, s_index: int, sources: list[Actor]) -> Actor | None:
    """The named person or political actor the sentence before was about: its subject first,
    then the others in order."""
    tokens = list(tree.sentence_range(s_index))
    ordered = [t for t in tokens if tree.tokens[t].rel.startswith("nsubj")] + \
        [t for t in tokens if tree.tokens[t].pos in ("PROPN", "NOUN", "PRON") and not tree.tokens[t].rel.startswith("nsubj")]
    for t in ordered:
        actor = resolver.resolve_one(t)
        if actor is None or actor.entity < 0 or any(same_actor(actor, s) for s in sources):
            continue
        if actor.code[3:6] in INVESTIGATORS:
            continue  # 'дело возбуждено, сообщил СК': who reports the case is not its subject
        if resolver.doc.entities[actor.entity].type == "PER" or political(actor, resolver.doc):
            return actor
    return None


# acts against someone that a sentence may leave unnamed ('сенат отказался вычеркнуть поправку',
# 'на отставке настаивали в Кремле'): demands, criticism, rejections
UNNAMED_OPPONENT_ROOTS = {"10", "11", "12"}
# 'настаивает на своей версии' insists on a view, not on anyone; 'назвал историю фарсом' labels a thing
NOT_AGAINST_ANYONE = {"настаивать", "назвать", "называть"}
# a refusal of a post, a race or a treatment is one's own affair ('отказался от должности')
PERSONAL_MATTERS = {"должность", "пост", "место", "лечение", "участие", "комментарий", "возглавлять", "возглавить",
                    "баллотироваться", "бороться", "участвовать", "комментировать", "уходить", "уйти"}


def unnamed_opponent(tree: Tree, trigger: Trigger, source: Actor, doc: Doc) -> bool:
    """A political actor's demand, criticism or rejection, told by a verb, whose target the
    sentence does not name: an event with a null target (the spec allows one missing side)."""
    head = tree.tokens[trigger.token].head
    # (a noun only as what a verb does: 'выступил с критикой', 'выразил протест', not 'критика прозвучала')
    verbal = trigger.predicate.pos == "VERB" or carried_words(tree, trigger.token) or (
        head >= 0 and tree.tokens[head].lemma in SUPPORT_VERBS and tree.tokens[trigger.token].rel == "obj")
    # (a source the text names: not the authorities an agentless act implies, told at the act's own word;
    # nor a court, whose 'осудил' convicts)
    court = "JUD" in source.code and (source.entity < 0 or doc.entities[source.entity].type != "PER")
    named = source.start >= 0 and source.start != tree.tokens[trigger.token].start and not court
    return trigger.predicate.cameo[:2] in UNNAMED_OPPONENT_ROOTS and verbal \
        and political(source, doc) and named and not tree.is_negated(trigger.token) \
        and trigger.predicate.lemma not in NOT_AGAINST_ANYONE \
        and not any(tree.tokens[k].lemma in PERSONAL_MATTERS for k in tree.kids(trigger.token, "xcomp", "obl", "obj"))


def state_acting_abroad(tree: Tree, resolver: ActorResolver, candidate: Candidate) -> Actor | None:
    """Words about a state's coercion of the speaker's own people in another state ('выразил протест в
    связи с задержанием граждан Казахстана в Узбекистане') are aimed at the state where it was done."""
    own = {s.country for s in candidate.sources}
    if not candidate.targets or None in own or any(t.country not in own for t in candidate.targets):
        return None
    lexicon = predicates_by_lemma()
    for target in candidate.targets:
        act = next(iter(tree.index.covering(target.start, target.stop)), -1)
        for _ in range(3):
            act = tree.tokens[act].head if act >= 0 else -1
            # (a state's coercion: a killing by kidnappers 'в Нигере' is not Niger's)
            if act < 0 or any(row.cameo.startswith("17") for row in lexicon.get(tree.tokens[act].lemma, ())):
                break
        if act < 0:
            continue
        for place in tree.kids(act, "nmod", "obl"):
            mention = resolver.mention_of.get(place)
            if tree.preposition(place) in ("в", "во") and tree.case(place) == "Loc" and mention is not None \
                    and mention.entity >= 0 and resolver.entity(mention).type in ("GPE", "LOC"):
                state = resolver.actor_from_entity(resolver.entity(mention), place, as_state=True, place=True)
                if state.country and state.country not in own and not state.country.startswith("IGO:"):
                    return state
    return None


def unnamed_sides(tree: Tree, subject_tokens: list[int], sources: list[Actor]) -> bool:
    """'Главы государств провели переговоры', 'лидеры двух стран': the sides the text has named, told by
    a plural office of no state in particular."""
    def bare(t: int) -> bool:  # 'главы (двух) государств', not 'оппозиционные лидеры'
        kids = [k for k in tree.kids(t) if tree.tokens[k].pos != "PUNCT"]
        states = [k for k in kids if tree.tokens[k].lemma in STATE_WORDS | {"два", "оба"}
                  or any(tree.tokens[c].lemma in STATE_WORDS for c in tree.kids(k))]
        # 'главы пограничных ведомств двух стран': also of a kind of body of the states
        bodies = [k for k in kids if k not in states and tree.tokens[k].rel == "nmod" and tree.case(k) == "Gen"
                  and not tree.preposition(k) and all(tree.tokens[c].pos == "ADJ" for c in tree.kids(k))]
        return len(states) + len(bodies) == len(kids) and (not bodies or bool(states))

    return bool(subject_tokens) and all(tree.tokens[t].lemma in SIDE_HEADS and tree.feats[t].get("Number") == "Plur"
                                        and bare(t) for t in subject_tokens) \
        and all(s.country is None and s.entity < 0 for s in sources)


def unnamed_side(tree: Tree, actor: Actor) -> bool:
    """An actor told only as a plural office of no state in particular ('лидеров двух стран')."""
    if actor.country is not None or actor.entity >= 0 or actor.start < 0:
        return False
    heads = [t for t in tree.index.covering(actor.start, actor.stop) if tree.tokens[t].head not in
             tree.index.covering(actor.start, actor.stop)]
    return len(heads) == 1 and unnamed_sides(tree, heads, [actor])


def topic_actor(resolver: ActorResolver, tokens: list[int], sources: list[Actor]) -> Actor | None:
    """The first actor a statement's topic names: a named one, or an unnamed one of another
    known state ('выборы в стране' is the state named last); 'созыв руководства партии' names no one."""
    for t in tokens:
        actor = resolver.resolve_one(t) or resolver.country_word(t)
        if actor is None or any(same_actor(actor, s) for s in sources):
            continue
        if "GOV" in actor.code and actor.country and any("GOV" in s.code and s.country == actor.country for s in sources) \
                and (actor.entity < 0 or resolver.doc.entities[actor.entity].type != "PER"):
            continue  # 'Песков сообщил, что Кремль следит за событиями в Армении': his own side is no topic
        if actor.entity >= 0 or (actor.country and all(s.country != actor.country for s in sources)):
            return actor  # the speaker's own 'власти' are no one in particular,
        if "GOV" in actor.code and any("OPP" in s.code for s in sources):
            return actor  # but the opposition's are its opponent ('лидер оппозиции заявил, что власти ...')
    return None


def argument_actors(tree: Tree, resolver: ActorResolver, trigger: Trigger) -> Candidate:
    """Sources and targets of one trigger (see trigger_arguments), and whether it is passive."""
    candidate = trigger_arguments(tree, resolver, trigger)
    candidate.passive = trigger.predicate.pos == "VERB" and is_passive(tree, trigger.token) and any(
        tree.tokens[k].rel == "obl:agent" or (tree.case(k) == "Ins" and not tree.preposition(k))
        for k in tree.kids(trigger.token))
    return candidate


MEDIATORS = {"посредник", "посредничество", "модератор"}


def mediated(tree: Tree, token: int) -> bool:
    """A noun act that a third party mediates: its verb also holds a mediator ('выступила посредником в ...')."""
    head = tree.tokens[token].head
    return head >= 0 and any(tree.tokens[k].lemma in MEDIATORS for k in tree.kids(head))


def trigger_arguments(tree: Tree, resolver: ActorResolver, trigger: Trigger) -> Candidate:
    """Sources and targets of one trigger. Targets come from the lexicon's cues; failing
    that, from inside a deed for verbal acts ('осудила удар по посольству Азербайджана' - a
    material act on a thing that is not an actor is no event), or from inside a required
    object ('подписал декларацию о признании территории Азербайджана', 'выслал двух
    французских дипломатов')."""
    framed = coerced_in_frame(tree, resolver, trigger)
    if framed is not None:
        return Candidate(trigger, *framed)
    sources = source_actors(tree, resolver, trigger)
    if sources and trigger.predicate.pos == "NOUN" and mediated(tree, trigger.token):
        # 'выступила посредником в переговорах между Россией и Украиной': the talks are theirs
        sides = [actor for t in between_sides(tree, trigger) for member in listed_members(tree, t)
                 for actor in resolver.resolve(member)]
        if len(sides) >= 2:
            return Candidate(trigger, sides, [], between=True)
    if trigger.predicate.cameo == CLAIM:
        act = claimed_act(tree, trigger)
        if act is not None:  # 'ответственность за нападение на базу НАТО': at whom the attack was
            aimed = trigger_arguments(tree, resolver, act).targets
            if aimed:
                return Candidate(trigger, sources, aimed)
    if trigger.predicate.cameo == CONDOLENCES:
        told = targets(tree, trigger)
        named = [actor for t in told if tree.tokens[t].lemma not in KIN for actor in resolver.resolve(t)]
        # 'соболезнования семье Алана Гарсии': for whom the family mourns
        kin_of = [actor for t in told if tree.tokens[t].lemma in KIN for k in tree.kids(t, "nmod")
                  if tree.case(k) == "Gen" and not tree.preposition(k) and tree.tokens[k].pos == "PROPN"
                  for actor in resolver.resolve(k) if not any(same_actor(actor, s) for s in sources)]
        dead = named or kin_of or [actor for actor in [mourned(resolver, trigger.token)] if actor is not None]
        if dead:  # else whoever the words after it name ('в связи с гибелью пограничников')
            return Candidate(trigger, sources, [a for a in dead if not any(same_actor(a, s) for s in sources)])
    if not sources and trigger.predicate.pos == "NOUN" and not trigger.predicate.cameo.startswith(MEDIATION):
        sides = [actor for t in between_sides(tree, trigger) for member in listed_members(tree, t)
                 for actor in resolver.resolve(member)]
        if len(sides) >= 2:  # (where 'между' names whom a third acts on, 'посредничество между', it is no side)
            return Candidate(trigger, sides, [], between=True)
        sides = [actor for a in tree.kids(trigger.token, "amod") for actor in resolver.compound_states(a)]
        if len(sides) >= 2:  # 'российско-казахстанские переговоры': the states the adjective joins
            return Candidate(trigger, sides, [], between=True)
    target_tokens = targets(tree, trigger)
    found = [actor for t in target_tokens for member in listed_members(tree, t) for actor in resolver.resolve(member)]
    found = list({(a.name, a.entity): a for a in found}.values())  # 'задержала троих: X, Y и Z' (each once)
    if found:
        return Candidate(trigger, sources, found)
    if target_tokens and trigger.predicate.pos == "VERB" and is_passive(tree, trigger.token):
        # 'его паспорт аннулирован': a thing's owner is the one acted on
        owned = [actor for t in target_tokens for o in owners(tree, t) for actor in resolver.resolve(o)]
        if owned:
            return Candidate(trigger, sources, owned)
    if len(sources) >= 2 and trigger.predicate.lemma in FIGHTS and trigger.predicate.pos == "NOUN":
        return Candidate(trigger, sources, [], between=True)  # 'конфликт Перу и Эквадора': each fights the other
    if len(sources) >= 2 and each_other(tree, trigger, target_tokens):
        return Candidate(trigger, sources, [], between=True)  # 'открыли огонь друг по другу': each at the other
    if not target_tokens and trigger.predicate.pos == "VERB" and is_passive(tree, trigger.token):
        dropped = resolver.dropped_subject(trigger.token)  # 'был арестован в мае': the one spoken of
        if dropped is not None and not any(same_actor(dropped, s) for s in sources):
            return Candidate(trigger, sources, [dropped])
    if trigger.predicate.cameo == VISIT and sources and all(s.country for s in sources):
        # (a place's state is a visit's target only for a visitor from a known state)
        places = [actor for t in visited_place_tokens(tree, trigger) for actor in resolver.resolve(t)
                  if state_of(actor, resolver) is not None]
        if places:
            return Candidate(trigger, sources, places[:1])
    inner: Actor | None = None
    if target_tokens and trigger.predicate.cameo[:2] in VERBAL_ROOTS:
        # 'приветствуем мирный процесс между Арменией и Азербайджаном': aimed at both
        sides = [actor for head in target_tokens for c in tree.kids(head, "nmod") if tree.preposition(c) == "между"
                 for member in listed_members(tree, c) for actor in resolver.resolve(member)
                 if not any(same_actor(actor, s) for s in sources)]
        if len(sides) >= 2:
            return Candidate(trigger, sources, sides)
    if target_tokens and trigger.predicate.cameo[:2] in VERBAL_ROOTS | AIMED_THROUGH_THINGS:
        inner = first_new_actor(resolver, [i for head in target_tokens for i in inner_actor_tokens(tree, head)],
                                sources)
    # the things an act is done to: its targets that name no actor, and the object its row needs
    things = target_tokens + ([trigger.object] if trigger.object >= 0 and trigger.object != trigger.token else [])
    if trigger.predicate.cameo.startswith(VIOLENT_ROOTS) and trigger.object >= 0 \
            and tree.tokens[trigger.object].lemma in WEAPONS:
        # 'сбили украинский беспилотник', 'перехватили ракету Ирана': at whose weapon it is
        owner = resolver.resolve_one(trigger.object, True)
        if owner is not None and not any(same_actor(owner, s) or owner.country == s.country for s in sources):
            return Candidate(trigger, sources, [owner], fallback_target=True)
    if inner is None and trigger.predicate.cameo.startswith(VIOLENT_ROOTS) \
            and any(political(s, resolver.doc) for s in sources):
        # 'нанёс удар по объектам в Иране', 'атаковали нефтебазу в Брянской области': a state's or an
        # armed group's strike is on the state the struck thing stands in (robbers' raids are not)
        # (or, for armed force, on the act's own word: 'военную операцию в Карабахе', 'провёл мероприятия в
        # Карабахе'; 'массовое убийство в Керчи' tells where, not against whom)
        # (and an armed group's attack on its own word: 'теракт в Брюсселе, ответственность за который взяло ИГ')
        own_word = trigger.predicate.cameo == ARMED_FORCE or (trigger.predicate.cameo.startswith(ASSAULT)
                                                              and any((s.country or "").startswith("NSA:") for s in sources))
        hosts = things + ([trigger.token] if own_word else [])
        places = [p for head in hosts for p in tree.kids(head, "nmod", "obl")
                  if tree.preposition(p) in ("в", "во", "на") and tree.case(p) == "Loc"]
        states = [resolver.actor_from_entity(entity, p, as_state=True, place=True) for p in places
                  if (m := resolver.mention_of.get(p)) is not None and m.entity >= 0
                  and (entity := resolver.entity(m)).type in ("GPE", "LOC") and entity.country
                  and not entity.country.startswith("IGO:")]
        if not states and things:
            # 'Минобороны Армении сообщило, что ВС Азербайджана обстреляли сёла': a place no state is
            # known for is the reporting side's own
            states = [state_actor(a, resolver) for a in reporters(tree, resolver, trigger.token)
                      if a.country and not a.country.startswith(("IGO:", "NSA:"))]
        inner = next((a for a in states if not any(same_actor(a, s) or a.country == s.country for s in sources)), None)
        if inner is not None:
            return Candidate(trigger, sources, [inner], fallback_target=True)
    if inner is None and trigger.predicate.cameo[:2] in AIMED_THROUGH_THINGS:
        # 'запрет на ввоз российского зерна': the state whose goods are barred
        states = [resolver.actor_from_entity(resolver.entity(m), t, True) for head in things for t in tree.subtree(head)
                  if (m := resolver.mention_of.get(t)) is not None and m.type == "GPE" and m.kind == "adjective"]
        inner = next((a for a in states if not any(same_actor(a, s) for s in sources)), None)
        if inner is not None:
            return Candidate(trigger, sources, [inner], fallback_target=True)
    if inner is None and trigger.predicate.object and trigger.object != tree.tokens[trigger.token].head:
        # (a participle's own noun, 'коалиции, созданной Чавесом', holds no one it was done to)
        animate_object = tree.feats[trigger.object].get("Animacy") == "Anim"
        named = [trigger.object] if animate_object else []
        if tree.tokens[trigger.object].rel == "xcomp":
            # 'называющие его диктатором': the label is what they call him; the parse may hang
            # the one called on the label as if it were his
            named = [t for t in tree.kids(trigger.object, "det") if tree.tokens[t].pos == "PRON"
                     and tree.tokens[t].lemma in PERSONAL_PRONOUNS]
        inner = first_new_actor(resolver, named + content_actor_tokens(tree, trigger), sources)
        if inner is not None:
            return Candidate(trigger, sources, [inner], fallback_target=True)
    if inner is None and trigger.predicate.cameo.startswith("12") and trigger.predicate.pos == "VERB":
        # 'отказался от подписания соглашения с ЕС': a refusal of an act is aimed at whom that act is
        refused = [c for c in tree.kids(trigger.token, "obl") if tree.preposition(c) == "от"
                   and tree.tokens[c].lemma in predicates_by_lemma()]
        inner = first_new_actor(resolver, [t for c in refused for t in inner_actor_tokens(tree, c)], sources)
        # 'отверг предложенную ему американскими властями сделку': at whoever offered what is rejected
        # ('поправка, выдвинутая республиканцами, была отклонена': a passive's subject is what is rejected)
        offered = [a for o in tree.kids(trigger.token, "obj", "nsubj:pass") for a in tree.kids(o, "acl")
                   if tree.feats[a].get("VerbForm") == "Part" and is_passive(tree, a)]
        inner = inner or first_new_actor(resolver, [t for a in offered for t in agent_of(tree, a)], sources)
    if inner is None and "about" in trigger.predicate.target:
        inner = topic_actor(resolver, clause_actor_tokens(tree, trigger.token), sources)
    if inner is None and trigger.predicate.cameo[:2] in ("02", "10") and trigger.predicate.pos != "NOUN":
        # whoever a 'чтобы' clause names is the one asked, one's own government included
        inner = first_new_actor(resolver, demanded_of(tree, trigger.token), sources)
    if inner is None and trigger.predicate.cameo in TOPIC_CODES and trigger.predicate.pos != "NOUN":
        inner = topic_actor(resolver, topic_actor_tokens(tree, trigger), sources)
        if inner is not None and any(s.country == inner.country for s in sources):
            inner = None  # hope or concern about one's own state or colleague is politics at home, rarely an event
    joint = trigger.predicate.pos == "NOUN" and any(tree.tokens[c].lemma in JOINT_MODIFIERS
                                                     for c in tree.kids(trigger.token, "amod"))
    return Candidate(trigger, sources, [inner] if inner else [], between=joint and inner is None)


def claimed_act(tree: Tree, trigger: Trigger) -> Trigger | None:
    """The act of violence a claim of responsibility names after 'за', itself or through the relative
    pronoun that stands for it ('теракты, ответственность за которые взяло ИГ')."""
    if trigger.object < 0:
        return None
    named = [t for t in tree.kids(trigger.object, "nmod") if tree.preposition(t) == "за"]
    acts = [a for t in named for a in (antecedents(tree, t) if tree.tokens[t].lemma == "который" else [t])]
    lexicon = predicates_by_lemma()
    found = [match_trigger(tree, a, lexicon[tree.tokens[a].lemma]) for a in acts if tree.tokens[a].lemma in lexicon]
    return next((f for f in found if f is not None and f.predicate.cameo.startswith(VIOLENT_ROOTS)), None)


def whole_side(actor: Actor, doc: Doc) -> bool:
    """A state or an international organisation as a whole, not one of its people or bodies."""
    if not actor.country:
        return False
    if actor.country.startswith("IGO:"):
        return actor.entity >= 0 and doc.entities[actor.entity].type != "PER"
    return actor.code == actor.country


def reporters(tree: Tree, resolver: ActorResolver, token: int) -> list[Actor]:
    """Who reports the clause the token stands in: the subject of the verb of saying above it."""
    head, clause = tree.tokens[token].head, token
    while head >= 0 and tree.tokens[clause].rel == "conj":  # 'сообщило, что ... обстреляли и ранили
        clause, head = head, tree.tokens[head].head
    if head < 0 or tree.tokens[clause].rel not in ("ccomp", "parataxis"):
        return []
    cue = load_cues().get((tree.tokens[head].lemma,))
    if cue is None or cue.kind != "verb":
        return []
    return [actor for t in subjects(tree, head) for actor in resolver.resolve(t)]


def each_other(tree: Tree, trigger: Trigger, target_tokens: tuple[int, ...] | list[int] = ()) -> bool:
    """The act is aimed at 'друг друга': each side at the other."""
    return any(tree.tokens[t].lemma == "друг" and tree.tokens[t].pos == "PRON"
               for t in list(target_tokens) + tree.kids(trigger.token, "obl", "obj", "iobj"))


def pairs(candidate: Candidate, root: str) -> list[tuple[Actor, Actor | None]]:
    """Source-target pairs; 'A и B провели переговоры' is one symmetric event A-B."""
    sources, targets_ = candidate.sources, candidate.targets
    predicate = candidate.trigger.predicate
    if not sources:
        return []
    if root in SYMMETRIC_ROOTS and len(sources) >= 2 and (not targets_ or candidate.fallback_target) \
            and candidate.trigger.predicate.cameo != VISIT:  # two visitors do not visit each other
        return [(sources[0], other) for other in sources[1:] if not same_actor(sources[0], other)]
    # 'обменялись обвинениями', 'заключили перемирие', 'столкновения между A и B'
    mutual = candidate.trigger.predicate.lemma in MUTUAL_VERBS | JOINT_ACTS or candidate.between
    # (a passive's agents did it together, not to each other: 'одобрен Думой и Советом')
    joint = not candidate.passive or mutual or candidate.trigger.predicate.cameo.startswith(AGREEMENT)
    shared = (root in RECIPROCAL_ROOTS and candidate.trigger.predicate.cameo != PRAISE) or mutual
    if shared and len(sources) >= 2 and joint \
            and (candidate.trigger.predicate.pos != "NOUN" or candidate.trigger.predicate.lemma in JOINT_ACTS
                 or candidate.between) \
            and (not targets_ or (candidate.fallback_target and (mutual or (
                candidate.trigger.predicate.cameo.startswith(AGREEMENT) and all(
                    not t.country or any(t.country == s.country for s in sources) for t in targets_))))):
        # 'Казахстан и Азербайджан подписали соглашение': each side acts towards the other (an agreement
        # 'о строительстве ГЭС' names a thing of no state, no third side; nor does a thing of a
        # signatory's state: 'о совместной разведке месторождения', 'о делимитации киргизской границы')
        return [(a, b) for a in sources for b in sources if not same_actor(a, b)]
    if targets_ and all(any(same_actor(t, s) for s in sources) for t in targets_):
        # one coordinated group read as both sides; or a target's name the parse also made a subject
        # ('провел встречу с ... Нурланбеком Тургунбек уулу': 'уулу' read as the verb's subject)
        inside = [s for s in sources if any(same_actor(s, t) and t.start < s.start <= t.stop + 2 for t in targets_)]
        sources = [s for s in sources if not any(same_actor(s, t) for t in targets_)] if inside else []
        if not sources:
            return []
    if not targets_:
        return [(source, None) for source in sources]
    others = [s for s in sources if not (s.code == s.country and any(t.country == s.country for t in targets_))]
    if others and len(sources) >= 2:  # 'Казахстан и Киргизия ... по итогам переговоров с премьером Киргизии'
        sources = others
    # 'подписал соглашение с Y': a deal made with someone binds both (the guide codes it both ways);
    # 'ратифицировал договор' is one side's own act
    both_ways = candidate.trigger.predicate.lemma in FIGHTS or (
        predicate.cameo.startswith(AGREEMENT) and "с+ins" in predicate.target and not candidate.fallback_target)
    return [pair for s in sources for t in targets_ if not same_actor(s, t)
            for pair in ([(s, t), (t, s)] if both_ways else [(s, t)])]


def said_as_demonym(doc: Doc, actor: Actor) -> bool:
    """An actor the text names by its people ('россиян'), not by its state or a person."""
    return any(m.kind == "demonym" and m.start <= actor.start < m.stop for m in doc.mentions)


def accusers(events: list[Event], accused: list[Actor]) -> list[Actor]:
    """'Гюлен отрицает свою причастность': a denial answers whoever the text said accused the
    one who denies (the latest such accusation told before it); an accused state answers through
    any of its bodies ('Баку обвинил Ереван ...' - 'Минобороны Армении опровергло')."""
    for event in reversed(events):
        if event.root == ACCUSATION and event.target is not None and any(
                same_actor(event.target, a) or answers_for(event.target, a) for a in accused):
            return [event.source]
    return []


def answers_agreement(tree: Tree, trigger: Trigger) -> bool:
    """'приветствовала договорённость', 'раскритиковал соглашение': an answer to an agreement the object names
    without its sides (they were told before)."""
    objects = [trigger.object] if trigger.object >= 0 else tree.kids(trigger.token, "obj")
    # 'приветствовал подписание документа': the signing of it
    objects += [n for o in objects if tree.tokens[o].lemma in SIGNING_NOUNS for n in tree.kids(o, "nmod")]
    return any(tree.tokens[o].lemma in AGREEMENT_NOUNS | {"документ"} and not tree.kids(o, "nmod", "appos")
               for o in objects)


MEETING_NOUNS = {"встреча", "переговоры", "саммит", "визит", "консультация"}


def answers_meeting(tree: Tree, trigger: Trigger) -> bool:
    """'приветствовал итоги встречи', 'раскритиковал результаты переговоров': an answer to what a
    meeting the text told came to."""
    objects = [trigger.object] if trigger.object >= 0 else tree.kids(trigger.token, "obj")
    return any(tree.tokens[o].lemma in OUTCOMES and any(tree.tokens[n].lemma in MEETING_NOUNS and not tree.kids(n, "nmod")
                                                       for n in tree.kids(o, "nmod"))
               for o in objects)


def answered_acts(tree: Tree, trigger: Trigger, lexicon: dict) -> tuple[set[str], int]:
    """The CAMEO roots of an act the answer's object names by a noun of the lexicon ('приветствовали
    освобождение заключённых', 'осудил арест журналиста'), and the token of its doer where the noun
    names one in the genitive ('осудили визит Лаврова'), else -1."""
    objects = [trigger.object] if trigger.object >= 0 else []
    objects += [k for k in tree.kids(trigger.token, "obj") if k != trigger.object]  # 'назвал приговор несправедливым'
    # the trigger's own word is no act it answers ('предъявил обвинение'), but what it is about may be
    # ('выразил обеспокоенность приговором')
    objects = [k for o in objects for k in ([o] if tree.tokens[o].lemma not in trigger.predicate.object else
               [c for c in tree.kids(o, "nmod") if tree.preposition(c) in ("", "в связи с", "по поводу", "из-за", "против")
                and (tree.case(c) != "Gen" or tree.preposition(c))])]  # ('протест против ареста', not whose protest)
    roots: set[str] = set()
    for o in objects:
        words = {tree.tokens[k].lemma for k in tree.kids(o)}
        rows = [p for p in lexicon.get(tree.tokens[o].lemma, []) if p.pos == "NOUN"
                and (not p.object or words & set(p.object))]
        if not rows or any(tree.preposition(k) in AGENT_PREPOSITIONS for k in tree.kids(o, "nmod")):
            continue
        genitives = [k for k in tree.kids(o, "nmod") if tree.case(k) == "Gen" and not tree.preposition(k)
                     and not any(tree.tokens[k].lemma in p.object for p in rows)]  # ('применение силы')
        if genitives and all(p.source == "nmod" and "nmod:gen" not in p.target for p in rows):
            return {p.cameo[:2] for p in rows}, genitives[0]
        # any sense of the noun the story may have told it in ('манёвры' after 'совместные манёвры')
        roots |= {p.cameo[:2] for p in lexicon.get(tree.tokens[o].lemma, []) if p.pos == "NOUN"}
    return roots, -1


def doer_of(events: list[Event], roots: set[str], patients: list[Actor], answering: list[Actor]) -> Actor | None:
    """Who did the latest act of these roots told before, to the same patients or to unnamed ones."""
    # (a government answers other states' acts: its spokesman's 'назвал арест нарушением' is not of his own police)
    governments = {a.country for a in answering if a.country and "GOV" in a.code}
    # (a concern voiced is criticism too: 'Госдеп выразил обеспокоенность ... Ташкент назвал эту критику')
    told = [e for e in reversed(events) if (e.root in roots or (e.cameo == CONCERN and CRITICISM[:2] in roots))
            and e.target is not None and e.source.country not in governments
            and not any(same_actor(e.source, a) for a in answering)
            and (not patients or any(same_actor(e.target, p) or not p.country for p in patients))]
    # of these, an act aimed at those who answer it ('эту критику' of their own state) first
    mine = [e for e in told if not patients and any(e.target.country == a.country for a in answering if a.country)]
    return (mine or told)[0].source if told else None


PROPOSALS = {"приглашение", "предложение", "требование", "просьба", "призыв", "ультиматум"}


def answers_proposal(tree: Tree, trigger: Trigger) -> bool:
    """'принял приглашение', 'отверг требование': an answer to a proposal whose maker is not named here."""
    objects = [trigger.object] if trigger.object >= 0 else tree.kids(trigger.token, "obj")
    return any(tree.tokens[o].lemma in PROPOSALS and not tree.kids(o, "nmod", "det", "amod") for o in objects)


def proposers(events: list[Event], answering: list[Actor]) -> list[Actor]:
    """Who last made an offer or demand to one of those who answer it."""
    for event in reversed(events):
        if event.target is not None and event.cameo[:2] in ("03", "02", "10") \
                and any(same_actor(event.target, a) or answers_for(a, event.target) for a in answering):
            return [event.source]
    return []


def agreement_sides(events: list[Event], third: list[Actor]) -> list[Actor]:
    """The sides of the latest agreement told before, when the one who answers is neither."""
    own = {a.country for a in third}
    for event in reversed(events):
        if event.cameo.startswith(AGREEMENT) and event.target is not None \
                and event.source.country not in own and event.target.country not in own:
            return [event.source, event.target]
    return story_sides(events, third)  # 'завершили переговоры по тексту соглашения': the two states


def ratified_document(tree: Tree, trigger: Trigger) -> bool:
    """'ратифицировал соглашение', 'документ ратифицирован': a ratification of an agreement the text told."""
    if not trigger.predicate.lemma.startswith("ратифи"):
        return False
    things = tree.kids(trigger.token, "obj", "nsubj:pass") + tree.kids(trigger.token, "nmod")
    return any(tree.tokens[t].lemma in AGREEMENT_NOUNS | {"документ"} for t in things)


def signed_with(events: list[Event], party: list[Actor]) -> list[Actor]:
    """The other side of the latest agreement told before that the party's state signed."""
    own = {a.country for a in party if a.country}
    for event in reversed(events):
        if event.cameo.startswith(AGREEMENT) and event.target is not None and event.source.country in own \
                and event.target.country not in own:
            return [event.target]
    return []


def addressed_to_sides(tree: Tree, trigger: Trigger) -> bool:
    """'призвал стороны к сдержанности': the act is aimed at 'стороны', the two sides the story told of (called
    only when they named no one themselves)."""
    return any(tree.tokens[t].lemma == "сторона" and (tree.feats[t].get("Number") == "Plur" or any(
        tree.tokens[k].lemma in ("оба", "два") for k in tree.kids(t, "nummod", "nummod:gov")))  # 'обе стороны'
        for t in targets(tree, trigger))


def about_two_states(tree: Tree, trigger: Trigger) -> bool:
    """'выразил надежду, что визит откроет новую страницу в отношениях двух стран': a hope or concern
    about the two sides' relations."""
    return trigger.predicate.cameo in TOPIC_CODES and trigger.predicate.pos != "NOUN" and any(
        tree.tokens[t].lemma in STATE_WORDS and any(tree.tokens[n].lemma in ("два", "оба") for n in tree.kids(t))
        for t in topic_actor_tokens(tree, trigger))


def story_sides(events: list[Event], third: list[Actor]) -> list[Actor]:
    """The two sides of the latest act between actors of two states told before, neither of them the
    third party's state."""
    own = {a.country for a in third}
    for event in reversed(events):
        sides = [event.source, event.target]
        if event.target is not None and all(a.country and a.country not in own for a in sides) \
                and event.source.country != event.target.country:
            return sides
    return []


def other_side(events: list[Event], speakers: list[Actor]) -> list[Actor]:
    """The other side of the latest act between the speaker's state and another: whom 'отношения
    двух стран' in the speaker's words are with."""
    own = {a.country for a in speakers}
    for event in reversed(events):
        sides = [event.source, event.target]
        if event.target is not None and event.source.country != event.target.country \
                and any(a.country in own for a in sides) and all(a.country for a in sides):
            return [a for a in sides if a.country not in own]
    return []


def fought_with(events: list[Event], fighters: list[Actor], since: int) -> list[Actor]:
    """The other side of the latest fighting told since an offset that one of the fighters'
    states was in, as attacker or attacked (an answering fire is at the attacker)."""
    countries = {a.country for a in fighters if a.country}
    for event in reversed(events):
        if event.sentence_start < since:
            break
        if event.root != FIGHT or event.target is None:
            continue
        if event.source.country in countries and event.target.country not in countries:
            return [event.target]
        if event.target.country in countries and event.source.country not in countries:
            return [event.source]
    return []


def answers_for(state: Actor, actor: Actor) -> bool:
    """An actor of the state an act named as a whole ('Армения' and 'Минобороны Армении')."""
    return bool(state.country) and state.code == state.country and actor.country == state.country


def elaborates(tree: Tree, trigger: Trigger, by_token: dict[int, Trigger]) -> bool:
    """A gerund of the same code under a trigger verb, said of what that verb acted on
    ('критиковали этот арест, называя его похищением'), tells how that act was done, not a
    second act ('угрожает переездом, шантажируя Францию' names whom it is aimed at)."""
    head = tree.tokens[trigger.token].head
    other = by_token.get(head)
    return other is not None and tree.feats[trigger.token].get("VerbForm") == "Conv" \
        and other.predicate.cameo == trigger.predicate.cameo \
        and any(tree.tokens[o].lemma in PERSONAL_PRONOUNS for o in tree.kids(trigger.token, "obj"))


def known_victim(actor: Actor, doc: Doc) -> bool:
    """Whom an assault with no named assailant is news about: a person the text names who is
    in politics; the murder of anyone else ('бизнесмен', 'его помощник', 'полицейские') is
    crime news."""
    return actor.entity >= 0 and doc.entities[actor.entity].type == "PER" and acting_in_politics(actor, doc)


def make_event(code: str, source: Actor, target: Actor | None, trigger: Trigger, doc: Doc,
               tree: Tree, context: Context, rule: str) -> Event:
    table = load_cameo()
    entry = table.get(code)
    tok = tree.tokens[trigger.token]
    sentence = doc.sentences[tok.sentence]
    modality = modality_of(tree, trigger.token, trigger.predicate.negated)
    # 'не поддержит' refuses; 'не смогли договориться' failed: only the first is a rejection
    note = NEGATED_TRIGGER if modality == "negated" and tree.is_negated(trigger.token) \
        and not (code.startswith("04") and tree.feats[trigger.token].get("Tense") == "Past") else ""
    # ('не обсуждал с Путиным' reports talks that did not happen, not a refusal to meet)
    if modality == "planned" and stated_intent(tree, trigger.token):
        note = STATED_INTENT
    # a stated intent is coded as asserted (conventions.py): dated when it was stated
    date, date_end, location = locate(context, tree, trigger.token, "asserted" if note == STATED_INTENT else modality)
    confidence = 0.5 + (0.15 if source.entity >= 0 else 0) + (0.15 if target is not None and target.entity >= 0 else 0)
    confidence += 0.1 if trigger.predicate.object else 0
    confidence -= 0.2 if code in LOW_PRIORITY else 0
    return Event(
        cameo=code, source=source, target=target, root=entry.root, quad_class=entry.quad_class,
        goldstein=entry.goldstein, plover=entry.plover, plover_mode=entry.plover_mode,
        date=date, date_end=date_end, location=location, modality=modality,
        confidence=round(min(confidence, 0.95), 2), evidence=sentence.text,
        sentence_start=sentence.start, sentence_stop=sentence.stop,
        trigger_start=tok.start, trigger_stop=tok.stop, rule=rule, note=note,
    )


def place_named(resolver: ActorResolver, actor: Actor | None, trigger: int) -> str | None:
    """The city a visit goes to: inside the target's words ('посетил Астану') or after the
    trigger in its sentence ('посетил столицу Республики Казахстан Астану')."""
    if actor is None or actor.start < 0:
        return None
    tokens = resolver.tree.tokens
    sentence = resolver.doc.sentences[tokens[trigger].sentence]
    spans = [(actor.start, actor.stop), (tokens[trigger].stop, sentence.stop)]
    for start, stop in spans:
        for mention in resolver.doc.mentions:
            if mention.start >= start and mention.stop <= stop and mention.entity >= 0:
                entity = resolver.doc.entities[mention.entity]
                if entity.type in ("GPE", "LOC") and entity.key != entity.country and mention.kind != "adjective":
                    return entity.name
    return None


def state_of(actor: Actor, resolver: ActorResolver) -> Actor | None:
    """The state a visited place belongs to ('Астану' -> Казахстан)."""
    if actor.entity < 0:
        return actor if actor.country else None
    entity = resolver.doc.entities[actor.entity]
    if entity.type in ("GPE", "LOC") and entity.country and not entity.country.startswith("IGO:"):
        if entity.key == entity.country:
            return actor
        return resolver.actor_from_entity(entity, resolver.tree.index.at(actor.start), as_state=True)
    return None


MEETING_WORDS = {"встреча", "переговоры", "беседа", "консультация", "визит"}


def after_meeting(tree: Tree, tokens: range) -> bool:
    """The sentence tells an outcome of a meeting: 'по итогам встречи', 'в ходе переговоров'."""
    return any(tree.tokens[t].lemma in MEETING_WORDS and tree.tokens[t].head >= 0
               and tree.tokens[tree.tokens[t].head].lemma in FRAME_NOUNS for t in tokens)


def latest_meeting(meetings: list[tuple[Actor, Actor]], doc: Doc, before: int) -> tuple[Actor, Actor]:
    """Of the meetings between people told so far, the one whose partner the text named last
    before `before` ('провел встречи с A и B. A отметил ... По итогам встречи ...': with A)."""
    def last_named(actor: Actor) -> int:
        spots = [m.start for m in doc.mentions if actor.entity >= 0 and m.entity == actor.entity and m.start < before]
        return max(spots, default=-1)
    people = [pair for pair in meetings if person_like(pair[1], doc)] or meetings
    return max(reversed(people), key=lambda pair: last_named(pair[1]))


def thing_of_a_plain_verb(tree: Tree, trigger: Trigger, lexicon: dict) -> bool:
    """'не соблюдает договорённости': a noun of an act as the object of a verb that neither
    performs it ('подписал') nor is an act of its own names a thing, not a more specific act."""
    head = tree.tokens[trigger.token].head
    return trigger.predicate.pos == "NOUN" and tree.tokens[trigger.token].rel == "obj" and head >= 0 \
        and tree.tokens[head].pos == "VERB" and tree.tokens[head].lemma not in SUPPORT_VERBS \
        and tree.tokens[head].lemma not in lexicon


def said_more(tree: Tree, token: int, specific: set[int]) -> bool:
    """A plain 'заявил' gives way to a more specific act in its own clause or its 'что'
    clause ('заявил, что не поддержит'), not to one in a coordinated clause of others."""
    inside = set(tree.subtree(token, set()))
    return any(t in inside or token in tree.subtree(t, set()) for t in specific)


def state_actor(actor: Actor, resolver: ActorResolver) -> Actor:
    """The state an actor acts for ('посольство РФ' -> Россия), or the actor itself."""
    country = actor.country
    if not country or country.startswith(("IGO:", "NSA:")) or is_state(actor, resolver.doc):
        return actor
    try:
        state = resolver.gazetteer.country(country)
    except KeyError:
        return actor
    return Actor(state.short, country, actor_code(country, "", resolver.gazetteer), -1, actor.start, actor.stop)


def find_events(doc: Doc, models: object = None) -> Doc:
    """1. find triggers per sentence; 2. resolve their arguments to actors; 3. apply the
    coding conventions (visits give 042 and 043, 'стороны' are the meeting's sides);
    4. date, place and modality; 5. one event per (source, target, code)."""
    if not doc.tokens:
        doc.events = []
        return doc
    tree = Tree(doc)
    resolver = ActorResolver(doc, tree, load_gazetteer())
    lexicon = predicates_by_lemma()
    context = Context.build(doc, tree)
    events: list[Event] = []
    last_meeting: tuple[Actor, Actor] | None = None
    meetings: list[tuple[Actor, Actor]] = []
    received: tuple[Actor, Actor] | None = None   # the host and guest of the latest reception
    for s_index in range(len(doc.sentences)):
        first_event = len(events)
        settings: list[tuple[Trigger, list[Actor], int, str]] = []
        tokens = tree.sentence_range(s_index)
        triggers = [t for t in find_triggers(tree, tokens, lexicon)
                    if not commemorated(tree, t.token) and not negotiated(tree, t.token)]
        specific = {t.token for t in triggers if t.predicate.cameo not in LOW_PRIORITY
                    and not thing_of_a_plain_verb(tree, t, lexicon)}
        by_token = {t.token: t for t in triggers}
        for trigger in triggers:
            code = trigger.predicate.cameo
            if code in LOW_PRIORITY and said_more(tree, trigger.token, specific):
                continue
            if code in LOW_PRIORITY and death_news(tree, trigger.token):
                continue  # news of a death is no act towards the one who died
            if code == "010" and critical(tree, trigger.token):
                code = CRITICISM  # 'заявил, что правительство проявило бессилие'
            if code == INTENT and intends_talks(tree, trigger):
                code = INTENT_TO_MEET
            code = STOPPED.get(code[:2], code) if stopped(tree, trigger.token) else code
            finer = by_token.get(trigger.object)
            if finer is not None and finer is not trigger and finer.predicate.cameo[:2] == code[:2] \
                    and len(finer.predicate.cameo) >= len(code) and finer.predicate.cameo != code and code.endswith("0"):
                continue  # 'предоставил военную помощь': the noun says which aid (072), not just aid (070)
            if finer is not None and finer is not trigger and finer.predicate.object and trigger.predicate.object \
                    and finer.predicate.cameo != code and tree.tokens[trigger.token].lemma in SUPPORT_VERBS:
                continue  # 'провела совместные учения': the noun's own qualified row (062) over 'провести учения' (150)
            if governed_by_content_head(tree, trigger.token) or (code[:2] < "09" and standing_relation(tree, trigger.token)):
                continue
            if elaborates(tree, trigger, by_token):
                continue  # 'критиковали арест, называя его похищением': one criticism, told twice
            # 'акции протеста': the word that lets 'акция' fire is not a second protest; but a noun naming its
            # own sides tells who did it ('договор между A и B был заключён')
            if any(other.object == trigger.token and other is not trigger and other.predicate.cameo[:2] == code[:2]
                   and not finer_code(code, other.predicate.cameo) and not finer_row(other, trigger) for other in triggers) \
                    and not (trigger.predicate.pos == "NOUN" and between_sides(tree, trigger)):
                continue
            if trigger.predicate.pos == "NOUN" and not trigger.predicate.object and any(
                    other.object == trigger.token and other.predicate.pos == "VERB" and other.predicate.object
                    for other in triggers):
                continue  # 'выразил протест', 'заявил протест' are the verb's act (114), not a second one of the noun's (140)
            if trigger.predicate.pos == "NOUN" and tree.case(trigger.token) == "Gen" and any(
                    other.object == tree.tokens[trigger.token].head and other.object >= 0 and other is not trigger
                    and other.predicate.object for other in triggers):
                continue  # 'вручил ноту протеста': the note is the act, what it says is no second one
            candidate = argument_actors(tree, resolver, trigger)
            candidate.targets = repressed_protesters(resolver, trigger, candidate.sources, candidate.targets, events)
            root = code[:2]
            if root in VERBAL_ROOTS and (abroad := state_acting_abroad(tree, resolver, candidate)) is not None:
                candidate.targets = [abroad]  # 'протест в связи с задержанием граждан Казахстана в Узбекистане'
            if root == PROTEST:
                candidate.sources, candidate.targets = protest_sides(resolver, trigger, candidate.sources,
                                                                     candidate.targets)
            subject_tokens = subjects(tree, trigger.token) if trigger.predicate.pos != "NOUN" else []
            subject_words = {tree.tokens[t].lemma for t in subject_tokens}
            offices = unnamed_sides(tree, subject_tokens, candidate.sources)
            if subject_words & PLURAL_PRONOUNS and not candidate.sources or offices:
                # the sides met last, or (no meeting told) those of the latest act between two states: their
                # states when the text names other offices of them ('главы пограничных ведомств двух стран')
                told = story_sides(events, [])
                sides = last_meeting or tuple(state_actor(a, resolver) if offices else a for a in told)
                if root in SYMMETRIC_ROOTS and sides:
                    candidate.sources, candidate.targets = [sides[0]], [sides[1]]
                elif root in RECIPROCAL_ROOTS and sides:  # 'они договорились'; 'министры поблагодарили X': X
                    candidate.sources, candidate.targets = list(sides), [
                        t for t in candidate.targets if not any(same_actor(t, s) for s in sides)]
                    candidate.between = candidate.between or each_other(tree, trigger)  # 'Лидеры поздравили друг друга'
                else:
                    continue
            if not candidate.sources and meetings and root in RECIPROCAL_ROOTS \
                    and not subject_words and after_meeting(tree, tokens):
                # 'По итогам встречи подтверждена готовность ...': the sides of the meeting the
                # text spoke of last
                candidate.sources, candidate.targets = list(latest_meeting(meetings, doc, tree.tokens[tokens[0]].start)), []
            if root == "04" and trigger.predicate.pos == "NOUN" and received and not candidate.sources \
                    and not candidate.targets:
                # 'Алиев принял делегацию Европарламента. В ходе встречи обсуждались ...': the talks of
                # whoever received and was received, once the text tells of no other meeting
                candidate.sources, candidate.targets = [received[0]], [received[1]]
            rule = f"{trigger.predicate.lemma}/{code} (predicates.tsv:{trigger.predicate.line})"
            if code == HOST and trigger.object >= 0 and tree.tokens[trigger.object].lemma in STATE_STAND_INS:
                rule += f" {DELEGATION}"
            if root == "04" and candidate.sources and not candidate.targets and setting_of(tree, trigger.token) >= 0:
                settings.append((trigger, candidate.sources, setting_of(tree, trigger.token), rule))
                continue  # its other side is whom the act in it was aimed at: see below
            if code.startswith(DENIAL) and candidate.targets and all(
                    t.country and any(t.country == s.country for s in candidate.sources) for t in candidate.targets):
                candidate.targets = []  # 'отверг обвинения в причастности России': the accused is his own side
            if code.startswith(DENIAL) and not candidate.targets:
                candidate.targets = accusers(events, candidate.sources)
            if not candidate.targets and candidate.sources and root in ANSWERING_ROOTS and refers_back(tree, trigger):
                # 'Москва осудила это решение': the act just told, so its doer
                since = doc.sentences[max(s_index - 1, 0)].start
                done = [e for e in events if e.sentence_start >= since
                        and not any(same_actor(e.source, s) for s in candidate.sources)]
                if done:
                    candidate.targets = [done[-1].source]
            if not candidate.targets and candidate.sources and code == AGREEMENT and ratified_document(tree, trigger):
                # 'Документ ратифицирован сенатом США': a party's ratification of what it signed with the other
                candidate.targets = signed_with(events, candidate.sources)
            if not candidate.targets and candidate.sources and root in ANSWERING_ROOTS and answers_agreement(tree, trigger):
                candidate.targets = agreement_sides(events, candidate.sources)  # 'Россия приветствовала договорённость'
            if not candidate.targets and candidate.sources and root in ANSWERING_ROOTS and last_meeting \
                    and answers_meeting(tree, trigger):
                # 'Байрамов приветствовал итоги встречи': of the sides who met
                candidate.targets = [a for a in last_meeting if not any(same_actor(a, s) for s in candidate.sources)]
            if candidate.sources and code.startswith(ANSWERS) and not answers_agreement(tree, trigger):
                # 'США приветствовали освобождение заключённых': the act told before, so whoever did it;
                # 'осудили визит Лаврова': whoever the act's noun names as its doer
                acts, named = answered_acts(tree, trigger, lexicon)
                if named >= 0:
                    doer = resolver.resolve_one(named)
                else:
                    doer = doer_of(events, acts, candidate.targets, candidate.sources) if acts else None
                if doer is not None and not any(same_actor(doer, s) for s in candidate.sources):
                    candidate.targets = [doer]
            if not candidate.targets and candidate.sources and answers_proposal(tree, trigger):
                # 'Казахстанский лидер принял приглашение': of whoever invited him
                candidate.targets = proposers(events, candidate.sources)
            if not candidate.targets and candidate.sources and code == PRAISE and (
                    not targets(tree, trigger) or any(tree.tokens[k].lemma in ALSO for k in tree.kids(trigger.token))):
                # 'Путин поздравил Жапарова. Поздравления также направили лидеры Казахстана и Узбекистана':
                # whom the praise told just before was for, not each other
                since = doc.sentences[max(s_index - 1, 0)].start
                praised = [e.target for e in events if e.cameo == PRAISE and e.sentence_start >= since
                           and e.target is not None and not any(same_actor(e.target, s) for s in candidate.sources)]
                candidate.targets = praised[-1:]
            if code in (MEDIATION, OFFERED_MEDIATION) and any(t.country == s.country for t in candidate.targets for s in candidate.sources):
                candidate.targets = []  # 'предложил посредничество организации': the mediator's own, not whom it helps
            if not candidate.targets and candidate.sources and code in (MEDIATION, OFFERED_MEDIATION):
                # 'провели обмен при посредничестве ОАЭ': whose act it mediated; 'Посредником
                # выступили ОАЭ' after the act is told: that act's sides
                head = tree.tokens[trigger.token].head
                helped = [a for t in (subjects(tree, head) if head >= 0 and tree.tokens[head].pos == "VERB" else [])
                          for a in resolver.resolve(t) if not any(same_actor(a, s) for s in candidate.sources)]
                candidate.targets = helped or [state_actor(a, resolver) for a in story_sides(events, candidate.sources)]
            if not candidate.targets and candidate.sources and addressed_to_sides(tree, trigger):
                candidate.targets = story_sides(events, candidate.sources)  # 'призвал стороны к сдержанности'
                if root in ("02", "10"):  # an appeal to the sides of a conflict is to their states
                    candidate.targets = [state_actor(a, resolver) for a in candidate.targets]
            if not candidate.targets and candidate.sources and about_two_states(tree, trigger):
                candidate.targets = other_side(events, candidate.sources)
            if candidate.targets and candidate.sources and all(unnamed_side(tree, t) for t in candidate.targets):
                # 'поздравил лидеров двух стран': the two sides the story told of
                candidate.targets = story_sides(events, candidate.sources) or candidate.targets
            if not candidate.targets and candidate.sources and root == FIGHT and s_index > 0:
                # 'подразделения открыли огонь': at the side the fighting just told was with
                candidate.targets = fought_with(events, candidate.sources, doc.sentences[max(s_index - 2, 0)].start)
            if not candidate.targets and candidate.sources and code.startswith(CARRIED_TARGET) and s_index > 0 \
                    and not denies_reports(tree, trigger):
                # 'Пентагон назначил расследование', 'Генерал отрицал нарушения': of whom the sentence before told
                carried = previous_actor(resolver, tree, s_index - 1, candidate.sources)
                if carried is not None:
                    candidate.targets = [carried]
            for source, target in pairs(candidate, root):
                if target is None and not unnamed_opponent(tree, trigger, source, doc):
                    continue  # an act with no one on the other side is rarely an event
                if source.name == UNKNOWN_ASSAILANTS and source.entity < 0 and not known_victim(target, doc):
                    continue
                if code in LOW_PRIORITY and target.country == source.country and whole_side(target, doc):
                    continue  # 'Каллас напомнила, что Евросоюз приостановил ...': telling of one's own side
                if code == "173" and trigger.predicate.lemma in HELD_LEMMAS \
                        and not (target.entity >= 0 and doc.entities[target.entity].type == "PER"):
                    continue  # 'в тюрьмах находятся 74 босса мафии': who is held, unnamed, is a state of things
                if code == VISIT:
                    host = state_of(target, resolver) if target else None
                    if host is None or (source.country and host.country == source.country):
                        continue
                    if not political(source, doc) and "ELI" not in source.code:
                        continue  # a visit is a state's act or a former leader's: 'писатели прилетели в Барнаул' is not one
                    if said_as_demonym(doc, source):
                        continue  # 'россияне, которые будут приезжать в Турцию' are travellers, not their state
                    if source.entity < 0 and not source.country:
                        continue  # 'прибудут ветераны и руководители': no one's state visits
                    visit = make_event(VISIT, source, host, trigger, doc, tree, context, rule)
                    visit.location = place_named(resolver, target, trigger.token) or visit.location or host.name
                    hosted = make_event(HOST, host, source, trigger, doc, tree, context, rule + " +host")
                    hosted.location = visit.location
                    events.extend([visit, hosted])
                    if last_meeting is None or {a.country for a in last_meeting} != {source.country, host.country}:
                        last_meeting = (source, host)  # 'во время визита ... стороны подписали': visitor and host
                    continue
                if root == "04" and trigger.predicate.lemma == "встреча" and said_as_demonym(doc, source) \
                        and said_as_demonym(doc, target):
                    continue  # 'встреча россиян с канадцами' is a match
                if trigger.predicate.lemma in FIGHTS:
                    code = street_clash_code(source, target, trigger.predicate.cameo)
                # (this pair's own code: a court's verdict or a person captured does not recode the next pair)
                pair_code = verdict_code(source, captor_code(source, code, target, doc), trigger.predicate.lemma, doc)
                if pair_code.startswith(EXPULSION) and target is not None:
                    target = state_actor(target, resolver)  # diplomats are expelled from their state
                event = make_event(pair_code, source, target, trigger, doc, tree, context, rule)
                events.append(event)
                if root == "04" and target is not None and not (
                        pair_code == HOST and last_meeting
                        and {a.country for a in last_meeting} == {source.country, target.country}):
                    # (a welcome at the airport does not make the greeters the sides of the visit's talks)
                    last_meeting = (source, target)
                    meetings.append(last_meeting)
                    received = None
                if pair_code == HOST and target is not None:
                    received = (source, target)
            context.remember(events)
        for trigger, sources, verb, rule in settings:
            aimed = [e.target for e in events[first_event:] if e.trigger_start == tree.tokens[verb].start
                     and e.target is not None and any(same_actor(e.source, s) for s in sources)]
            if not aimed:  # 'сообщил депутату во время встречи' (a report the meeting outranks): whom it told
                aimed = [a for t in tree.kids(verb, "obj", "iobj", "obl") if tree.feats[t].get("Animacy") == "Anim"
                         and not tree.preposition(t) and tree.case(t) in ("Dat", "Acc")
                         for a in resolver.resolve(t) if person_like(a, doc)]
            for source in sources:
                for target in aimed:
                    if trigger.predicate.cameo == VISIT:  # 'в ходе визита обсудил с коллегой': a visit is to his state
                        target = state_actor(target, resolver)
                        if not target.country or target.country == source.country or any(
                                e.cameo == VISIT and same_actor(e.source, source) and e.target is not None
                                for e in events):
                            continue  # (a visit told already is not told again, nor sent elsewhere by whom he met there)
                    if not same_actor(source, target):
                        events.append(make_event(trigger.predicate.cameo, source, target, trigger, doc, tree,
                                                 context, rule + " +setting"))
    doc.events = deduplicate(drop_general_intents(drop_less_specific(apply_conventions(events, doc), doc)))
    return doc
