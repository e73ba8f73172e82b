"""Who acts and on whom: the source and target tokens of a trigger in the parse."""
from __future__ import annotations

import functools

from ..entities.gazetteer import load_morph
from .actors import POSSESSIVE_PRONOUNS
from .bodies import STATES_BY_NAME
from .cameo import predicates_by_lemma
from .syntax import Tree
from .triggers import Trigger, antecedents

# verbs whose object is also the subject of their infinitive: 'пригласил X посетить'
OBJECT_CONTROL = {"пригласить", "приглашать", "призвать", "призывать", "попросить", "просить", "убедить",
                  "убеждать", "заставить", "вынудить", "обязать", "поручить", "разрешить", "позволить"}
SUBJECT_RELS = ("nsubj",)
# verbs that carry a nominal act's meaning: 'провести переговоры', 'совершить визит'
SUPPORT_VERBS = {"провести", "проводить", "совершить", "совершать", "начать", "начинать", "продолжить",
                 "продолжать", "осуществить", "осуществлять", "находиться", "прибыть", "прибывать",
                 "принять", "принимать", "участвовать", "выступить", "выступать", "нанести", "наносить",
                 "предпринять", "организовать", "устроить", "ввести", "вводить", "объявить", "объявлять",
                 "выразить", "выражать", "направить", "направлять", "подписать", "подписывать", "вести",
                 "подтвердить", "подтверждать", "предоставить", "предоставлять", "оказать", "оказывать",
                 "выделить", "выделять", "заключить", "заключать", "достичь", "достигнуть", "достигать",
                 "сделать", "делать", "подвергнуть", "подвергать", "поднять", "поднимать", "возглавить", "идти",
                 "пойти", "вынести", "выносить", "назначить", "назначать", "передать", "передавать",
                 "отправить", "отправлять", "доставить", "доставлять", "подать", "подавать",
                 # resuming, ending, starting or widening an act is doing it: 'возобновили переговоры',
                 # 'развязала войну', 'инициировал расследование', 'продлил санкции'
                 "возобновить", "возобновлять", "завершить", "завершать", "инициировать", "развязать",
                 "развязывать", "продлить", "продлевать", "ужесточить", "ужесточать", "санкционировать",
                 "прекратить", "прекращать", "приостановить", "приостанавливать", "сократить", "сокращать",
                 # and so is setting about it or resorting to it: 'приступили к расследованию'
                 "приступить", "приступать", "прибегнуть", "прибегать", "перейти", "переходить"}
TEMPORAL_PREPOSITIONS = {"после", "до", "перед", "накануне", "во", "в", "во время", "в ходе", "в рамках",
                         "по итогам", "в течение", "в преддверии", "по окончании", "по завершении"}
# a nominal act given as the cause of the clause's own act is not done by its subject
CAUSE_PREPOSITIONS = {"в связи с", "из-за", "в ответ на", "по поводу", "по случаю", "в честь",
                      "несмотря на", "вопреки",   # nor one it goes against ('несмотря на критику ЕС')
                      "за"}   # nor one it is a penalty or thanks for ('санкции за помощь', 'поблагодарил за поддержку')
# going to a protest ('вышли на митинг') is holding it
PROTEST_GOING = {"выйти", "выходить", "собраться", "собираться", "прийти", "приходить"}
PROTEST_GATHERINGS = {"митинг", "пикет", "акция", "демонстрация", "шествие", "манифестация", "забастовка"}
# frames that put a nominal act into the clause's story: 'в ходе визита', 'по итогам переговоров'
FRAME_NOUNS = {"рамка", "ход", "время", "знак", "итог", "результат", "продолжение", "преддверие", "кануне", "завершение",
               "окончание", "начало", "период", "время", "после", "накануне"}
# nouns through which a verb's subject does what they hold ('подписал закон о введении моратория')
ACT_NOUNS = {"введение", "объявление", "подписание", "проведение", "продление", "закон", "указ", "решение",
             "постановление", "распоряжение", "приказ", "раунд", "серия", "цикл", "факт"}
HAPPEN_VERBS = {"состояться", "проходить", "пройти", "начаться", "начинаться", "завершиться", "завершаться",
                "продолжиться", "продлиться"}
# where an impersonal 'заявили' speaks from: 'в министерстве сообщили', not 'в начале года'
INSTITUTIONS = {"кремль", "мид", "министерство", "ведомство", "правительство", "администрация", "посольство",
                "консульство", "штаб", "парламент", "дума", "сенат", "совет", "суд", "прокуратура", "полиция",
                "комитет", "служба", "пресс-служба", "организация", "офис", "аппарат", "партия", "минобороны",
                "генштаб", "секретариат", "руководство", "командование", "представительство", "миссия"}
PASSIVE_SUBJECT_RELS = ("nsubj:pass",)
# a speaker's stance, stated with 'о' ('заявил о поддержке X'), and the verbs that state it
STANCE_NOUNS = {"поддержка", "осуждение", "солидарность", "несогласие", "озабоченность", "обеспокоенность"}
STATING_VERBS = {"заявить", "заявлять", "подтвердить", "подтверждать", "объявить", "объявлять", "говорить",
                 "сказать", "высказаться", "напомнить"}
# what a state does to its own laws: the participle's place names the state ('принятый в Грузии')
ADOPTING = {"принять", "принимать", "одобрить", "утвердить", "ввести", "вводить", "подписать"}
OBLIQUE_CASES = {"Dat", "Ins", "Loc"}   # the accusative of inanimate masculines looks nominative
# a nominal act's agent named by a compound preposition: 'критика со стороны оппозиции'
AGENT_PREPOSITIONS = {"со стороны", "с стороны"}
# bodies whose people act as they report it: 'полиция объявила, что застрелили преступника'
SPEAKING_FORCES = {"полиция", "милиция", "армия", "минобороны", "мвд", "фсб", "спецслужба", "прокуратура",
                   "следствие", "погранслужба", "нацгвардия", "росгвардия"}
# verbs whose subject undergoes the nominal act they govern: 'подвергся критике', 'подвергнут аресту'
UNDERGO_VERBS = {"подвергнуться", "подвергаться", "подвергнуть", "подвергать"}
# verbs of managing whose doer stands in the dative: 'полиции удалось задержать X'
SUCCESS_VERBS = {"удаться", "удаваться"}
# verbs whose subject receives the nominal act it holds from someone: 'получил помощь от МВФ'
RECEIVE_VERBS = {"получить", "получать"}
# 'решение вызвало критику со стороны X': the subject is what the act is aimed at
PROVOKE_VERBS = {"вызвать", "вызывать"}


def is_passive(tree: Tree, token: int) -> bool:
    feats = tree.feats[token]
    # (the tagger may call a rare active verb passive: 'экстрадировал'; a finite passive ends in -ся)
    if feats.get("Voice") == "Pass" and (feats.get("VerbForm") != "Fin" or tree.tokens[token].text.lower().endswith(("ся", "сь"))):
        return True
    return bool(tree.kids(token, "nsubj:pass", "aux:pass"))


def agent_of(tree: Tree, token: int) -> list[int]:
    """The instrumental agent of a passive ('одобренный парламентом')."""
    return [c for c in tree.kids(token, "obl", "obl:agent", "nmod")
            if tree.case(c) == "Ins" and not tree.preposition(c)] + agent_as_subject(tree, token)


