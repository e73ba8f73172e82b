"""Descriptions to the named actors they stand for: 'дипломат', 'глава государства',
'представители коалиции', 'правоцентристы', 'семья Манделы'.

A reader resolves a common noun to the most recent compatible actor the text has
named: a person noun to a person of the same gender, country and office; a bare
body noun to the fuller phrase with the same head said before; a member noun
('правоцентристы') to the body its adjective named ('правоцентристская коалиция')."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..doc import Actor, Entity, Mention
from ..entities.gazetteer import Role, load_morph
from ..entities.inflect import genitive, nominative_phrase, person_genitive
from ..entities.resolve import POLITICAL_ROLES, actor_code

if TYPE_CHECKING:
    from .actors import ActorResolver
    from .syntax import Tree

# How far back a description looks for its antecedent, in sentences.
WINDOW_SENTENCES = 4
# Words that make an office a former one: 'бывший президент', 'экс-премьер', 'свергнутый лидер'.
FORMER_WORDS = ("бывш", "экс-", "свергнут", "прежн")
# Person nouns that relate someone to another person rather than describe the actor.
KINSHIP = {"сын", "дочь", "жена", "муж", "мать", "отец", "брат", "сестра", "вдова", "внук", "внучка",
           "супруг", "супруга", "родственник", "родственница", "наследник", "наследница", "преемник"}
# Determiners that make a noun indefinite: 'один из дипломатов', 'другой министр'.
INDEFINITE = {"один", "другой", "некий", "какой-то", "каждый", "любой", "некоторый", "всякий", "иной"}
DEMONSTRATIVES = {"этот", "тот", "данный", "упомянутый"}
QUOTES = {"«", "»", '"', "„", "“", "”"}
# Heads that name a person through an office of something: 'глава ведомства'.
HEAD_WORDS = {"глава", "руководитель", "лидер", "начальник", "директор", "председатель"}
HEAD_OF_STATE = ("президент", "король", "королева", "эмир", "султан", "монарх", "глава государства")
HEAD_OF_GOVERNMENT = ("премьер", "канцлер", "глава правительства")
HEAD_PHRASES = {"глава государство", "глава правительство", "глава государства", "глава правительства"}
# Nouns for one's opposite number, which name someone once a state's adjective says whose:
# 'поблагодарил таджикского коллегу'.
COUNTERPARTS = {"коллега", "визави", "партнер", "партнёр"}
# Collective nouns that name a body once the text has said which one.
COLLECTIVES = {"коалиция", "партия", "блок", "альянс", "оппозиция", "организация", "ведомство",
               "министерство", "форум", "союз", "фракция", "движение", "объединение", "группировка",
               "служба", "комитет", "совет", "миссия"}
# Collective nouns that any named organisation of the text may be ('члены организации').
ORG_HYPERNYMS = {"организация", "ведомство", "миссия"}
# hypernyms that stand only for an international organisation ('миссия' of observers, of the UN)
INTERNATIONAL_HYPERNYMS = {"организация", "миссия"}
# hypernyms that stand for the armed group the text named last
ARMED_GROUP_HYPERNYMS = {"группировка"}
# Heads of a group that is defined by a person or body and is not that actor:
# 'семья Манделы', 'сторонники ИГ'.
GROUP_HEADS = {"семья", "сторонник", "родственник", "последователь", "приверженец", "окружение",
               # kin and counsel of a named person speak for themselves, not as that person
               "адвокат", "защитник", "родитель", "жена", "муж", "вдова", "сын", "дочь", "мать", "отец",
               "брат", "сестра",
               # and so do those set against one: 'критик Рахмона' is not Рахмон
               "критик", "противник", "оппонент", "соперник"}
# of them, those whose person a description may name ('сторонники экс-президента'); kin are
# named by their own names ('с матерью девушки Яффой Иссахар')
FOLLOWERS = {"сторонник", "последователь", "приверженец", "окружение", "адвокат", "защитник",
             "критик", "противник", "оппонент", "соперник"}
# people of an organisation that is no body of a state, who as a group go by it: 'члены ОНК',
# 'сотрудники «Аль-Джазиры»', 'активисты Народной партии'
MEMBERS = {"член", "депутат", "сотрудник", "активист", "функционер"}
STATE_BODY_ROLES = ("GOV", "JUD", "COP", "LEG", "MIL", "SPY")
# Institutions named after a person, which are not that person: 'фонд Фридриха Эберта'.
NAMED_AFTER = {"фонд", "институт", "центр", "университет", "музей", "библиотека", "академия", "премия",
               "школа", "театр"}


def state_body(resolver: ActorResolver, token: int) -> bool:
    """The organisation named at the token is a body of a state: its word is one ('МВД'), or its
    actor code is its state's and a state role ('RUSSPY', 'BLRGOVCOP')."""
    role = resolver.gazetteer.match_role([resolver.tree.tokens[token].lemma])
    if role is not None and role.kind == "body" and role.role.startswith(STATE_BODY_ROLES):
        return True  # 'МВД', 'полиция', whichever state's
    actor = resolver.resolve_one(token)
    return actor is not None and bool(actor.country) and actor.code[len(actor.country):].startswith(STATE_BODY_ROLES)


