"""Offices and titles attached to people: 'министр иностранных дел Республики Казахстан'."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..doc import Token
from .inflect import nominative_phrase

# Tokens an office phrase may run through, walking left from a name.
OFFICE_POS = {"NOUN", "ADJ", "PROPN", "DET", "NUM"}
OFFICE_WORDS = {"по", "–", "—", "-", "и.о.", "врио"}
AGE = re.compile(r"\d+-(летн|лет)")
STOP_WORDS = {"и", "с", "а", "но", "или", "у", "к", "от", "для", "при", "на", "за", "о", "об"}
MAX_OFFICE_TOKENS = 14
# nouns that make 'по' a preposition of topic, cause or occasion, which no office holds
# ('министр по делам', 'вице-премьер по вопросам' keep theirs)
NOT_OFFICE_AFTER_PO = {"повод", "случай", "итог", "приглашение", "просьба", "инициатива", "слово", "причина",
                       "данные", "сведение", "мнение", "оценка", "требование", "решение", "указание"}


@dataclass(slots=True)
class Office:
    title: str          # nominative office phrase
    role_word: str      # the role lemma it starts with ('заместитель', 'министр')
    role: str           # CAMEO role code (GOV, DIP, MIL ...)
    rank: int
    start: int          # character span of the phrase in the text
    stop: int
    first: int          # token indices [first, last)
    last: int


def lower_first(title: str) -> str:
    """'Президент Казахстана' at a sentence start is the office 'президент Казахстана'."""
    first = title.split(" ", 1)[0]
    if first[:1].isupper() and not first.isupper():
        return title[:1].lower() + title[1:]
    return title


def find_role_start(tokens: list[Token], first: int, last: int, gazetteer: Any) -> tuple[int, Any] | None:
    """Leftmost token in [first, last) where a role phrase begins."""
    for index in range(first, last):
        lemmas = [t.lemma for t in tokens[index:last]]
        role = gazetteer.match_role(lemmas)
        if role is not None:
            return index, role
    return None


def walk_left(tokens: list[Token], index: int, name_first: int, sentence: int,
              through: frozenset[str] = frozenset()) -> int:
    """The first token of the run of office-like tokens that ends at `index` (passing the
    words in `through` too)."""
    while index >= 0 and name_first - index <= MAX_OFFICE_TOKENS:
        token = tokens[index]
        if token.sentence != sentence:
            break
        word = token.text.lower()
        if word in through:
            index -= 1
            continue
        if word in STOP_WORDS:
            break
        if token.lemma in NOT_OFFICE_AFTER_PO and index > 0 and tokens[index - 1].text.lower() == "по":
            break  # 'с президентом Эквадора по поводу Сноудена': a topic, no office of his
        if token.pos not in OFFICE_POS and word not in OFFICE_WORDS:
            break
        if predicate_like(token):
            break
        index -= 1
    return index + 1


def predicate_like(token: Token) -> bool:
    """A verb the tagger took for an adjective ('помиловала'), or a short adjective ('готов'):
    a predicate, never part of a title."""
    return token.pos == "ADJ" and (token.lemma.endswith(("ть", "ться", "чь", "ти")) or "Variant=Short" in token.feats)


# words before a title that tell of its holder or its time, not of the office
NOT_TITLE_WORDS = {"нынешний", "новый", "тогдашний", "покойный", "очередной", "известный", "знаменитый"}


def holder_word(token: Token) -> bool:
    """'55-летний', 'нынешний': an adjective of the person or the time, no part of an office."""
    return token.text[:1].isdigit() or token.lemma.lower() in NOT_TITLE_WORDS


def case_of(token: Token) -> str:
    return next((part[5:] for part in token.feats.split("|") if part.startswith("Case=")), "")


def office_before(tokens: list[Token], name_first: int, gazetteer: Any) -> Office | None:
    """The office phrase right before a name: '[заместителем министра ...] Муратом Нуртлеу'."""
    sentence = tokens[name_first].sentence if name_first < len(tokens) else -1
    first = walk_left(tokens, name_first - 1, name_first, sentence)
    if first >= name_first:
        return None
    found = find_role_start(tokens, first, name_first, gazetteer)
    if found is None:
        found, first = office_across_post(tokens, first, name_first, sentence, gazetteer)
    if found is None:
        return None
    start_index, role = found
    nearer = find_role_start(tokens, start_index + 1, name_first, gazetteer)
    if nearer is not None and case_of(tokens[nearer[0]]) == case_of(tokens[name_first]) != case_of(tokens[start_index]):
        # 'Пресс-секретарь [президента России] Владимира Путина': the title the name agrees with is its own
        start_index, role = nearer
    # 'представитель России при ООН и в Совете Безопасности ООН Чуркин': a body inside a
    # place phrase is where the office is held; the title lies further left
    if start_index == first and first >= 2 and tokens[first - 1].text.lower() in ("в", "во", "при") \
            and tokens[first - 2].text.lower() in ("и", "при"):
        earlier = walk_left(tokens, first - 3, name_first, sentence, frozenset({"при", "в", "во"}))
        wider = find_role_start(tokens, earlier, first - 2, gazetteer) if earlier < first - 2 else None
        if wider is not None:
            start_index, role = wider
            first = earlier
    if "Number=Plur" in tokens[start_index].feats:
        return None  # 'главы государств Алиев и Токаев': a plural is no one person's office
    while start_index > first and tokens[start_index - 1].pos == "ADJ" \
            and not holder_word(tokens[start_index - 1]):  # 'генеральный секретарь', not '55-летний'
        start_index -= 1
    phrase = tokens[start_index:name_first]
    while phrase and (phrase[-1].text in OFFICE_WORDS - {"по"} or AGE.match(phrase[-1].text)):
        phrase = phrase[:-1]  # ('... от Демократической партии 68-летняя Клинтон': the age is no part of it)
    if not phrase:
        return None
    title = lower_first(nominative_phrase(phrase))
    return Office(title=title, role_word=role.word, role=role.role, rank=role.rank,
                  start=phrase[0].start, stop=phrase[-1].stop,
                  first=start_index, last=start_index + len(phrase))


def office_across_post(tokens: list[Token], first: int, name_first: int, sentence: int,
                       gazetteer: Any) -> tuple[Any, int]:
    """'Посол России [в Казахстане] Алексей Бородавкин', 'депутат [от КПРФ] Иван Петров': the place
    an envoy is posted in, or the party a member sits for, may stand between the title and the name;
    the title is the run of office words before 'в', 'при' or 'от'."""
    preposition = tokens[first - 1].text.lower() if first >= 2 else ""
    if preposition not in ("в", "во", "при", "от"):
        return None, first
    earlier = walk_left(tokens, first - 2, name_first, sentence)
    if earlier >= 2 and tokens[earlier - 1].text.lower() == "и":  # 'чрезвычайный и полномочный посол'
        wider = walk_left(tokens, earlier - 2, name_first, sentence)
        joined = find_role_start(tokens, wider, first - 1, gazetteer) if wider < earlier - 1 else None
        if joined is not None and joined[0] < earlier and " и " in joined[1].word:
            earlier = joined[0]
    found = find_role_start(tokens, earlier, first - 1, gazetteer) if earlier < first - 1 else None
    if found is None:
        return None, first
    role = found[1]
    if preposition == "от":
        posted = role.role == "LEG"  # 'сенатор от Кентукки', 'депутат от КПРФ'
    else:  # 'полпред президента РФ в округе' is no president
        posted = role.role.endswith("DIP") or role.word == "представитель"
    return (found, earlier) if posted else (None, first)


def office_after(tokens: list[Token], name_last: int, gazetteer: Any) -> Office | None:
    """An apposition after a name: 'Мурат Нуртлеу — заместитель премьер-министра ...'."""
    index = name_last
    if index >= len(tokens) or tokens[index].text not in {"–", "—", "-", ","}:
        return None
    index += 1
    sentence = tokens[name_last - 1].sentence
    start = index
    while index < len(tokens) and index - start < MAX_OFFICE_TOKENS:
        token = tokens[index]
        if token.sentence != sentence or (token.pos not in OFFICE_POS and token.text.lower() not in OFFICE_WORDS):
            break
        if predicate_like(token):
            break
        if token.text.lower() in STOP_WORDS:
            break
        if token.pos == "PROPN" and "Animacy=Anim" in token.feats:
            # 'Эрдоган, президент Украины Пётр Порошенко': the office is the next name's
            return None
        index += 1
    if index == start:
        return None
    role = gazetteer.match_role([t.lemma for t in tokens[start:index]])
    if role is None or "Number=Plur" in tokens[start].feats:
        return None
    phrase = tokens[start:index]
    while phrase and phrase[-1].text in OFFICE_WORDS:
        phrase = phrase[:-1]
    if not phrase:
        return None
    return Office(title=lower_first(nominative_phrase(phrase)), role_word=role.word, role=role.role,
                  rank=role.rank, start=phrase[0].start, stop=phrase[-1].stop,
                  first=start, last=start + len(phrase))