def agent_as_subject(tree: Tree, token: int) -> list[int]:
    """'Лавров был принят Мирзиёевым': an instrumental after the passive that the parse took for
    a second subject beside a nominative one is its agent (the tagger reads many foreign names as
    instrumental, so one alone, or before the verb, is not)."""
    own = tree.kids(token, "nsubj:pass")
    if not any(tree.case(c) == "Nom" for c in own):
        return []
    return [c for c in own if c > token and tree.case(c) == "Ins" and not tree.preposition(c)]


def participle_noun(tree: Tree, token: int) -> int:
    """The noun a participle describes. A participle set off by a comma describes the phrase
    before the comma, even where the parse hangs it on a noun after it ('стал первым
    представителем США, посещающим Исламабад после ликвидации лидера ...')."""
    head = tree.tokens[token].head
    before = token - 1
    if head < token or before < 0 or tree.tokens[before].text != ",":
        return head
    noun = before - 1
    if noun < 0 or tree.tokens[noun].pos not in ("NOUN", "PROPN"):
        return head
    while 0 <= tree.tokens[noun].head < noun and tree.tokens[tree.tokens[noun].head].pos in ("NOUN", "PROPN"):
        noun = tree.tokens[noun].head  # 'представителем властей США': the phrase's head
    return noun


PLACE_RELATIVES = {"где", "куда"}
# texts whose words are their authors' act: 'резолюция, осуждающая X' condemns X
WRITTEN_ACTS = {"резолюция", "заявление", "декларация", "документ", "письмо", "обращение", "коммюнике",
                "меморандум", "послание", "доклад", "постановление", "указ"}


def subjects(tree: Tree, token: int, depth: int = 0) -> list[int]:
    """Subject tokens of a verbal trigger, inherited through coordination, control,
    participles and gerunds when the trigger has none of its own."""
    tok = tree.tokens[token]
    if is_passive(tree, token):
        found = agent_of(tree, token)
    else:
        stray = stray_nominatives(tree, token) + second_subject(tree, token)
        # a subject is nominative: 'проведёт встречу' with 'встречу' parsed as its subject has none
        found = [t for t in tree.kids(token, *SUBJECT_RELS) if t not in stray and not prepositional(tree, t)
                 and tree.case(t) not in OBLIQUE_CASES and not distinct_accusative(tree, t)]
        if len(found) > 1:  # 'представители группировок туарегов заключили': a genitive is not a second subject
            found = [t for t in found if tree.case(t) != "Gen" or tree.kids(t, "nummod", "nummod:gov")] or found
        marks = [m for m in tree.kids(token, "mark") if tree.tokens[m].lemma in ("что", "чтобы")]
        if len(found) > 1 and marks:
            # 'Служба сообщила, что военные открыли огонь': a noun before the clause's 'что' is the
            # main clause's subject, whatever the parse hung it on
            found = [t for t in found if t > marks[0]] or found
        found = inverted_subject(tree, token, found) or found or nominative_object(tree, token) \
            or counted_subject(tree, token) or institution_speaking(tree, token) or lent_subject(tree, token) \
            or buried_subject(tree, token)
        if (swap := numeral_swap(tree, token)) is not None:
            found = swap[0]
    if not found and tok.head < 0 and depth <= 3 and tree.feats[token].get("VerbForm") == "Fin":
        # 'Обама посетит саммит, проведёт встречу ...': a second root the parse left
        # unattached is a coordinated verb; it shares the first one's subject
        earlier = [t for t in tree.sentence_range(tok.sentence) if t < token and tree.tokens[t].head < 0
                   and tree.tokens[t].pos == "VERB"]
        if earlier:
            inherited = subjects(tree, earlier[-1], depth + 1)
            return [t for t in inherited if agrees(tree, token, t)]
    if not found and depth == 0 and tok.head < 0:
        found = carried_subject(tree, token)
    if found or depth > 3 or tok.head < 0:
        return found
    if is_passive(tree, token) and tok.rel == "conj" and not is_passive(tree, tok.head):
        return []  # 'X отбывает срок, и ему предъявлены обвинения': X did not charge himself
    head = tok.head
    verb_form = tree.feats[token].get("VerbForm")
    if tok.rel == "xcomp":
        if tree.tokens[head].lemma in OBJECT_CONTROL:
            return tree.kids(head, "obj") or raised_object(tree, head) or subjects(tree, head, depth + 1)
        return subjects(tree, head, depth + 1)
    if tok.rel in ("acl", "amod") and verb_form == "Part" and not is_passive(tree, token):
        noun = participle_noun(tree, token)
        if tree.tokens[noun].lemma in WRITTEN_ACTS and tree.tokens[noun].rel == "obj" and tree.tokens[noun].head >= 0:
            # 'Совбез принял резолюцию, осуждающую ...': who adopted the text says it
            return subjects(tree, tree.tokens[noun].head, depth + 1)
        return [noun]  # 'Пашинян, подписавший декларацию'
    if tok.rel == "acl:relcl":
        if any(tree.tokens[k].lemma in PLACE_RELATIVES for k in tree.kids(token, "advmod")) \
                or setting_relative(tree, token):
            # 'посетил Баку, где встретился с Алиевым', 'провёл совещание, на котором раскритиковал':
            # who came to the place or held the meeting it tells of
            verb = head
            while verb >= 0 and tree.tokens[verb].pos != "VERB" and tree.tokens[verb].rel not in ("root", "conj"):
                verb = tree.tokens[verb].head
            if verb >= 0 and tree.tokens[verb].pos == "VERB":
                return [t for t in subjects(tree, verb, depth + 1) if agrees(tree, token, t)]
        return []
    if verb_form == "Inf" and tok.rel in ("nmod", "acl") and tree.tokens[head].pos == "NOUN":
        # 'решение президента отказаться': whose decision it is acts
        own = [c for c in tree.kids(head, "nmod") if c < token and tree.case(c) == "Gen" and not tree.preposition(c)
               and (tree.feats[c].get("Animacy") == "Anim" or tree.tokens[c].pos == "PROPN"
                    or tree.tokens[c].lemma in INSTITUTIONS)]  # 'решение правительства приостановить'
        if own:
            return own[:1]
    if verb_form == "Inf" and tok.rel in ("nmod", "acl") and tree.tokens[head].pos == "NOUN" \
            and tree.tokens[head].head >= 0 and tree.tokens[head].rel in ("obj", "obl", "nmod"):
        return subjects(tree, tree.tokens[head].head, depth + 1)  # 'заявил о готовности обсуждать'
    if tok.rel == "ccomp" and is_passive(tree, token):
        return []  # 'РБК напоминает, что X была задержана': the speaker did not arrest X
    if tok.rel == "conj" and verb_form == "Fin" and tree.feats[head].get("VerbForm") == "Inf":
        # 'призвала граждан экономить и поблагодарила Румынию': the finite verb is coordinated with the
        # finite verb above the infinitive the parse joined it to
        while head >= 0 and tree.feats[head].get("VerbForm") == "Inf" and tree.tokens[head].rel in ("xcomp", "conj"):
            head = tree.tokens[head].head
        if head < 0:
            return []
    if tok.rel in ("conj", "advcl", "parataxis", "ccomp") or verb_form == "Conv":
        inherited = subjects(tree, head, depth + 1)  # 'ODS заявила, что не поддержит ...'
        if verb_form == "Fin" and not any(agrees(tree, token, t) for t in inherited):
            if tok.rel == "ccomp" and tree.feats[token].get("Number") == "Plur" \
                    and any(tree.tokens[t].lemma in SPEAKING_FORCES for t in inherited):
                return inherited  # 'полиция объявила, что застрелили преступника': its officers did
            return []  # 'министр заявил, что его критиковали': a plural with no subject names no one
        return inherited
    return []


