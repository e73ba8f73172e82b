"""Modality of an event: asserted, planned, negated or hypothetical."""
from __future__ import annotations

from .syntax import Tree

PLAN_HEADS = {"планировать", "намереваться", "собираться", "готовиться", "предстоять", "ожидаться",
              "намерен", "намеренный", "решить", "договориться", "согласиться", "пообещать", "обещать",
              "рассчитывать", "попытаться", "пытаться", "хотеть", "стремиться", "запланировать",
              "готовность", "намерение", "план", "решение", "готовый", "должный"}
# 'накануне визита', 'перед визитом': a visit still to come when the sentence's act happened
AHEAD_OF = {"накануне", "перед", "преддверие"}
HYPOTHETICAL_HEADS = {"мочь", "смочь", "требовать", "потребовать", "призвать", "призывать", "предложить",
                      "предлагать", "просить", "попросить", "угрожать", "пригрозить", "рассмотреть", "допускать",
                      "допустить", "если", "возможный", "вероятный"}
INTENT_HEADS = {"готовность", "намерение", "намерен", "намеренный", "готовый", "хотеть", "стремиться",
                "желание", "решимость", "намереваться", "пообещать", "обещать"}
ATTEMPTS = {"пытаться", "попытаться"}
# verbs a speaker tells its own future acts with ('заявила, что будет ...')
SAYING_OWN_PLANS = {"заявить", "заявлять", "сообщить", "сообщать", "объявить", "объявлять"}
# what is feared, or not ruled out, may not happen: 'опасения, что к нему применят ...', 'не исключил удара'
FEARS = {"опасение", "опасаться", "бояться", "страх", "опасность", "риск", "угроза"}  # ("риск войны" is none yet)
NOT_RULED_OUT = {"исключить", "исключать"}
# a noun act under a denial or a preparation: 'опроверг информацию о визите', 'подготовка визита'
DENIALS = {"опровергнуть", "опровергать", "отрицать", "опровержение"}
PREPARATIONS = {"подготовка", "подготовить", "готовить", "готовиться", "подготовиться"}
AUTHORIAL_VERBS = {"отметить", "напомнить", "заметить", "подчеркнуть", "добавить", "уточнить", "повторить"}
PLAN_MODIFIERS = {"предстоящий", "будущий", "запланированный", "очередной", "запланировать", "намеченный",
                  "наметить"}  # the tagger reads 'запланированного' as the verb's participle
# a noun act the verb's object, whose plan it shares (not 'в связи с ...': a cause)
OBJECT_CASES = {"obj": ("Acc", "Gen"), "iobj": ("Dat",)}
# the future forms of быть, whatever tense the tagger gives them
FUTURE_BE = {"буду", "будешь", "будет", "будем", "будете", "будут"}


def infinitive_of_noun(tree: Tree, token: int) -> bool:
    """'о готовности обсуждать', 'намерение посетить': the infinitive hangs on a noun."""
    return tree.feats[token].get("VerbForm") == "Inf" and tree.tokens[token].rel in ("nmod", "acl")


def governing_chain(tree: Tree, token: int) -> list[int]:
    """The trigger and the words it depends on: 'не смогли договориться', 'планирует
    посетить', 'о готовности обсуждать', 'визит' under its verb."""
    chain = [token]
    head = tree.tokens[token].head
    while head >= 0 and len(chain) < 4 and (tree.tokens[chain[-1]].rel in ("xcomp", "obj", "ccomp", "csubj", "nsubj:pass")
                                             or infinitive_of_noun(tree, chain[-1])):
        chain.append(head)
        head = tree.tokens[head].head
    return chain


def stated_intent(tree: Tree, token: int) -> bool:
    """The act is the content of an intent its actor states ('заявили о готовности обсуждать',
    'намерен посетить', 'Франция заявила, что будет поставлять оружие': what a speaker says it
    will do itself, with no subject of its own): the statement happened; CAMEO codes it as an
    intent (03x)."""
    if any(tree.tokens[t].lemma in INTENT_HEADS for t in governing_chain(tree, token)[1:]):
        return True
    head = tree.tokens[token].head
    return tree.tokens[token].rel == "ccomp" and head >= 0 and tree.tokens[head].lemma in SAYING_OWN_PLANS \
        and not tree.kids(token, "nsubj", "nsubj:pass")


