"""Person names: nominative full forms and the rule for 'same person'."""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..doc import Token
from .gazetteer import load_morph
from .inflect import match_case, nominative_word, parse_feats
from .known_people import load_known_people

INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z][A-Za-z'-]+")


@dataclass(slots=True)
class PersonName:
    parts: list[str]          # nominative, in text order
    initials: list[str]       # first letters of parts given as initials ('Х.')
    from_nominative: bool     # the mention itself was in the nominative

    @property
    def surname(self) -> str:
        return self.parts[-1] if self.parts else ""

    @property
    def full(self) -> str:
        return " ".join(self.parts)

    @property
    def canonical(self) -> str:
        """The name an actor is listed under: first name and surname, without the patronymic
        ('Жорес Иванович Алфёров' -> 'Жорес Алфёров', 'Ильхам Гейдар оглы Алиев' -> 'Ильхам Алиев')."""
        return " ".join(without_patronymic(self.parts))


PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$", re.I)


def without_patronymic(parts: list[str]) -> list[str]:
    """A first name, patronymic and surname without the patronymic; other names as they are."""
    if len(parts) >= 4 and parts[-2].lower() in ("оглы", "кызы", "улы", "угли"):
        return [parts[0], parts[-1]]
    if len(parts) == 3 and PATRONYMIC.search(parts[1]) and not PATRONYMIC.search(parts[2]):
        return [parts[0], parts[2]]
    return parts


def read_person_name(tokens: list[Token], case_hint: str | None = None) -> PersonName:
    """A PER mention's tokens -> its parts in the nominative; 'Х.' kept as an initial.

    `case_hint` is the case of an office phrase the name stands in apposition to
    ('помощником президента ... Ержаном Казыханом'): slovnet often mis-tags the case of
    names it does not know, while the office noun before them is tagged reliably."""
    parts: list[str] = []
    initials: list[str] = []
    cases = []
    cyrillic = any(CYRILLIC.search(t.text) for t in tokens)
    # a name has one gender, its first name's: the tagger guesses an unknown surname's
    first_gender = next((g for t in tokens if t.pos == "PROPN" and (g := parse_feats(t.feats).get("Gender"))), "")
    # and one case, its first name's: 'Джейкоба Зуму' is accusative however 'Зуму' is tagged
    first_case = next((c for t in tokens if t.pos == "PROPN" and not INITIAL.match(t.text)
                       and (c := parse_feats(t.feats).get("Case"))), None)
    declined = False  # an earlier part of the name showed its case ending
    for token in tokens:
        if token.pos == "PUNCT" and token.text != ".":
            continue
        if cyrillic and LATIN.fullmatch(token.text):
            continue  # 'Сумаила Сиссе (Soumaila Cisse)': the original spelling in brackets
        if token.text == ".":
            continue
        if INITIAL.match(token.text):
            initials.append(token.text[0].upper())
            continue
        feats = parse_feats(token.feats)
        case = case_hint or first_case or feats.get("Case", "Nom")
        cases.append(case)
        word = token.text
        if word.isupper() and len(word) > 2:  # 'БУТЫРИНА' -> 'Бутырина'
            word = word.capitalize()
        gender = first_gender if first_gender == "Fem" else feats.get("Gender", "")
        if case == "Acc" and word[-1:] in "ую" and len(word) > 3 and (parts or not initials) \
                and a_declension(word) and load_known_people().lookup(word) is None:
            # a name with no accusative reading of its own is of the -а declension ('Джейкоба
            # Зуму' -> 'Зума', not the dative of 'зум'; 'Нааму Иссахар' -> 'Наама')
            parts.append(word[:-1] + ("а" if word[-1] == "у" else "я"))
            continue
        nominative = nominative_word(word, case, gender)
        if nominative == word and case == "Dat" and gender != "Fem" and declined and word[-1:] == "у" \
                and word[-2:-1] not in VOWELS and load_known_people().lookup(word) is None:
            # after 'Джулиану', 'Ассанжу' is the dative of 'Ассанж' (a known 'Шойгу' is not)
            nominative = word[:-1]
        declined = declined or nominative.lower() != word.lower()
        if nominative == word and gender != "Fem" and case != "Nom":
            nominative = j_stem(word)  # 'Хамида Карзая' -> 'Карзай'
        parts.append(match_case(nominative, word))
    return PersonName(parts, initials, all(c == "Nom" for c in cases) if cases else False)


VOWELS = set("аеёиоуыэюяaeiouy")


def a_declension(word: str) -> bool:
    """An accusative in -у/-ю that pymorphy2 reads only as a nominative in -а/-я or as an
    indeclinable guess ('Нааму' -> 'Наама'), never as another word's accusative."""
    readings = [p for p in load_morph().parse(word) if "accs" in p.tag.grammemes and "Fixd" not in p.tag.grammemes]
    return all(p.normal_form.endswith(("а", "я")) for p in readings)


PATRONYMIC = re.compile(r"(ович|евич|ьич|ична|овна|евна|инична)$")


def addressed(name: PersonName) -> bool:
    """'Евгений Максимович': a first name and patronymic, the polite form that leaves out the surname."""
    return len(name.parts) == 2 and bool(PATRONYMIC.search(norm(name.parts[1])))


J_ENDINGS = (("ая", "ай"), ("яя", "яй"), ("ея", "ей"), ("оя", "ой"), ("уя", "уй"),
             ("аю", "ай"), ("ею", "ей"), ("аем", "ай"), ("еем", "ей"))


def j_stem(word: str) -> str:
    """A man's name in -й the dictionary does not know, from an oblique case ('Карзая',
    'Карзаю', 'Карзаем' -> 'Карзай')."""
    for oblique, nominative in J_ENDINGS:
        if word.endswith(oblique) and len(word) > len(oblique) + 2 \
                and not any(p.tag.POS == "NOUN" for p in load_morph().parse(word) if p.score > 0.5):
            return word[: -len(oblique)] + nominative
    return word


def same_person(a: PersonName, b: PersonName) -> bool:
    """Surnames equal and first names compatible (equal, an initial, or absent); a first name
    and patronymic is the person with that first name (and that patronymic, if given)."""
    if not a.parts or not b.parts:
        return False
    if addressed(a) != addressed(b):
        polite, full = (a, b) if addressed(a) else (b, a)
        if len(full.parts) < 2 or norm(polite.parts[0]) != norm(full.parts[0]):
            return False
        return len(full.parts) == 2 or stem_equal(polite.parts[1], full.parts[1])
    if norm(a.surname) != norm(b.surname):
        if husband_and_wife(a.surname, b.surname):
            return False  # 'Алиев' and 'Мехрибан Алиева': a man's and a woman's form of one surname
        if same_first_name(a, b) and stem_equal(fold_vowels(a.surname), fold_vowels(b.surname)):
            return True  # 'Дэвид Кэмерон' and 'Дэвида Камерона': two spellings of one name
        return stem_equal(a.surname, b.surname) and compatible_first(a, b)
    return compatible_first(a, b)


def first_name_only(name: PersonName) -> bool:
    """A mention that is a first name alone ('Юлию'): the dictionary knows it as a first name only."""
    if len(name.parts) != 1 or name.initials:
        return False
    parses = load_morph().parse(name.parts[0])
    # (a first name that is also a river or a town, 'Айдар', is still one: NER read it as a person)
    return bool(parses) and "Name" in parses[0].tag.grammemes \
        and not any("Surn" in p.tag.grammemes for p in parses)


def husband_and_wife(a: str, b: str) -> bool:
    """Two nominative surnames that are the masculine and feminine forms of one name."""
    short, long_ = sorted((norm(a), norm(b)), key=len)
    return long_ == short + "а" and short.endswith(("ов", "ев", "ин", "ын"))


def same_first_name(a: PersonName, b: PersonName) -> bool:
    return len(a.parts) > 1 and len(b.parts) > 1 and norm(a.parts[0]) == norm(b.parts[0])


def fold_vowels(word: str) -> str:
    """The vowels transcription renders now one way, now another (English 'a' as 'э', 'а' or 'е')."""
    return re.sub("[эае]", "е", norm(word))


def compatible_first(a: PersonName, b: PersonName) -> bool:
    first_a = a.parts[0] if len(a.parts) > 1 else None
    first_b = b.parts[0] if len(b.parts) > 1 else None
    if first_a and first_b:
        return norm(first_a) == norm(first_b) or stem_equal(first_a, first_b)
    if first_a and b.initials:
        return first_a[0].upper() == b.initials[0]
    if first_b and a.initials:
        return first_b[0].upper() == a.initials[0]
    return True


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


CASE_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ым", "им", "ою",
                "ею", "ов", "ев", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь")


def name_stem(word: str) -> str:
    word = norm(word)
    for ending in CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def stem_equal(a: str, b: str) -> bool:
    """Forms of one name that inflection left unresolved ('Казыхан'/'Казыханом',
    'Мандела'/'Манделе'): equal once a case ending is taken off."""
    a, b = norm(a), norm(b)
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    return len(name_stem(a)) >= 4 and name_stem(a) == name_stem(b)


def better_name(a: PersonName, b: PersonName) -> PersonName:
    """The fuller name; a nominative mention wins a tie (its form is the text's own)."""
    key_a = (len(a.parts), not addressed(a), a.from_nominative)  # the surname names a person for the record
    key_b = (len(b.parts), not addressed(b), b.from_nominative)
    return a if key_a >= key_b else b