# gatherings a clause can tell what happened at ('совещание, на котором ...')
SETTINGS = {"совещание", "заседание", "встреча", "переговоры", "визит", "саммит", "конференция", "пресс-конференция",
            "брифинг", "форум", "съезд", "сессия", "выступление", "беседа", "церемония", "поездка", "турне"}


def setting_relative(tree: Tree, token: int) -> bool:
    """'совещание, на котором раскритиковал', 'визит, в ходе которого подписал': a clause whose
    'который', under a preposition, is the gathering it hangs on tells what its holder did there
    ('тюрьма, в которой находился' does not)."""
    which = [k for k in tree.kids(token, "obl", "nmod") if tree.tokens[k].lemma == "который" and prepositional(tree, k)]
    if not which:
        return False
    # the parse hangs the clause on the nearest noun ('совещание с членами правительства, на котором'):
    # the gathering is the noun above it that 'который' agrees with
    noun, hops = tree.tokens[token].head, 0
    while noun >= 0 and tree.tokens[noun].pos == "NOUN" and hops < 3:
        if tree.tokens[noun].lemma in SETTINGS and all(
                tree.feats[noun].get(f) == tree.feats[which[0]].get(f) for f in ("Number", "Gender")
                if tree.feats[which[0]].get(f)):
            return True
        noun, hops = tree.tokens[noun].head, hops + 1
    return False


def prepositional(tree: Tree, token: int) -> bool:
    """The token is governed by a preposition ('за убийство'; not 'как' in 'организации, как HRW')."""
    return any(tree.tokens[c].pos == "ADP" for c in tree.kids(token, "case"))


@functools.cache
def plural_nominative(word: str) -> bool:
    """The word form can be a noun's nominative plural ('Армии', 'Силы')."""
    return any(p.tag.POS == "NOUN" and {"nomn", "plur"} <= p.tag.grammemes for p in load_morph().parse(word))


def agrees(tree: Tree, verb: int, noun: int) -> bool:
    """Whether a verb's number and gender allow this noun as its subject; coordinated
    nouns are plural."""
    verb_feats, noun_feats = tree.feats[verb], dict(tree.feats[noun])
    if tree.kids(noun, "conj"):
        noun_feats = {"Number": "Plur"}
    named = [a for a in tree.kids(noun, "appos") if tree.tokens[a].pos == "PROPN"]
    if verb_feats.get("Number") == "Plur" and noun_feats.get("Number") == "Sing" and tree.case(noun) == "Gen" \
            and plural_nominative(tree.tokens[noun].text):
        noun_feats["Number"] = "Plur"  # 'Армии России и Белоруссии провели': the tagger's genitive slip
    if named and tree.tokens[noun].pos == "NOUN" and tree.feats[noun].get("Animacy") == "Anim":
        # 'Президент ... Майя Санду поблагодарила'; not 'партия «Ата-Мекен» обвинила', a name of a thing
        noun_feats["Gender"] = tree.feats[named[0]].get("Gender")
    return all(verb_feats.get(f) is None or noun_feats.get(f) is None or verb_feats[f] == noun_feats[f]
               for f in ("Number", "Gender"))


def lent_subject(tree: Tree, token: int) -> list[int]:
    """'Посредником выступили Эмираты, сообщило министерство': the parse may give a verb's own
    subject after it to the reporting verb that follows, which then has two; the first of them,
    before that verb and agreeing with this one, is this verb's."""
    if tree.feats[token].get("VerbForm") != "Fin":
        return []
    for verb in tree.kids(token, "parataxis", "ccomp"):
        own = tree.kids(verb, "nsubj")
        if len(own) >= 2 and token < own[0] < verb and agrees(tree, token, own[0]) \
                and tree.case(own[0]) in ("Nom", ""):
            return own[:1]
    return []


def inverted_subject(tree: Tree, token: int, found: list[int]) -> list[int]:
    """'Военнослужащие "прибыли ...", заявило ведомство': after a quotation the subject follows
    the verb, and the tagger may take a neuter or inanimate nominative for the object. Taken
    when the parsed subject does not agree with the verb, or a comma or quote precedes it."""
    if tree.feats[token].get("VerbForm") != "Fin" or (found and any(agrees(tree, token, s) for s in found)):
        return []
    before = tree.tokens[token - 1].text if token > 0 else ""
    if not found and before not in (",", "\"", "»", "”", "—", "–"):
        return []
    return [o for o in tree.kids(token, "obj") if o > token and tree.case(o) in ("Nom", "Acc")
            and not distinct_accusative(tree, o)
            and tree.tokens[o].pos in ("NOUN", "PROPN") and agrees(tree, token, o)
            and (tree.feats[o].get("Gender") == "Neut" or tree.feats[o].get("Animacy") == "Inan")][:1]


def nominative_object(tree: Tree, token: int) -> list[int]:
    """'его задержали полицейские': of two objects the parse gave a subjectless verb, a
    nominative that agrees with it is its subject when the other is a pronoun's accusative."""
    objects = tree.kids(token, "obj")
    if len(objects) < 2 or tree.kids(token, *SUBJECT_RELS) or tree.feats[token].get("VerbForm") != "Fin" \
            or not any(tree.tokens[o].pos == "PRON" and tree.case(o) == "Acc" for o in objects):
        return []
    return [o for o in objects if tree.tokens[o].pos in ("NOUN", "PROPN") and tree.case(o) == "Nom"
            and agrees(tree, token, o)][:1]


def distinct_accusative(tree: Tree, token: int) -> bool:
    """A feminine singular in the accusative ('встречу') has its own form: no nominative in disguise."""
    feats = tree.feats[token]
    return feats.get("Case") == "Acc" and feats.get("Gender") == "Fem" and feats.get("Number") != "Plur"


def stray_nominatives(tree: Tree, token: int) -> list[int]:
    """'Обама сократил срок заключения Мэннинг': an indeclinable name after the object, parsed
    as a second subject, belongs to the object."""
    subjects_ = tree.kids(token, *SUBJECT_RELS)
    objects = tree.kids(token, "obj")
    if len(subjects_) < 2 or not objects:
        return []
    return [t for t in subjects_ if t > min(objects) and t > token and tree.tokens[t].pos == "PROPN"]


def buried_subject(tree: Tree, token: int) -> list[int]:
    """'На заседании кабинета Нетаньяху заявил': a name in the nominative before a verb that has no
    subject, which the parse hung on a phrase of the verb's as if it were that phrase's genitive, is
    the subject."""
    if tree.feats[token].get("VerbForm") != "Fin" or tree.tokens[token].pos != "VERB":
        return []
    for t in range(tree.sentence_range(tree.tokens[token].sentence).start, token):
        if tree.tokens[t].pos != "PROPN" or tree.tokens[t].rel != "nmod" or tree.case(t) != "Nom" \
                or tree.feats[t].get("Animacy") != "Anim" or prepositional(tree, t) or not agrees(tree, token, t):
            continue
        head, steps = tree.tokens[t].head, 0
        while head >= 0 and head != token and tree.tokens[head].rel in ("nmod", "obl") and steps < 3:
            head, steps = tree.tokens[head].head, steps + 1
        if head == token:
            return [t]
    return []


