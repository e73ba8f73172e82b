"""Trigger words: tokens whose lemma (and object) the predicate lexicon knows."""
from __future__ import annotations

from dataclasses import dataclass

from .cameo import Predicate
from .syntax import Tree

VERB_ENDINGS = ("ть", "ться", "чь", "чься", "ти", "тись")
POS_OK = {"VERB": {"VERB", "AUX"}, "NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ", "VERB"}}
# relations through which a trigger's required object may hang
OBJECT_RELS = {"obj", "obl", "nmod", "iobj", "xcomp", "amod", "nsubj:pass", "nsubj", "acl", "obl:agent",
               "fixed", "compound", "appos", "ccomp", "advmod"}  # advmod: 'высоко оценил'


@dataclass(slots=True)
class Trigger:
    token: int
    predicate: Predicate
    object: int = -1        # the token that satisfied the predicate's object, if any


# a noun that names what came of an act, not the act: its dependents are no object of the trigger
OUTCOMES = {"итог", "результат"}
# what an act came after or before is no object of it ('после её ареста взял управление партией')
SEQUENCE_PREPOSITIONS = {"после", "до", "перед", "накануне", "спустя"}
CASES = {"ins": "Ins", "acc": "Acc", "dat": "Dat", "gen": "Gen", "loc": "Loc"}


def governed_as(tree: Tree, token: int, wanted: tuple[str, ...]) -> bool:
    """The token stands in one of the wanted 'preposition+case' frames ('на+acc')."""
    for frame in wanted:
        if "+" in frame:
            prep, case = frame.split("+")
            if tree.preposition(token) == prep and tree.case(token) in (CASES[case], ""):
                return True
    return False


def names_a_side(tree: Tree, token: int) -> bool:
    """A participle's dependent that says who did it or to whom: 'подписанное Россией',
    'выдвинутые против него', 'направленное Киеву'."""
    prep, case = tree.preposition(token), tree.case(token)
    return tree.tokens[token].pos in ("NOUN", "PROPN", "PRON") and (
        tree.tokens[token].rel == "obl:agent" or prep in ("против", "в отношении")
        or (not prep and case in ("Ins", "Dat")))


def antecedents(tree: Tree, pronoun: int) -> list[int]:
    """The nouns a relative pronoun may stand for: the noun its clause hangs on, and the nouns of
    its number and gender that the parse may have passed over - those the noun hangs on and those
    between it and the pronoun ('организаторы протестов на площади, которые были подавлены': the
    protests were)."""
    clause, steps = tree.tokens[pronoun].head, 0
    while clause >= 0 and tree.tokens[clause].rel != "acl:relcl" and steps < 3:  # 'ответственность за которые'
        clause, steps = tree.tokens[clause].head, steps + 1
    head = tree.tokens[clause].head if clause >= 0 and tree.tokens[clause].rel == "acl:relcl" else -1
    if head < 0 or head > pronoun:
        return [head] if head >= 0 else []
    wanted = {k: v for k, v in tree.feats[pronoun].items() if k in ("Number", "Gender")}
    nouns = list(range(head + 1, pronoun))
    above = head
    while tree.tokens[above].rel in ("nmod", "appos") and 0 <= tree.tokens[above].head < above:
        above = tree.tokens[above].head
        nouns.append(above)
    return [head] + [j for j in nouns if tree.tokens[j].pos in ("NOUN", "PROPN")
                     and all(tree.feats[j].get(k) == v for k, v in wanted.items())]