def lemma_of(word: str) -> str:
    parses = load_morph().parse(word)
    return parses[0].normal_form if parses else word.lower()


def office_roles(resolver: ActorResolver, entity: Entity) -> list[Role]:
    """The person roles an entity's offices name ('премьер-министр РФ' -> премьер-министр)."""
    roles = []
    for office in entity.offices:
        words = office.split()
        if words and words[0].lower().startswith(FORMER_WORDS) and len(words) > 1:
            words = words[1:]  # 'бывший премьер-министр' held the office of 'премьер-министр'
        role = resolver.gazetteer.match_role([lemma_of(w) for w in words[:4]])
        if role is not None and role.kind == "person":
            roles.append(role)
    return roles


def bare_office(word: str) -> str:
    return word.removeprefix("бывший ").removeprefix("экс-")


def office_fits(resolver: ActorResolver, wanted: Role | None, phrase: str, entity: Entity) -> bool:
    """Whether a person with these offices can be the one the description names."""
    if wanted is None:
        return True
    held = office_roles(resolver, entity)
    if not held:
        # an office the text never gave: a head of some body or a low-rank role may be
        # anyone; 'президент', 'генсек', 'глава государства' must be someone who holds it, and
        # so must a judge, prosecutor or lawyer (in a story of a trial the named one is the accused)
        if wanted.role.startswith("JUD"):
            return False
        return wanted.rank >= 3 or (wanted.word in HEAD_WORDS and phrase not in HEAD_PHRASES)
    words = [bare_office(r.word) for r in held]
    if wanted.word == "глава государства" or phrase == "глава государства":
        return any(w.startswith(HEAD_OF_STATE) for w in words)
    if wanted.word == "глава правительства":
        return any(w.startswith(HEAD_OF_GOVERNMENT) for w in words)
    if wanted.word in HEAD_WORDS:
        # the head of some body: any office, but of the body it names ('глава таможни' is no
        # spokesman of the foreign ministry)
        body = resolver.gazetteer.match_role(phrase.split()[1:2])
        return body is None or body.kind != "body" or any(r.role == body.role for r in held)
    # a low-rank role ('дипломат') fits any office of its kind ('посол' is a diplomat too);
    # 'экс-президент' fits 'бывший президент'
    want = bare_office(wanted.word)
    return any(w.startswith(want) or want.startswith(w)
               or (wanted.rank >= 3 and r.role == wanted.role) for w, r in zip(words, held))


def clause_of(resolver: ActorResolver, token: int) -> int:
    """The verb (or root) a token's clause hangs on."""
    tokens = resolver.tree.tokens
    node, steps = token, 0
    while node >= 0 and steps < 12:
        if tokens[node].pos in ("VERB", "AUX") or tokens[node].head < 0:
            return node
        node = tokens[node].head
        steps += 1
    return node


def description_country(resolver: ActorResolver, token: int) -> str | None:
    """The state a description names for itself: 'российский дипломат'."""
    tree = resolver.tree
    for child in tree.kids(token, "amod", "nmod"):
        mention = resolver.mention_of.get(child)
        if mention is not None and mention.type == "GPE" and mention.entity >= 0:
            country = resolver.entity(mention).country
            if country and not country.startswith(("IGO:", "NSA:")):
                return country
    return None