def raised_object(tree: Tree, token: int) -> list[int]:
    """'пригласил его посетить Ташкент': the object of a verb with an infinitive, which the parse hung on
    the infinitive though it stands between the two."""
    if tree.kids(token, "obj"):
        return []
    return [o for x in tree.kids(token, "xcomp") if tree.feats[x].get("VerbForm") == "Inf"
            for o in tree.kids(x, "obj") if token < o < x][:1]


def second_subject(tree: Tree, token: int) -> list[int]:
    """'Делегация ... во главе с министром посетила Баку': an accusative after a verb that has a subject
    before it and no object, which the parse took for a second subject, is the object."""
    subjects_ = tree.kids(token, *SUBJECT_RELS)
    if len(subjects_) < 2 or tree.kids(token, "obj") or not any(t < token for t in subjects_):
        return []
    return [t for t in subjects_ if t > token and tree.case(t) == "Acc" and tree.tokens[t].pos in ("NOUN", "PROPN")]


def numeral_swap(tree: Tree, token: int) -> tuple[list[int], list[int]] | None:
    """'Каприлеса поддерживало 30 партий': a neuter verb agrees with a counted subject, which the
    parse took for the object, while the name it took for the subject disagrees with the verb.
    Returns (subjects, objects) as they are, or None."""
    feats = tree.feats[token]
    if feats.get("Gender") != "Neut" or feats.get("Number", "Sing") != "Sing":
        return None
    named = tree.kids(token, *SUBJECT_RELS)
    counted = [o for o in tree.kids(token, "obj") if tree.kids(o, "nummod", "nummod:gov")]
    if not named or not counted or any(agrees(tree, token, t) for t in named):
        return None
    return counted, named


def counted_subject(tree: Tree, token: int) -> list[int]:
    """'подтвердили шесть из 11 стран', 'протестовало 5 человек': a counted subject the parse took
    for the object (a neuter verb agrees with a number of people)."""
    if tree.feats[token].get("Number") == "Plur":
        return [c for c in tree.kids(token, "obj") if tree.tokens[c].pos == "NUM" and tree.case(c) in ("Nom", "")]
    if not tree.tokens[token].text.lower().endswith(("ло", "лось")):
        return []
    return [c for c in tree.kids(token, "obj") if tree.case(c) == "Gen" and tree.feats[c].get("Animacy") == "Anim"
            and any(tree.tokens[n].pos == "NUM" for n in tree.kids(c, "nummod", "nummod:gov"))]


def listed_members(tree: Tree, token: int) -> list[int]:
    """'шесть из 11 стран-членов: Алжир, Египет и Катар': the members a counted or generic
    phrase lists after a colon stand for it; else the token, with the participles for people
    coordinated with it ('между полицией и протестующими')."""
    for node in [token] + tree.kids(token, "nmod"):
        for child in tree.kids(node, "parataxis", "appos"):
            if child > node and any(tree.tokens[t].text == ":" for t in range(node + 1, child)) \
                    and tree.tokens[child].pos == "PROPN":
                return tree.conjuncts(child)
    # 'между полицией и протестующими': a participle standing for people is a member too
    people = [c for c in tree.kids(token, "conj") if tree.feats[c].get("VerbForm") == "Part"
              and tree.feats[c].get("Case") == tree.feats[token].get("Case") and not tree.kids(c, "obj")]
    return [token] + people


def institution_speaking(tree: Tree, token: int) -> list[int]:
    """'В Кремле заявили', 'в МИД России сообщили': an impersonal plural verb whose
    speaker is the institution named with 'в' + locative."""
    feats = tree.feats[token]
    if feats.get("Number") != "Plur" or tree.tokens[token].pos != "VERB":
        return []
    return [c for c in tree.kids(token, "obl") if tree.preposition(c) in ("в", "во") and tree.case(c) == "Loc"
            and (tree.tokens[c].pos == "PROPN" or tree.tokens[c].lemma in INSTITUTIONS)]  # not 'в начале года'


def stated_stance(tree: Tree, token: int) -> bool:
    """'заявил о поддержке суверенитета Украины': a stance the speaker states ('о' + a stance noun under a
    verb of saying) is the speaker's, aimed at what its genitive names."""
    head = tree.tokens[token].head
    return head >= 0 and tree.tokens[token].lemma in STANCE_NOUNS and tree.preposition(token) in ("о", "об") \
        and tree.tokens[head].lemma in STATING_VERBS


# acts whose own object stands in the instrumental ('обмен пленными', 'руководство партией'):
# there it names what is acted on, not who acts
INSTRUMENTAL_OBJECT_NOUNS = {"обмен", "управление", "руководство", "командование", "торговля", "владение",
                             "контроль", "обладание", "пользование", "злоупотребление", "угроза", "помощь"}


def instrumental_agent(tree: Tree, token: int) -> list[int]:
    """'посещение островов министром обороны', 'арест журналиста полицией': a nominal act's
    doer may stand in the instrumental, as a passive's agent does."""
    if tree.tokens[token].lemma in INSTRUMENTAL_OBJECT_NOUNS:
        return []
    return [c for c in tree.kids(token, "nmod") if tree.case(c) == "Ins" and not prepositional(tree, c)
            and (tree.feats[c].get("Animacy") == "Anim" or tree.tokens[c].pos == "PROPN"
                 or tree.tokens[c].lemma in INSTITUTIONS)][:1]


def noun_sources(tree: Tree, token: int, genitive_is_target: bool = False, object_: int = -1) -> list[int]:
    """The actor of a nominal trigger: its genitive ('визит президента') or the
    subject of the verb that governs it ('в ходе визита Халафов провёл'). When the
    lexicon says the genitive is the target ('арест оппозиционера'), only the verb's
    subject can be the source; the genitive a row needs is its object ('восстановление
    отношений'), not its actor."""
    if stated_stance(tree, token):
        return subjects(tree, tree.tokens[token].head)
    by = instrumental_agent(tree, token)
    if by:
        return by
    if (verb := supporting_clause(tree, token)) >= 0 and (doers := subjects(tree, verb)):
        return doers  # 'прошение, которое X подал президенту': the clause's subject did it
    if carried_words(tree, token) and (speakers := came_with(tree, token)):
        return speakers  # (its genitive is what they ask: 'с требованиями отставки')
    if tree.preposition(token) == "за" and tree.case(token) == "Acc" and (doers := rewarded(tree, token)):
        return doers  # (its genitive is what was done: 'за подписание соглашения')
    own = [c for c in tree.kids(token, "nmod") if tree.case(c) == "Gen" and not tree.preposition(c) and c != object_]
    if own and not genitive_is_target:
        return own
    mine = [c for c in tree.kids(token, "det") if tree.tokens[c].lemma in ("мой", "наш")]
    if mine and not genitive_is_target:
        return mine  # '«Мои соболезнования семье»': the speaker's
    head = tree.tokens[token].head
    named_agent = [c for host in (token, head) if host >= 0 for c in tree.kids(host, "nmod", "obl")
                   if tree.preposition(c) in AGENT_PREPOSITIONS]
    if named_agent:
        return named_agent
    if received(tree, token):
        # 'получил кредит от МВФ', 'вызвало протест у МИД'
        return [c for host in (token, head) for c in tree.kids(host, "nmod", "obl") if tree.preposition(c) in ("от", "у")]
    if tree.preposition(token) in CAUSE_PREPOSITIONS:
        return []  # 'объявил траур в связи с убийством учащихся': the cause is someone else's act
    framed = tree.preposition(token) in TEMPORAL_PREPOSITIONS  # 'после переговоров с ...'
    steps = 0
    while head >= 0 and steps < 4:
        if tree.tokens[head].pos == "ADJ" and not tree.feats[head].get("VerbForm"):
            if framed and tree.feats[head].get("Variant") == "Short" and tree.tokens[head].rel in ("root", "ccomp"):
                return subjects(tree, head)  # 'по итогам переговоров с X стороны намерены ...': the predicate's subject
            return []  # 'признал виновным в убийстве X': the act a charge names, not the court's
        if tree.tokens[head].pos in ("VERB", "AUX") or tree.feats[head].get("VerbForm"):
            # the verb's subject performs the act only through a support verb ('провёл
            # переговоры') or a frame ('в ходе визита'), not 'назвал освобождение X важным'
            named = [t for t in tree.kids(head, "nsubj:pass") if tree.tokens[t].pos == "PROPN"]
            if framed and named and is_passive(tree, head):
                return named  # 'В ходе визита Саидов был принят президентом': Саидов's visit, not the host's
            if framed or tree.tokens[head].lemma in SUPPORT_VERBS or goes_to_protest(tree, token):
                return subjects(tree, head)
            return []
        if tree.tokens[head].pos in ("NOUN", "PROPN") and tree.tokens[head].lemma not in FRAME_NOUNS | ACT_NOUNS:
            return []  # 'заявление к 75-летию встречи': a talk named inside another noun is not the act
        framed = framed or tree.tokens[head].lemma in FRAME_NOUNS
        head = tree.tokens[head].head
        steps += 1
    return []