def find_object(tree: Tree, token: int, wanted: tuple[str, ...]) -> int:
    """A dependent (or a dependent's dependent through a noun) with a wanted lemma, or in a
    wanted 'preposition+case' frame; for a passive participle, also the noun it describes
    ('выдвинутые против него обвинения')."""
    head = tree.tokens[token].head
    if head >= 0 and tree.tokens[token].rel in ("amod", "acl") and tree.tokens[head].lemma in wanted \
            and tree.feats[token].get("VerbForm") == "Part" and tree.feats[token].get("Voice") == "Pass" \
            and any(names_a_side(tree, c) for c in tree.kids(token)):
        return head  # (a participle that names no side, 'дело, возбуждённое по статье', restates)
    for child in tree.kids(token):
        if tree.tokens[child].rel not in OBJECT_RELS:
            continue
        if (tree.tokens[child].lemma in OUTCOMES and tree.preposition(child)) or tree.preposition(child) in SEQUENCE_PREPOSITIONS:
            continue  # 'в результате', 'по итогам', 'после ареста' say why or when, they are no object
        if tree.tokens[child].lemma in wanted or governed_as(tree, child, wanted):
            return child
        if tree.tokens[child].lemma == "который" and tree.tokens[token].rel == "acl:relcl" \
                and any(tree.tokens[n].lemma in wanted for n in antecedents(tree, child)) and not tree.preposition(child):
            # 'кредит, который Россия выдала Украине'; 'тюрьма, в которой он находился' describes a place
            return child
        if tree.tokens[child].lemma in OUTCOMES:
            continue  # 'объявить итоги встречи' plans no meeting
        # ('назвал X подонком и предателем': the second of two predicate nouns hangs on the first)
        labels = tree.kids(child, "conj") if tree.tokens[child].rel == "xcomp" else []
        for grandchild in tree.kids(child, "obj", "nmod", "amod", "obl", "xcomp", "acl", "appos") + labels:
            as_phrase = any(tree.tokens[c].lemma == "как" for c in tree.kids(grandchild))
            if tree.tokens[grandchild].rel in ("acl", "appos") and not as_phrase:
                continue  # ('охарактеризовал X как «провидца»': the parse may hang the 'как' phrase on X)
            if tree.tokens[grandchild].lemma in wanted:
                return grandchild
            # the word that judges may be the adjective of a predicate noun the parse hung one level
            # down ('назвал решение X «жалким поступком»', 'охарактеризовал X как «великого лидера»')
            if as_phrase or (tree.case(grandchild) == "Ins" and tree.tokens[grandchild].pos == "NOUN"):
                word = next((w for w in tree.kids(grandchild, "amod") if tree.tokens[w].lemma in wanted), -1)
                if word >= 0:
                    return word
    return -1


def held_state_misread(tree: Tree, token: int, found: int, row: Predicate) -> bool:
    """A row for being held ('X находится в СИЗО', source: the state) matched where the prison
    is the subject ('тюрьма находится рядом с городом') or where its clause describes the
    prison ('тюрьма, где содержался X')."""
    if row.source != "state" or "nsubj" not in row.target:
        return False
    head = tree.tokens[token].head
    describes = tree.tokens[token].rel == "acl:relcl" and head >= 0 and tree.tokens[head].lemma in row.object
    return describes or tree.tokens[found].rel.startswith("nsubj")


def match_trigger(tree: Tree, token: int, rows: list[Predicate]) -> Trigger | None:
    """The first lexicon row (rows with an object come first) that this token satisfies."""
    pos = tree.tokens[token].pos
    if pos == "ADJ" and tree.tokens[token].lemma.endswith(VERB_ENDINGS):
        pos = "VERB"  # the tagger's slip ('помиловала' as ADJ): the lemma says verb
    fallback: Trigger | None = None
    for row in rows:
        if pos not in POS_OK[row.pos]:
            continue
        if row.unless and find_object(tree, token, row.unless) >= 0:
            continue
        if row.negated and not tree.is_negated(token):
            continue
        if row.object:
            found = find_object(tree, token, row.object)
            if found >= 0 and held_state_misread(tree, token, found, row):
                continue
            if found >= 0:
                if tree.tokens[found].head == token:
                    return Trigger(token, row, found)
                # a deeper match ('посредничество в переговорах') waits for a direct one
                fallback = fallback or Trigger(token, row, found)
            continue
        return fallback or Trigger(token, row, -1)
    return fallback


def find_triggers(tree: Tree, tokens: range, lexicon: dict[str, list[Predicate]]) -> list[Trigger]:
    triggers = []
    for token in tokens:
        rows = lexicon.get(tree.tokens[token].lemma)
        text = tree.tokens[token].text
        if rows and not (len(text) > 1 and text.isupper()):  # 'УДАР' is a party, not a blow
            trigger = match_trigger(tree, token, rows)
            if trigger is not None:
                triggers.append(trigger)
    return triggers