def political_role(resolver: ActorResolver, lemma: str) -> Role | None:
    """The lexicon's person role for a word when it is a state's or an armed group's
    office ('дипломат', 'президент'); 'бизнесмен' or 'журналист' name no one in particular."""
    role = resolver.gazetteer.match_role([lemma.removeprefix("экс-")])  # 'экс-президент' held the office
    if role is None or role.kind != "person" or not role.role.startswith(POLITICAL_ROLES):
        return None
    return role


def morph_says(word: str, grammeme: str) -> bool:
    """Every noun reading of the word has the grammeme: 'шпионку' is singular and
    feminine whatever the tagger guessed."""
    nouns = [p.tag for p in load_morph().parse(word) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(grammeme in tag.grammemes for tag in nouns)


def labelled(resolver: ActorResolver, token: int) -> bool:
    """The word stands in quotation marks: a label the text puts on someone it named."""
    tokens = resolver.tree.tokens
    before = tokens[token - 1].text if token > 0 else ""
    after = tokens[token + 1].text if token + 1 < len(tokens) else ""
    return before in QUOTES and after in QUOTES


def introduced_person(resolver: ActorResolver, token: int) -> Actor | None:
    """'Журналист Абдиазис Абдинур был арестован. ... суд освободил журналиста': a singular
    noun the text earlier put right before one person's name is that person."""
    tree = resolver.tree
    tok = tree.tokens[token]
    if tok.pos != "NOUN" or tree.feats[token].get("Number") == "Plur" or tree.kids(token, "nmod", "appos", "flat:name"):
        return None
    people = {entity for at, entity in resolver.introductions.get(tok.lemma, []) if at < token - 1}
    if len(people) != 1:
        return None
    entity = resolver.doc.entities[people.pop()]
    return Actor(entity.name, entity.country, entity.code, entity.id, tok.start, tok.stop)


def noun_lemma(lemma: str) -> bool:
    """The dictionary's first reading of the lemma is a noun."""
    parses = load_morph().parse(lemma)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def is_description(resolver: ActorResolver, token: int) -> bool:
    """A singular definite person noun that names no one inside itself."""
    tree = resolver.tree
    tok = tree.tokens[token]
    feats = tree.feats[token]
    if tok.pos != "NOUN" or (feats.get("Number") != "Sing" and not morph_says(tok.text, "sing")):
        return False
    if tok.lemma in KINSHIP or "VerbForm" in feats or not noun_lemma(tok.lemma):
        return False  # 'умерший', 'знакомый': a participle or adjective used as a noun
    role = political_role(resolver, tok.lemma)
    if feats.get("Animacy") != "Anim" and role is None:
        return False
    if role is None and not (labelled(resolver, token) or any(
            tree.tokens[c].lemma in DEMONSTRATIVES for c in tree.kids(token, "det", "amod"))
            or (tok.lemma in COUNTERPARTS and description_country(resolver, token))):
        # an occupation the lexicon does not know ('бизнесмен') is someone new unless the
        # text points back at a known person: 'этот бизнесмен', '«шпионку»'
        return False
    for child in tree.children.get(token, []):
        child_tok = tree.tokens[child]
        if child_tok.lemma in INDEFINITE or child_tok.rel == "nummod":
            return False
        if child_tok.rel in ("nmod", "appos", "flat", "flat:name"):
            mention = resolver.mention_of.get(child)
            if mention is not None and mention.kind not in ("adjective", "demonym"):
                return False  # 'глава МИД Азербайджана': the named body decides
            if tok.lemma in HEAD_WORDS and child_tok.pos == "NOUN":
                continue  # 'глава ведомства', 'глава государства'
            if child_tok.pos in ("NOUN", "PROPN"):
                return False  # 'член партии': a member, not one named person
    return True


def person_antecedent(resolver: ActorResolver, token: int, exclude_generic: set[str],
                      excluded: set[str]) -> Actor | None:
    """'дипломат', 'российский дипломат', 'глава государства', 'шпионка' -> the most
    recent named person before it of the same gender, country and office."""
    tree = resolver.tree
    tok = tree.tokens[token]
    if tok.lemma in excluded or tok.lemma in exclude_generic and tok.lemma not in HEAD_WORDS:
        return None
    if not is_description(resolver, token):
        return None
    lemmas = [tok.lemma] + [tree.tokens[t].lemma for t in range(token + 1, min(token + 3, len(tree.tokens)))
                            if tree.tokens[t].head == token]
    wanted = resolver.gazetteer.match_role(lemmas) if political_role(resolver, tok.lemma) else None
    phrase = " ".join(lemmas[:2])
    if tok.lemma in HEAD_WORDS and wanted is not None and wanted.word not in ("глава государства",
                                                                            "глава правительства"):
        wanted = resolver.gazetteer.match_role([tok.lemma])
    country = description_country(resolver, token)
    fitting = fitting_people(resolver, token, wanted, phrase, country, tok.sentence - WINDOW_SENTENCES)
    if not fitting and wanted is not None and wanted.rank == 1:
        # 'Президент раскритиковал ...' many sentences after 'президент Казахстана Токаев': a head
        # of state or government is the one person the text gave that office, however far back
        held = [(first, actor) for first, actor in fitting_people(resolver, token, wanted, phrase, country, 0)
                if office_roles(resolver, resolver.doc.entities[actor.entity])]
        if len({actor.entity for _, actor in held}) == 1:
            fitting = held
    if not fitting:
        return None
    if former_description(tree, token):
        # 'бывший президент': whom the text calls former, else the nearest
        return next((actor for _, actor in fitting
                     if any(w in o.lower() for o in resolver.doc.entities[actor.entity].offices for w in FORMER_WORDS)),
                    fitting[0][1])
    # 'Асад направил телеграмму Рухани. ... глава государства поздравил': of the people the
    # description fits, the one last told as a subject, as for a pronoun
    return next((actor for first, actor in fitting if resolver.is_subject(first)), fitting[0][1])


def office_said_before(resolver: ActorResolver, token: int) -> Actor | None:
    """'Пресс-секретарь президента России ... Президент выразил соболезнования': a head of
    state or government the text never names is the office of the state it gave that office
    before ('президент России'), when it gave it one state only."""
    tree = resolver.tree
    tok = tree.tokens[token]
    role = political_role(resolver, tok.lemma)
    if role is None or role.rank != 1 or description_country(resolver, token) or not is_description(resolver, token):
        return None
    states = set()
    for t in range(token):
        if tree.tokens[t].lemma != tok.lemma:
            continue
        for child in tree.kids(t, "amod", "nmod"):
            mention = resolver.mention_of.get(child)
            if mention is not None and mention.type == "GPE" and mention.entity >= 0 and not tree.preposition(child):
                country = resolver.entity(mention).country
                if country and country in resolver.gazetteer.countries:
                    states.add(country)
    if len(states) != 1:
        return None
    country = states.pop()
    return Actor(f"{tok.lemma} {resolver.of_state(country)}", country, actor_code(country, role.role, resolver.gazetteer),
                 -1, tok.start, tok.stop)


def fitting_people(resolver: ActorResolver, token: int, wanted: Role | None, phrase: str, country: str | None,
                   first_sentence: int) -> list[tuple[int, Actor]]:
    """The named people from `first_sentence` up to a description that it may stand for,
    nearest first, each with the token its mention starts at."""
    tree = resolver.tree
    tok = tree.tokens[token]
    female = tree.feats[token].get("Gender") == "Fem" or morph_says(tok.text, "femn")
    own_clause = clause_of(resolver, token)
    candidates: list[Mention] = [m for m in resolver.doc.mentions
                                 if m.type == "PER" and m.kind == "name" and m.entity >= 0
                                 and m.stop <= tok.start]
    fitting: list[tuple[int, Actor]] = []
    for mention in reversed(candidates):
        first = resolver.tree.index.at(mention.start)
        if first < 0:
            continue
        if tree.tokens[first].sentence < first_sentence:
            break
        if tree.tokens[first].sentence == tok.sentence and clause_of(resolver, first) == own_clause:
            continue  # 'Путин встретился с президентом': not himself
        entity = resolver.entity(mention)
        if female and tree.feats[first].get("Gender") == "Masc":
            continue
        if country and entity.country and entity.country != country \
                and not entity.country.startswith(("IGO:", "NSA:")):
            continue
        if not office_fits(resolver, wanted, phrase, entity):
            continue
        own = country or entity.country
        if not country and own and own.startswith("IGO:") and wanted is not None and wanted.role.startswith("GOV"):
            own = None  # a state's official posted to an organisation: the description keeps the state open
        role = wanted.role if wanted else ""
        code = entity.code if own == entity.country and entity.code else actor_code(own, role, resolver.gazetteer)
        fitting.append((first, Actor(entity.name, own, code, entity.id, tok.start, tok.stop)))
    return fitting


def former_description(tree: Tree, token: int) -> bool:
    """'бывший президент', 'экс-президент', 'свергнутый лидер'."""
    words = [tree.tokens[token].text.lower()] + [tree.tokens[c].text.lower() for c in tree.kids(token, "amod")]
    return any(w.startswith(FORMER_WORDS) for w in words)


def noun_phrase_name(resolver: ActorResolver, token: int) -> str:
    """'правящая правоцентристская коалиция' -> 'правоцентристская коалиция': the head and
    its descriptive adjectives (not participles or evaluative words), in the nominative."""
    tree = resolver.tree
    keep = [token] + [c for c in tree.kids(token, "amod") if c < token and tree.tokens[c].pos == "ADJ"
                      and "VerbForm" not in tree.feats[c]]
    keep = sorted(keep)
    # only the adjectives right before the head
    run = [token]
    for t in reversed(keep[:-1]):
        if t == run[0] - 1:
            run.insert(0, t)
    name = nominative_phrase([tree.tokens[t] for t in run])
    return name[:1].lower() + name[1:] if not name.split()[0].isupper() else name


def body_antecedent(resolver: ActorResolver, token: int) -> Actor | None:
    """'коалиция', 'организация' with nothing to say which -> the body said before:
    the same noun with its adjectives, or (for 'организация') the last named organisation."""
    tree = resolver.tree
    tok = tree.tokens[token]
    if tok.pos != "NOUN" or tok.lemma not in COLLECTIVES:
        return None
    for child in tree.children.get(token, []):
        child_tok = tree.tokens[child]
        if child_tok.rel in ("amod", "nmod", "appos", "flat", "flat:name") and child_tok.lemma not in (
                "этот", "тот", "данный", "весь") and not tree.preposition(child):
            return None  # it says which body itself ('в Дохе' only says where)
    first_sentence = tok.sentence - WINDOW_SENTENCES
    for t in range(token - 1, -1, -1):
        prev = tree.tokens[t]
        if prev.sentence < first_sentence:
            break
        if prev.lemma == tok.lemma and prev.pos == "NOUN" and any(
                tree.tokens[c].pos == "ADJ" and "VerbForm" not in tree.feats[c] and c == t - 1
                for c in tree.kids(t, "amod")):
            return group_from(resolver, t, noun_phrase_name(resolver, t))
    if tok.lemma in ORG_HYPERNYMS:
        entity = salient_organisation(resolver, token)
        if entity is not None:
            return Actor(entity.name, entity.country, entity.code, entity.id, tok.start, tok.stop)
    if tok.lemma in ARMED_GROUP_HYPERNYMS:  # 'удары по «Хезболле» ... боевики группировки': the armed group said last
        for mention in reversed(resolver.doc.mentions):
            if mention.stop > tok.start or mention.entity < 0:
                continue
            if mention.start < resolver.doc.sentences[max(first_sentence, 0)].start:
                break
            entity = resolver.entity(mention)
            if (entity.country or "").startswith("NSA:"):
                return Actor(entity.name, entity.country, entity.code, entity.id, tok.start, tok.stop)
    return None


def same_noun_before(tree: Tree, token: int) -> Iterator[int]:
    """The earlier tokens of the same lemma, nearest first, within the sentences a description reaches."""
    first_sentence = tree.tokens[token].sentence - WINDOW_SENTENCES
    for t in range(token - 1, -1, -1):
        if tree.tokens[t].sentence < first_sentence:
            return
        if tree.tokens[t].lemma == tree.tokens[token].lemma:
            yield t


def group_said_before(resolver: ActorResolver, token: int) -> Actor | None:
    """'ЦИК отвергла выводы наблюдателей' after 'Миссия наблюдателей ОБСЕ': a bare plural group is
    the same group the text named shortly before with whose it is (one owner, not 'пограничники
    Таджикистана и Киргизии')."""
    tree = resolver.tree
    tok = tree.tokens[token]
    if tok.pos != "NOUN" or tree.feats[token].get("Animacy") != "Anim" or tree.feats[token].get("Number") != "Plur" \
            or tree.kids(token, "amod", "nmod", "appos", "det", "flat", "flat:name"):
        return None
    for t in same_noun_before(tree, token):
        if tree.feats[t].get("Number") != "Plur":
            continue  # ('министры' are not the one 'министр России' said before)
        owners = [c for c in tree.kids(t, "nmod") if tree.case(c) == "Gen" and not tree.preposition(c)
                  and (m := resolver.mention_of.get(c)) is not None and m.type in ("ORG", "GPE")
                  and m.kind not in ("adjective", "demonym")]
        if len(owners) == 1 and not tree.kids(owners[0], "conj"):
            actor = resolver.resolve_one(t)
            return replace(actor, start=tok.start, stop=tok.stop) if actor is not None else None
    return None


# things whose owner in the genitive is their author: 'доклад миссии', 'решение суда'
AUTHORED = {"доклад", "отчет", "решение", "резолюция", "приговор", "вывод", "заявление", "указ", "постановление"}


def author_said_before(resolver: ActorResolver, token: int) -> Actor | None:
    """'Панахов назвал доклад «предвзятым»' after 'В докладе миссии отмечается': a bare document is the
    one the text named shortly before with its author, who answers for it."""
    tree = resolver.tree
    tok = tree.tokens[token]
    if tok.lemma not in AUTHORED or tree.kids(token, "amod", "nmod", "appos", "det", "acl", "acl:relcl") \
            or tok.rel not in ("obj", "nsubj", "nsubj:pass"):  # ('в заявлении говорится' names no one)
        return None
    for t in same_noun_before(tree, token):
        authors = [c for c in tree.kids(t, "nmod") if tree.case(c) == "Gen" and not tree.preposition(c)]
        if len(authors) == 1 and not tree.kids(authors[0], "conj"):
            actor = resolver.resolve_one(authors[0])
            return replace(actor, start=tok.start, stop=tok.stop) if actor is not None else None
        return None  # the nearest mention says whose it is, or it does not
    return None


def salient_organisation(resolver: ActorResolver, token: int) -> Entity | None:
    """The organisation the text is about so far: the one named most often before
    `token` (the latest on a tie). 'организация' and 'миссия' stand
    only for an international one, 'ведомство' only for a state's."""
    tree = resolver.tree
    tok = tree.tokens[token]
    counts: dict[str, int] = {}     # by the body's code: 'ФСЭГ' and its full name are one
    recent: dict[str, tuple[int, int]] = {}
    for mention in resolver.doc.mentions:
        if mention.stop > tok.start:
            break
        if mention.type != "ORG" or mention.entity < 0 or mention.kind in ("office", "adjective"):
            continue
        entity = resolver.entity(mention)
        international = (entity.country or "").startswith("IGO:")
        if international != (tok.lemma in INTERNATIONAL_HYPERNYMS):
            continue
        key = entity.country if international else entity.key or str(entity.id)
        counts[key] = counts.get(key, 0) + 1
        recent[key] = (mention.start, entity.id)
    if not recent:
        return None
    best = max(recent, key=lambda k: (counts[k], recent[k][0]))
    return resolver.doc.entities[recent[best][1]]


def group_from(resolver: ActorResolver, token: int, name: str) -> Actor:
    """An actor named by a phrase, with the state it names when it names one."""
    tree = resolver.tree
    country = None
    for t in tree.subtree(token):
        mention = resolver.mention_of.get(t)
        if mention is not None and mention.type in ("GPE", "ORG") and mention.entity >= 0 and t != token:
            country = resolver.entity(mention).country
            if country:
                break
    role = resolver.gazetteer.match_role([tree.tokens[token].lemma])
    tok = tree.tokens[token]
    return Actor(name, country, actor_code(country, role.role if role else "", resolver.gazetteer), -1,
                 tok.start, tok.stop)


def shares_stem(member: str, adjective: str) -> bool:
    """'правоцентрист' / 'правоцентристский', 'коммунист' / 'коммунистический',
    'консерватор' / 'консервативный': one word stem, at least six letters."""
    stem = member[:-2] if len(member) > 8 else member[:-1]
    return len(stem) >= 6 and adjective.startswith(stem)


def member_body(resolver: ActorResolver, token: int) -> Actor | None:
    """'правоцентристы' -> 'правоцентристская коалиция', 'коммунисты' -> the communist
    party named before: members stand for the body their adjective named."""
    tree = resolver.tree
    tok = tree.tokens[token]
    if tok.pos != "NOUN" or tree.feats[token].get("Number") != "Plur" \
            or tree.feats[token].get("Animacy") != "Anim":
        return None
    if resolver.gazetteer.match_role([tok.lemma]) is not None:
        return None  # 'министры', 'повстанцы' are what they are
    for t in range(token - 1, -1, -1):
        prev = tree.tokens[t]
        if prev.pos != "ADJ" or not shares_stem(tok.lemma, prev.lemma):
            continue
        head = prev.head
        if head < 0 or tree.tokens[head].lemma not in COLLECTIVES:
            continue
        mention = resolver.mention_of.get(head) or resolver.mention_of.get(t)
        if mention is not None and mention.type == "ORG" and mention.entity >= 0:
            entity = resolver.entity(mention)
            return Actor(entity.name, entity.country, entity.code, entity.id, tok.start, tok.stop)
        actor = group_from(resolver, head, noun_phrase_name(resolver, head))
        return Actor(actor.name, actor.country, actor.code, -1, tok.start, tok.stop)
    return None


def group_of(resolver: ActorResolver, token: int) -> Actor | None:
    """'семья Нельсона Манделы', 'семьей Манделы', 'сторонники ИГ': a group defined by
    a named actor, named with that actor's full name in the genitive."""
    tree = resolver.tree
    tok = tree.tokens[token]
    members = tok.lemma in MEMBERS and tree.feats[token].get("Number") == "Plur"
    if tok.pos != "NOUN" or (tok.lemma not in GROUP_HEADS | NAMED_AFTER and not members):
        return None
    if tok.lemma in NAMED_AFTER and resolver.mention_of.get(token) is not None:
        return None  # the name of the institution is known whole ('Театр Армена Джигарханяна')
    # (a person 'in apposition' to an institution is whom it is named after: 'фонда Фридриха Эберта')
    for child in tree.kids(token, "nmod", *(("appos",) if tok.lemma in NAMED_AFTER else ())):
        if tree.preposition(child) or tree.case(child) not in ("Gen", "Acc"):
            continue  # (a bare nmod tagged accusative is a genitive: 'противника Владимира Путина')
        mention = resolver.mention_of.get(child)
        described = resolver.resolve_one(child) if (mention is None or mention.kind == "office") \
            and tok.lemma in FOLLOWERS \
            and not tree.kids(token, "appos", "flat:name") else None
        if described is not None and described.entity >= 0 and resolver.doc.entities[described.entity].type == "PER":
            # 'сторонники экс-президента': of the person the description is
            entity, stop = resolver.doc.entities[described.entity], tree.tokens[child].stop
        elif mention is None or mention.entity < 0 or mention.type not in ("PER", "ORG") \
                or mention.kind in ("adjective", "demonym", "office") \
                or (members and (mention.type != "ORG" or state_body(resolver, child))):
            continue  # ('сотрудники ФСБ' act as the service: the body is the actor)
        else:
            entity, stop = resolver.entity(mention), mention.stop
        if members:
            # the organisation as the text gives it, already in the genitive ('сотрудников МВД Белоруссии')
            words_of = [t for t in tree.subtree(child) if t <= child + 4 and tree.tokens[t].pos != "PUNCT"]
            owner = resolver.doc.text[tree.tokens[words_of[0]].start:tree.tokens[words_of[-1]].stop]
            entity = replace(entity, country=entity.country or getattr(resolver.resolve_one(child), "country", None))
        elif entity.type == "PER":
            owner = person_genitive(entity.name)
        else:
            owner = entity.name if entity.name.isupper() or mention.kind == "acronym" else genitive(entity.name)
        head = [t for t in tree.kids(token, "amod") if t < token and tree.tokens[t].pos == "ADJ"] + [token]
        words = nominative_phrase([tree.tokens[t] for t in sorted(head)])
        words = words[:1].lower() + words[1:]
        role = resolver.gazetteer.match_role([tok.lemma])
        country = entity.country
        if tok.lemma in NAMED_AFTER:  # 'немецкий фонд Фридриха Эберта' is of the state its adjective names
            country = description_country(resolver, token)
        return Actor(f"{words} {owner}", country,
                     actor_code(country, role.role if role else "", resolver.gazetteer), -1, tok.start, stop)
    return None