# what one says or asks for: a noun of these roots that someone comes or turns 'с' carries their words
WORDS_ROOTS = ("01", "02", "10", "11")


def carried_words(tree: Tree, token: int) -> bool:
    """'пришли к зданию мэрии с требованиями', 'обратился к президенту с просьбой': the words
    a verb's subject comes with are the subject's own."""
    if tree.preposition(token) != "с" or tree.case(token) != "Ins":
        return False
    return any(row.cameo.startswith(WORDS_ROOTS) and row.pos == "NOUN"
               for row in predicates_by_lemma().get(tree.tokens[token].lemma, ()))


def supporting_clause(tree: Tree, token: int) -> int:
    """The verb of a relative clause on a nominal act that carries the act ('прошение, которое X
    подал президенту', 'визит, который министр совершил в Баку'), or -1."""
    # (the parse may hang the clause on a noun inside the act's phrase: 'прошение о помиловании, которое')
    for clause in [c for t in [token] + tree.kids(token, "nmod") for c in tree.kids(t, "acl:relcl")]:
        if tree.tokens[clause].lemma in SUPPORT_VERBS and any(
                tree.tokens[k].lemma == "который" and token in antecedents(tree, k) for k in tree.kids(clause, "obj")):
            return clause
    return -1


def came_with(tree: Tree, token: int) -> list[int]:
    """The subject of the verb a 'с'-phrase of words goes with, over the nouns the parse may have
    hung it on ('пришли к зданию мэрии с требованиями')."""
    verb = tree.tokens[token].head
    while verb >= 0 and tree.tokens[verb].pos == "NOUN":
        verb = tree.tokens[verb].head
    return subjects(tree, verb) if verb >= 0 and tree.tokens[verb].pos == "VERB" else []


def rewarded(tree: Tree, token: int) -> list[int]:
    """Who did the act that a verb rewards or punishes 'за' it: the one the verb acts on ('был
    отстранён за отказ', 'оштрафовали активиста за участие в митинге', 'поблагодарил его за
    поддержку'), or its subject where the verb receives ('получил премию за подписание соглашения')."""
    verb = tree.tokens[token].head
    if verb >= 0 and tree.tokens[verb].pos == "NOUN" and tree.tokens[verb].rel == "obj":
        verb = tree.tokens[verb].head  # 'вручил ему премию за ...'
    if verb < 0 or tree.tokens[verb].pos not in ("VERB", "AUX"):
        return []  # 'санкции за помощь': whose help, the noun does not say
    if is_passive(tree, verb):
        return [t for t in tree.kids(verb, *PASSIVE_SUBJECT_RELS) if not prepositional(tree, t)]
    acted_on = [t for t in tree.kids(verb, "obj", "iobj") if tree.feats[t].get("Animacy") == "Anim"
                or tree.tokens[t].pos in ("PROPN", "PRON")]
    if acted_on:
        return acted_on
    return subjects(tree, verb) if tree.tokens[verb].lemma in RECEIVE_VERBS else []


def managed(tree: Tree, token: int) -> bool:
    """The token is an infinitive under 'удалось': an act someone managed."""
    head = tree.tokens[token].head
    return head >= 0 and tree.tokens[head].lemma in SUCCESS_VERBS and tree.feats[token].get("VerbForm") == "Inf"


def managed_by(tree: Tree, token: int) -> list[int]:
    """Who managed the act an infinitive names: the dative of 'удалось' ('полиции удалось задержать X')."""
    if not managed(tree, token):
        return []
    return [k for k in tree.kids(tree.tokens[token].head, "obl", "iobj", "nsubj")
            if tree.case(k) == "Dat" and not tree.preposition(k)]


def managed_by_no_one(tree: Tree, token: int) -> bool:
    """'удалось задержать X': an act managed with no one named who managed it."""
    return managed(tree, token) and not managed_by(tree, token)


CLAIMING_VERBS = {"взять", "брать", "принять"}  # 'взять на себя ответственность за'


def claimants(tree: Tree, token: int) -> list[int]:
    """Who claimed the act at `token`: the subject of 'взять на себя ответственность за X', the act
    named after 'за' ('ответственность за теракт взяло ИГ') or told by a relative clause on it
    ('теракты, ответственность за которые взяло на себя ИГ')."""
    head = tree.tokens[token].head
    claim = head if head >= 0 and tree.tokens[head].lemma == "ответственность" and tree.preposition(token) == "за" \
        else next((t for t in tree.sentence_range(tree.tokens[token].sentence)
                   if tree.tokens[t].lemma == "ответственность"
                   and any(tree.tokens[w].lemma == "который" and tree.preposition(w) == "за"
                           and token in antecedents(tree, w) for w in tree.kids(t, "nmod"))), -1)
    verb = tree.tokens[claim].head if claim >= 0 else -1
    return subjects(tree, verb) if verb >= 0 and tree.tokens[verb].lemma in CLAIMING_VERBS else []


def goes_to_protest(tree: Tree, token: int) -> bool:
    """'собрались на митинг', 'выходили на пикеты': those who go to a protest hold it."""
    head = tree.tokens[token].head
    return head >= 0 and tree.tokens[head].lemma in PROTEST_GOING and tree.preposition(token) == "на" \
        and tree.tokens[token].lemma in PROTEST_GATHERINGS


def received(tree: Tree, token: int) -> bool:
    """'Дублин получил помощь от МВФ': a nominal act its verb's subject receives; 'решение
    вызвало критику' is aimed at what its verb's subject names."""
    head = tree.tokens[token].head
    return head >= 0 and tree.tokens[head].lemma in RECEIVE_VERBS | PROVOKE_VERBS and tree.tokens[token].rel == "obj"