def authorial(tree: Tree, token: int) -> bool:
    """'Отметим, что ...', 'напомним': the writer's aside in the first person plural, no future act."""
    return tree.feats[token].get("Person") == "1" and tree.feats[token].get("Number") == "Plur" \
        and tree.tokens[token].lemma in AUTHORIAL_VERBS


def feared(tree: Tree, token: int) -> bool:
    """The act is what someone fears: a fear word above it ('выражали опасения, что ... будет применено')."""
    head, steps = tree.tokens[token].head, 0
    while head >= 0 and steps < 4:
        if tree.tokens[head].lemma in FEARS:
            return True
        head, steps = tree.tokens[head].head, steps + 1
    return False


def noun_heads(tree: Tree, token: int) -> list[int]:
    """The words a noun act hangs on through noun phrases up to their verb: 'опроверг информацию о
    подготовке визита' gives 'подготовке', 'информацию', 'опроверг'."""
    out, head = [], tree.tokens[token].head
    while head >= 0 and len(out) < 4 and tree.tokens[token].rel in ("nmod", "obl", "obj", "iobj"):
        out.append(head)
        token, head = head, tree.tokens[head].head
    return out


def modality_of(tree: Tree, token: int, negation_is_sense: bool = False) -> str:
    """Negation wins, then conditions and demands, then plans; the rest is asserted. Where the
    trigger's own 'не' is part of its sense ('не стал комментировать' declines), only a 'не' above
    it negates."""
    tok = tree.tokens[token]
    feats = tree.feats[token]
    chain = governing_chain(tree, token)
    if feared(tree, token) or any(tree.tokens[t].lemma in NOT_RULED_OUT for t in chain[1:]):
        return "hypothetical"
    if any(tree.is_negated(t) for t in chain[1 if negation_is_sense else 0:]):
        return "negated"
    for t in chain:
        if tree.feats[t].get("Mood") == "Cnd" or any(tree.tokens[c].lemma in ("бы", "б") for c in tree.kids(t)):
            return "hypothetical"
        if any(tree.tokens[c].lemma in ("если", "ли") for c in tree.kids(t, "mark", "advmod")):
            return "hypothetical"
    for t in chain[1:]:
        if tree.tokens[t].lemma in HYPOTHETICAL_HEADS:
            return "hypothetical"
        if tree.tokens[t].lemma in ATTEMPTS and tree.feats[t].get("Tense") == "Past":
            continue  # 'пытались убедить': the attempt was made, so the appeal was
        if tree.tokens[t].lemma in PLAN_HEADS:
            return "planned"
    for t in chain:
        if tree.feats[t].get("Tense") == "Fut" and not authorial(tree, t):
            return "planned"
        if any(tree.tokens[c].lemma == "быть" and (tree.feats[c].get("Tense") == "Fut" or tree.tokens[c].text.lower() in FUTURE_BE)
               for c in tree.kids(t, "aux", "aux:pass", "cop")):
            return "planned"  # ('будет арестован': the tagger may read 'будет' as present)
    if feats.get("VerbForm") == "Inf" and tok.head >= 0 and tree.feats[tok.head].get("Tense") == "Fut":
        return "planned"
    if tok.pos == "NOUN" and any(tree.tokens[c].lemma in AHEAD_OF for c in tree.kids(token, "case")):
        return "planned"
    if tok.pos == "NOUN":
        above = noun_heads(tree, token)
        if any(tree.tokens[t].lemma in DENIALS for t in above):
            return "negated"
        if any(tree.tokens[t].lemma in PREPARATIONS for t in above):
            return "planned"
        path = [token] + above
        verb = next((t for i, t in enumerate(path) if i and tree.tokens[t].pos == "VERB"
                     and tree.case(path[i - 1]) in OBJECT_CASES.get(tree.tokens[path[i - 1]].rel, ())), -1)
        if verb >= 0 and tree.feats[verb].get("Tense") == "Fut":
            return "planned"  # 'Будапешт заблокирует новый пакет санкций': what the verb will act on is still to come
        for t in governing_chain(tree, verb)[1:] if verb >= 0 else []:
            # 'готова содействовать подписанию договора': the plan of the verb that acts on it
            if tree.tokens[t].lemma in HYPOTHETICAL_HEADS:
                return "hypothetical"
            if tree.tokens[t].lemma in PLAN_HEADS:
                return "planned"
    if any(tree.tokens[c].lemma in PLAN_MODIFIERS for c in tree.kids(token, "amod", "acl")):
        return "planned"
    return "asserted"