def between_sides(tree: Tree, trigger: Trigger) -> list[int]:
    """'столкновения между повстанцами и армией', 'восстановление отношений между США и
    Вьетнамом': the coordinated sides of a nominal act, on it or on its object."""
    hosts = {trigger.token, trigger.object} - {-1}
    return [c for host in sorted(hosts) for c in tree.kids(host, "nmod") if tree.preposition(c) == "между"]


def cue_tokens(tree: Tree, token: int, cue: str) -> list[int]:
    """Dependents of `token` that fit one target cue ('obj', 'dat', 'с+ins', 'nmod:gen' ...)."""
    out = []
    for child in tree.kids(token):
        rel = tree.tokens[child].rel
        case = tree.case(child)
        prep = tree.preposition(child)
        if cue == "obj" and rel == "obj" and tree.tokens[child].pos != "VERB" \
                and child not in nominative_object(tree, token):
            out.append(child)
        elif cue in ("iobj", "dat") and (rel == "iobj" or (case == "Dat" and not prep and rel in ("obl", "obj", "nmod"))):
            out.append(child)
        elif cue == "nmod:gen" and ((rel == "nmod" and case == "Gen" and not prep)
                                    or (rel == "det" and tree.tokens[child].lemma in POSSESSIVE_PRONOUNS)):
            out.append(child)
        elif cue == "obl" and rel in ("obl", "nmod") and prep:
            out.append(child)
        elif "+" in cue:
            want_prep, want_case = cue.split("+")
            cases = {"ins": "Ins", "acc": "Acc", "dat": "Dat", "gen": "Gen", "loc": "Loc"}
            if prep == want_prep and (case == cases.get(want_case, case) or indeclinable(tree, child)):
                out.append(child)
    return out


def hung_back(tree: Tree, token: int, cue: str) -> list[int]:
    """'побывал полпред Неверов, где встречался в том числе и с губернатором': a prepositional
    phrase right after the verb, in its clause, that the parse hung on a noun before the verb."""
    for t in range(token + 1, len(tree.tokens)):
        tok = tree.tokens[t]
        if tok.sentence != tree.tokens[token].sentence or tok.pos in ("VERB", "AUX") or tok.text in (",", ";", ":"):
            return []
        if tok.pos in ("NOUN", "PROPN") and 0 <= tok.head < token and tree.tokens[tok.head].pos != "VERB":
            return [t] if t in cue_tokens(tree, tok.head, cue) else []
    return []


def indeclinable(tree: Tree, token: int) -> bool:
    """'в ЮАР', 'в США', 'в Баку': an abbreviation or a place name that does not decline shows no
    case, so the tagger's case means nothing."""
    text = tree.tokens[token].text
    return (len(text) >= 2 and text.isupper()) or (tree.tokens[token].pos == "PROPN" and fixed_place_name(text))


@functools.cache
def fixed_place_name(word: str) -> bool:
    """A place name the dictionary knows as indeclinable ('Баку', 'Тбилиси', 'Алматы', 'Перу')."""
    return any({"Fixd", "Geox"} <= set(parse.tag.grammemes) for parse in load_morph().parse(word))


def targets(tree: Tree, trigger: Trigger) -> list[int]:
    """Target tokens by the lexicon's cues, looked up on the trigger and on its object
    noun ('провёл встречи с министром'); a passive's subject is its target."""
    token = trigger.token
    if trigger.predicate.pos != "NOUN" and is_passive(tree, token):
        # 'ему предъявлены обвинения': the act's own noun is no one it was done to
        agents = agent_as_subject(tree, token)
        # 'арестован за ... убийство X': a noun under a preposition is no subject, whatever the parse says
        found = [t for t in tree.kids(token, *PASSIVE_SUBJECT_RELS) if t not in agents and not prepositional(tree, t)
                 and (t != trigger.object or tree.feats[t].get("Animacy") == "Anim")]
        if found:
            return found
        head = tree.tokens[token].head
        if tree.tokens[token].rel == "conj" and head >= 0 and not tree.kids(token, "nsubj"):
            # 'пыталась выехать из страны, но была задержана': the subject of the verb it is joined to
            shared = [t for t in tree.kids(head, "nsubj", *PASSIVE_SUBJECT_RELS) if agrees(tree, token, t)]
            if shared:
                return shared
        if tree.tokens[token].rel == "acl" and head >= 0 and tree.tokens[head].pos in ("NOUN", "PROPN") \
                and head != trigger.object \
                and all(tree.feats[token].get(f) == tree.feats[head].get(f) for f in ("Case", "Number")):
            # 'журналиста, обвинённого в ...': the noun a participial phrase tells of
            # ('задержанные студенты' only labels them)
            return [head]
    hosts = [token]
    if trigger.object >= 0 and trigger.object != token:
        hosts.append(trigger.object)
    if trigger.predicate.pos == "NOUN" and (clause := supporting_clause(tree, token)) >= 0:
        hosts.append(clause)  # 'прошение, которое он подал президенту'
    head = tree.tokens[token].head
    if trigger.predicate.pos == "NOUN" and head >= 0 and tree.tokens[head].lemma in SUPPORT_VERBS \
            and tree.tokens[token].rel == "obj":
        hosts.append(head)  # 'предоставил Киеву военную помощь': the support verb holds the target
    if trigger.predicate.pos == "NOUN" and head >= 0 and tree.tokens[head].lemma in HAPPEN_VERBS \
            and tree.tokens[token].rel == "nsubj":
        hosts.append(head)  # 'визит ... в Россию состоялся': the parse may hang the noun's phrase on its verb
    if trigger.predicate.pos == "NOUN" and received(tree, token):
        return subjects(tree, head)  # whoever receives it is its target
    if trigger.predicate.pos == "NOUN" and head >= 0 and tree.tokens[head].lemma in UNDERGO_VERBS \
            and tree.case(token) == "Dat" and not tree.preposition(token):
        active = not tree.tokens[head].lemma.endswith("ся") and not is_passive(tree, head)  # 'подвергли X аресту'
        undergoing = tree.kids(head, "obj") if active else tree.kids(head, *PASSIVE_SUBJECT_RELS) or subjects(tree, head)
        if undergoing:
            return undergoing  # 'X подвергся критике': X is the one criticised
    for obj in tree.kids(token, "obj"):
        if obj not in hosts:
            hosts.append(obj)
    if "obj" in trigger.predicate.target and (swap := numeral_swap(tree, token)) is not None:
        return swap[1]
    if trigger.predicate.pos == "NOUN" and stated_stance(tree, token):
        own = [c for c in tree.kids(token, "nmod") if tree.case(c) == "Gen" and not tree.preposition(c)]
        if own:
            return own                   # 'о поддержке Украины': whom the stated stance is for
    for cue in trigger.predicate.target:
        if cue == "nsubj":  # the subject undergoes the act: 'X отбывает срок'
            found = subjects(tree, token)
            if found:
                return found
            continue
        # an object after a verb coordinated with the trigger is that verb's, however it was parsed
        later_verbs = [c for c in tree.kids(token, "conj") if tree.tokens[c].pos == "VERB" and c > token]
        for host in hosts:
            # (the object a row needs is no target, unless the row needs the target's own frame:
            # 'война против+gen')
            found = [t for t in cue_tokens(tree, host, cue) if (t != trigger.object or cue in trigger.predicate.object)
                     and not any(v < t for v in later_verbs) and not latin_phrase(tree, t)]
            if not found and cue == "между+ins":  # 'посредником в переговорах между Россией и Украиной'
                found = [t for k in tree.kids(host, "obl", "nmod") for t in cue_tokens(tree, k, cue)]
            if found:
                return found
        if "+" in cue and trigger.predicate.pos == "VERB" and (found := hung_back(tree, token, cue)):
            return found
        if cue == "obj" and trigger.predicate.pos == "VERB":
            found = fronted_object(tree, token) or shared_object(tree, token) or stranded_object(tree, token) \
                or second_subject(tree, token) or raised_object(tree, token) or lent_object(tree, token)
            if found:
                return found
    return []


def latin_phrase(tree: Tree, token: int) -> bool:
    """A word of a Latin phrase spelt in Cyrillic ('персоной нон грата'): no actor."""
    return token > 0 and tree.feats[token - 1].get("Foreign") == "Yes"


def owners(tree: Tree, token: int) -> list[int]:
    """Whose thing a noun names: 'его паспорт', 'счета компании'."""
    if tree.feats[token].get("Animacy") != "Inan":
        return []
    return [t for t in tree.kids(token, "det", "nmod") if tree.tokens[t].lemma in POSSESSIVE_PRONOUNS
            or (tree.tokens[t].rel == "nmod" and tree.case(t) == "Gen" and not tree.preposition(t))]


def shared_object(tree: Tree, token: int) -> list[int]:
    """'отстранил его, обвинив в коррупции': a gerund with no object of its own acts on its verb's."""
    head = tree.tokens[token].head
    if tree.feats[token].get("VerbForm") != "Conv" or head < 0 or tree.tokens[token].rel != "advcl" \
            or tree.kids(token, "obj"):
        return []
    return [o for o in tree.kids(head, "obj") if tree.tokens[o].pos != "VERB"]


def stranded_object(tree: Tree, token: int) -> list[int]:
    """'посетил с рабочим визитом Париж': an accusative after a prepositional phrase of the
    verb, which the parse hung on that phrase's noun."""
    if tree.kids(token, "obj"):
        return []
    return [t for kid in tree.kids(token, "obl") if tree.preposition(kid)
            for t in tree.kids(kid, "appos", "nmod") if t > kid and accusative_form(tree, t)
            and not tree.preposition(t) and tree.tokens[t].pos in ("NOUN", "PROPN")][:1]


def lent_object(tree: Tree, token: int) -> list[int]:
    """'объявил персонами нон грата двух дипломатов и отозвал посла': an object before the
    conjunction of a coordinated verb, which the parse gave that verb."""
    for verb in tree.kids(token, "conj"):
        joint = min([c for c in tree.kids(verb, "cc")] or [verb])
        found = [o for o in tree.kids(verb, "obj") if token < o < joint and not latin_phrase(tree, o)]
        if found:
            return found
    return []


def accusative_form(tree: Tree, token: int) -> bool:
    """An accusative, or a word that may be one: a thing's nominative ('Баку', 'Казахстан'); an
    abbreviation only in apposition ('саммит НАТО' is a genitive, whatever case it shows)."""
    return tree.case(token) == "Acc" or (indeclinable(tree, token) and tree.tokens[token].rel == "appos") \
        or (tree.case(token) == "Nom" and tree.feats[token].get("Animacy") == "Inan")


def fronted_object(tree: Tree, token: int) -> list[int]:
    """'Дэвида Камерона поздравил Барак Обама': a name right before the verb, in the
    accusative (the genitive's form for a man), that the parse hung on a word before it;
    a prepositional phrase of the verb may stand between ('Мадуро с победой поздравил')."""
    between = {t for kid in tree.kids(token, "obl") if tree.preposition(kid) for t in tree.subtree(kid)}
    before = token - 1
    while before in between:
        before -= 1
    if before < 0 or tree.tokens[before].sentence != tree.tokens[token].sentence:
        return []
    name = tree.tokens[before].head if tree.tokens[before].rel == "flat:name" else before
    tok = tree.tokens[name]
    if name < 0 or tok.pos != "PROPN" or tree.feats[name].get("Animacy") != "Anim" \
            or tree.case(name) not in ("Acc", "Gen") or tree.preposition(name) \
            or tok.rel in SUBJECT_RELS or tree.kids(token, "obj"):
        return []
    return [name]


def nearest_subject(tree: Tree, token: int) -> list[int]:
    """When the parse gives a verb no subject ('В рамках визита Х. Халафов провел'), the
    nearest nominative noun before it in the same sentence that is not inside a
    prepositional phrase."""
    sentence = tree.tokens[token].sentence
    while tree.tokens[token].rel == "xcomp" and tree.tokens[token].head >= 0:
        token = tree.tokens[token].head  # 'не смогли договориться': start before 'смогли'
    for t in range(token - 1, -1, -1):
        tok = tree.tokens[t]
        if tok.sentence != sentence or (tok.pos == "VERB" and tok.rel != "amod"):
            break
        if tok.pos in ("NOUN", "PROPN", "PRON") and tree.case(t) == "Nom" and not tree.preposition(t) \
                and (tok.rel not in ("flat:name", "flat", "appos", "conj") or misplaced_apposition(tree, t)):
            # 'X-а не переставали критиковать': a plural verb with no subject names no one
            return [t] if agrees(tree, token, t) else []
    return []


def carried_subject(tree: Tree, token: int) -> list[int]:
    """'Он участвовал в конфликте в 1995г. В 2000г. поднял мятеж': a sentence's main verb with no
    subject of its own goes on with the subject of the sentence before, when it agrees with it."""
    tok = tree.tokens[token]
    feats = tree.feats[token]
    # (a plural verb with no subject says that someone did it: 'у него нашли валюту')
    if tok.head >= 0 or tok.pos != "VERB" or feats.get("VerbForm") != "Fin" or feats.get("Person") in ("1", "2") \
            or feats.get("Number") != "Sing" \
            or tok.sentence == 0 or tree.kids(token, *SUBJECT_RELS) or is_passive(tree, token):
        return []
    roots = [t for t in tree.sentence_range(tok.sentence - 1) if tree.tokens[t].head < 0 and tree.tokens[t].pos == "VERB"]
    before = subjects(tree, roots[0], depth=1) if roots else []
    return before[:1] if before and agrees(tree, token, before[0]) else []


def misplaced_apposition(tree: Tree, token: int) -> bool:
    """An apposition agrees in case with its noun; a nominative one on a genitive noun
    ('После бегства Януковича Москва и Киев ...') is a subject the parse hung wrongly."""
    tok = tree.tokens[token]
    return tok.rel == "appos" and tok.head >= 0 and tree.case(tok.head) not in ("Nom", "")


PLACE_OR_TIME = {"в", "во", "на", "около", "возле", "у", "до", "после", "с", "со", "через", "из", "по"}


# pronouns that stand for someone inside what an act is about: 'потребовали его освобождения'
THIRD_PERSON = {"он", "она", "они"}


def content_actor_tokens(tree: Tree, trigger: Trigger) -> list[int]:
    """Nouns inside the trigger's object ('декларацию о признании территории Азербайджана')
    or its oblique phrases ('в связи с кончиной дипломата'): a fallback target when no
    lexicon cue finds one. Places and times are not targets."""
    hosts = ([trigger.object] if trigger.object >= 0 else []) + \
        [c for c in tree.kids(trigger.token, "obj") if c != trigger.object]
    hosts = hosts + stray_nominatives(tree, trigger.token)
    hosts = hosts + [c for c in tree.kids(trigger.token, "obl", "nmod")
                     if (tree.preposition(c) not in PLACE_OR_TIME or tree.tokens[c].lemma == "связь")
                     and c not in hosts]  # 'в связи с гибелью ...' is a cause, not a place
    out = []
    for host in hosts:
        # what a document it needs says, told in a participle ('декларацию, признающую целостность Азербайджана')
        told = [t for a in tree.kids(host, "acl") if host == trigger.object and tree.feats[a].get("VerbForm") == "Part"
                and tree.feats[a].get("Variant") != "Short" for t in tree.subtree(a)]
        for t in tree.subtree(host) + told:
            named = tree.tokens[t].pos in ("PROPN", "NOUN") \
                or (tree.tokens[t].pos == "PRON" and tree.tokens[t].lemma in THIRD_PERSON)
            if t == trigger.object or not named:
                continue
            if tree.preposition(t) in ("в", "во", "на") and tree.case(t) in ("Loc", "Dat", ""):
                continue  # a place ('в Дохе', whatever case the tagger gave it)
            if tree.tokens[t].head >= 0 and tree.tokens[tree.tokens[t].head].lemma in STATES_BY_NAME:
                continue  # 'хищение 15 миллионов долларов США', 'по статье УК РФ' name a sum and a law, not a side
            out.append(t)
    return out


def visited_place_tokens(tree: Tree, trigger: Trigger) -> list[int]:
    """'посетил в Синьцзяне учреждение', 'посетит саммит во Франции', 'участие в саммите в Бишкеке': where a
    visit went when what it visited is no place ('в' + locative, on the verb or inside its object or
    the gathering its row needs)."""
    needed = [trigger.object] if trigger.object >= 0 and trigger.object != trigger.token else []
    hosts = [trigger.token] + tree.kids(trigger.token, "obj") + needed
    return [t for host in hosts for t in (tree.kids(host, "obl", "nmod") if host == trigger.token
                                          else tree.subtree(host))
            if tree.preposition(t) in ("в", "во", "на") and tree.case(t) in ("Loc", "")
            and tree.tokens[t].pos in ("PROPN", "NOUN")]


# what an appointment or a dismissal is told with: the guide codes no event for one
PERSONNEL_VERBS = {"назначить", "назначать", "уволить", "увольнять", "утвердить", "избрать"}
PERSONNEL_NOUNS = {"отставка", "должность", "пост"}


def personnel_clause(tree: Tree, clause: int) -> bool:
    """'назначен Гройсман', 'освобождён от должности', 'подал в отставку': a clause that tells of
    an appointment, an election or a dismissal."""
    if tree.tokens[clause].lemma in PERSONNEL_VERBS:
        return True
    return any(tree.tokens[c].lemma in PERSONNEL_NOUNS and tree.preposition(c) in ("в", "от", "на")
               for c in tree.kids(clause, "obl", "obj"))


def clause_actor_tokens(tree: Tree, token: int) -> list[int]:
    """What a statement is about: in its 'что' clause, the clause's subject first, then the
    other nouns in order ('сообщил, что Мандела находится в больнице'). Places are not."""
    out = []
    clauses = tree.kids(token, "ccomp")
    # the parse may hang a 'что' clause right after the verb on a later verb
    for t in (token + 1, token + 2):
        if t < len(tree.tokens) and tree.tokens[t].lemma == "что" and tree.tokens[t].rel == "mark" \
                and tree.tokens[t].head not in clauses and tree.tokens[t].head != token:
            clauses.append(tree.tokens[t].head)
    for clause in clauses:
        if tree.tokens[clause].pos not in ("VERB", "ADJ", "AUX", "NOUN"):
            continue
        if personnel_clause(tree, clause):
            continue  # 'сообщил, что назначен X': news of an appointment is about no act of X's
        words = [t for t in tree.subtree(clause) if tree.tokens[t].pos in ("PROPN", "NOUN", "PRON")
                 and not (tree.preposition(t) in ("в", "во", "на") and tree.case(t) == "Loc")
                 and (t > token or clause < token)]  # (a clause after its verb holds no word before it)
        subject = [t for t in tree.kids(clause, "nsubj", "nsubj:pass") if t in words]
        out.extend(subject + [t for t in words if t not in subject])
    return out


def inner_actor_tokens(tree: Tree, token: int) -> list[int]:
    """Nouns inside a phrase that names an act, not an actor ('осудила удар по
    посольству Азербайджана'): the actors the act involves."""
    own = [t for t in tree.subtree(token) if t != token and tree.tokens[t].pos in ("PROPN", "NOUN")
           and not (tree.preposition(t) in ("в", "во", "на") and tree.case(t) == "Loc")]
    # 'закон, принятый в Грузии': the place a law was adopted in is the state whose law it is
    adopted = [p for a in tree.kids(token, "acl") if tree.tokens[a].lemma in ADOPTING
               and tree.feats[a].get("VerbForm") == "Part"
               for p in tree.kids(a, "obl") if tree.preposition(p) in ("в", "во") and tree.case(p) == "Loc"]
    return own + adopted


# what a statement is about: 'об ...', 'в связи с ...', 'по поводу ...'
TOPIC_PREPOSITIONS = {"о", "об", "обо", "в связи с", "по поводу", "относительно", "в отношении", "насчет", "насчёт"}
# a topic's own clauses ('на то, что ...') are part of it; a new sentence-level clause is not
TOPIC_STOP_RELS = {"conj", "cc", "punct", "parataxis", "discourse", "vocative", "dep", "list", "orphan", "acl:relcl"}


def topic_actor_tokens(tree: Tree, trigger: Trigger) -> list[int]:
    """Whom a statement is about when no cue names an addressee: the nouns of its object
    and 'о'-phrase, with the clauses hung on them ('выразил надежду на то, что выборы в
    Мали пройдут мирно', 'заявил об уверенной победе Мугабе'). A place inside the topic
    ('ходом выборов в Зимбабве') names whose affair it is; one hung on the verb is where
    the statement was made, and is not taken."""
    hosts = [c for c in tree.kids(trigger.token, "obj", "obl", "nmod")
             if (c == trigger.object or tree.tokens[c].rel == "obj" or tree.preposition(c) in TOPIC_PREPOSITIONS)
             and not (tree.case(c) == "Nom" and c > trigger.token)]  # '..., заявило ведомство': its subject
    out: list[int] = []
    for host in hosts:
        for t in tree.subtree(host, TOPIC_STOP_RELS):
            if t != trigger.object and tree.tokens[t].pos in ("PROPN", "NOUN", "PRON") and t not in out:
                out.append(t)
    return out + [t for t in clause_actor_tokens(tree, trigger.token) if t not in out]



def demanded_of(tree: Tree, token: int) -> list[int]:
    """'потребовала, чтобы США экстрадировали Гюлена': the subject of a 'чтобы' clause is the
    one a demand or appeal is made of."""
    out: list[int] = []
    for clause in tree.kids(token, "ccomp", "advcl", "xcomp"):
        if any(tree.tokens[m].lemma == "чтобы" for m in tree.kids(clause, "mark")):
            out.extend(tree.kids(clause, "nsubj", "nsubj:pass"))
    return out
