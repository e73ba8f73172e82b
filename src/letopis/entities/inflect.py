"""Nominative forms of names and titles with pymorphy2, guided by slovnet's context tags."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .gazetteer import load_morph

# UD case (slovnet) -> OpenCorpora case (pymorphy2)
UD_TO_OC_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs",
                 "Ins": "ablt", "Loc": "loct", "Voc": "voct", "Par": "gen2"}
UD_TO_OC_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def parse_feats(feats: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in feats.split("|") if "=" in part)


def token_case(token) -> str:
    """A token's UD case ('Gen'), or '' when the tagger gives none."""
    return parse_feats(token.feats).get("Case", "")


def match_case(word: str, surface: str) -> str:
    """Give `word` the capitalisation pattern of `surface` (per hyphen part)."""
    if surface.isupper() and len(surface) > 1:
        return word.upper()
    parts, shapes = word.split("-"), surface.split("-")
    out = []
    for i, part in enumerate(parts):
        shape = shapes[i] if i < len(shapes) else shapes[-1]
        out.append(part[:1].upper() + part[1:] if shape[:1].isupper() else part)
    return "-".join(out)


@lru_cache(maxsize=100_000)
def nominative_word(word: str, case: str, gender: str, number: str = "Sing",
                    proper: bool = True) -> str:
    """One word in the nominative, keeping its gender and number; the surface if unsure."""
    if case in ("", "Nom"):
        return word
    if proper and case == "Ins" and word[-1:].lower() in "иуоэю" and not word.lower().endswith(("ами", "ями")):
        return word  # no instrumental ends so: a foreign name that does not decline ('Хулуси Акаром')
    if proper and case in ("Gen", "Acc", "Ins") and word[-1:].lower() == "е" and word[-2:-1].lower() not in "аеёиоуыэюя":
        return word  # no genitive, accusative or instrumental of a name ends in -е: 'Родриго Дутерте' does not decline
    oc_case = UD_TO_OC_CASE.get(case)
    oc_gender = UD_TO_OC_GENDER.get(gender)
    parses = load_morph().parse(word)
    if number != "Plur" and proper:
        # a name is one person: a plural guess for an unknown word ('Грасой' as a plural
        # genitive) would give a nominative that never was ('Грасоя')
        parses = [p for p in parses if "plur" not in p.tag.grammemes] or parses
    best = pick_parse(parses, oc_case, oc_gender, proper)
    if best is None and oc_gender:
        # male names of the -а declension ('Мандела', 'Обама') parse as feminine
        best = pick_parse(parses, oc_case, None, proper)
    if proper and (best is None or best.tag.POS != "NOUN"):
        # the tagger's case for an unknown name can be wrong ('шейху Тамиму' read as the
        # case of the office before it); when the word's noun readings agree on one
        # case, that case is the word's own
        best = sole_noun_case(parses, oc_gender) or sole_noun_case(parses, None) or best
    if best is None:
        return word
    wanted = {"nomn", "plur" if number == "Plur" else "sing"}
    if number != "Plur" and oc_gender and "Surn" in best.tag.grammemes and oc_gender == "femn":
        wanted.add("femn")
    form = best.inflect(wanted) or best.inflect({"nomn"})
    nominative = form.word if form else best.normal_form
    if proper and nominative.endswith("ь") and ((gender == "Masc" and word.lower().endswith("и"))
                                               or (gender == "Fem" and word.lower().endswith("е"))):
        # names in -и (a man's) or -е (a woman's) do not decline: 'Альберто Фухимори',
        # 'Айссата Сиссе', not 'Фухиморь', 'Сиссь'
        return word
    return match_case(nominative, word)


def sole_noun_case(parses: list[Any], oc_gender: str | None) -> Any:
    """The first singular noun reading when all noun readings share one oblique case."""
    nouns = [p for p in parses if p.tag.POS == "NOUN" and "sing" in p.tag.grammemes
             and (not oc_gender or oc_gender in p.tag.grammemes)]
    cases = {p.tag.case for p in nouns}
    if len(cases) == 1 and "nomn" not in cases:
        return nouns[0]
    return None


def pick_parse(parses: list[Any], oc_case: str | None, oc_gender: str | None, proper: bool) -> Any:
    """The parse in the wanted case (and gender), a name's parse preferred."""
    best = None
    for parse in parses:
        tag = parse.tag
        grammemes = tag.grammemes
        if oc_case and oc_case not in grammemes:
            continue
        if oc_gender and {"masc", "femn", "neut"} & grammemes and oc_gender not in grammemes:
            continue
        if proper and not ({"Name", "Surn", "Patr", "Geox", "Orgn"} & tag.grammemes) and best is not None:
            continue
        if best is None or ({"Name", "Surn", "Patr"} & tag.grammemes and not
                            {"Name", "Surn", "Patr"} & best.tag.grammemes):
            best = parse
    return best


def nominative_phrase(tokens: list[Any], agree_case: str | None = None) -> str:
    """A phrase in the nominative: tokens in `agree_case` (the head's case) are inflected,
    genitive dependents ('министр иностранных дел') stay as they are."""
    if not tokens:
        return ""
    head_case = agree_case
    if head_case is None:
        head_case = parse_feats(tokens[0].feats).get("Case", "Nom")
    pieces: list[str] = []
    previous_stop = tokens[0].start
    in_head = True  # adjectives and the head noun agree; what follows the head is its dependents
    for token in tokens:
        feats = parse_feats(token.feats)
        word = token.text
        if token.text in ("–", "—", "-"):
            in_head = True  # 'заместитель премьер-министра – министр ...': a second head
        elif in_head and (token.pos in ("NOUN", "ADJ", "PROPN", "DET", "NUM") or feats.get("VerbForm") == "Part") \
                and same_case(feats.get("Case"), head_case) and head_case != "Nom":  # ('протестующих': a participle as a noun)
            word = nominative_word(token.text, feats.get("Case", head_case), feats.get("Gender", ""),
                                   feats.get("Number", "Sing"), proper=token.pos == "PROPN")
            if token.pos in ("NOUN", "PROPN") and getattr(token, "rel", "") != "amod":
                in_head = False  # (an adjective the tagger took for a noun still agrees: 'армянскими пограничниками')
        elif token.pos == "ADJ" and pieces and feats.get("Case") == head_case and head_case != "Nom" \
                and previous_head_case(tokens, token) == head_case and not modifies_next(tokens, token):
            # a postposed agreeing adjective: 'папы Римского' -> 'папа Римский'
            word = nominative_word(token.text, head_case, feats.get("Gender", ""), feats.get("Number", "Sing"),
                                   proper=False)
        elif token.pos in ("NOUN", "PROPN"):
            in_head = False
        if pieces and token.start > previous_stop:
            pieces.append(" ")
        pieces.append(word)
        previous_stop = token.stop
    return "".join(pieces)


def same_case(case: str | None, head_case: str) -> bool:
    """Cases that agree: an animate noun's accusative is its genitive, and taggers split them
    ('бывшего министра': genitive adjective, accusative noun)."""
    return case == head_case or {case, head_case} == {"Acc", "Gen"}


def modifies_next(tokens: list[Any], token: Any) -> bool:
    """An adjective before a noun of its case: 'министра [иностранных] дел' is no postposed 'папы Римского'."""
    index = next((i for i, t in enumerate(tokens) if t is token), 0)
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.pos in ("NOUN", "PROPN") \
        and parse_feats(following.feats).get("Case") == parse_feats(token.feats).get("Case")


def previous_head_case(tokens: list[Any], token: Any) -> str | None:
    """The case of the word right before `token` in the phrase (None at its start)."""
    index = next((i for i, t in enumerate(tokens) if t is token), 0)
    if index == 0:
        return None
    return parse_feats(tokens[index - 1].feats).get("Case")


def genitive(name: str) -> str:
    """A nominative name in the genitive ('Сингапур' -> 'Сингапура', 'Южная Корея' ->
    'Южной Кореи'); words pymorphy2 cannot inflect stay as they are."""
    words = []
    for word in name.split():
        parses = [p for p in load_morph().parse(word) if "nomn" in p.tag.grammemes]
        form = parses[0].inflect({"gent"}) if parses else None
        words.append(match_case(form.word, word) if form else word)
    return " ".join(words)


# Lower-case particles of foreign names that never decline: 'бен', 'аль', 'фон', 'де'.
NAME_PARTICLES = {"бен", "бин", "ибн", "аль", "ал", "эль", "фон", "дер", "де", "ди", "да", "дель", "ла",
                  "ле", "ван", "бинт"}
HUSHING = tuple("гкхжшщч")


def person_genitive(name: str) -> str:
    """A person's nominative full name in the genitive by the rules of Russian name
    declension ('Нельсон Мандела' -> 'Нельсона Манделы', 'Граса Машел' -> 'Грасы Машел'):
    pymorphy2 guesses foreign names from look-alike words, these endings do not.
    A woman's name is told by a first name in -а/-я; her consonant-final names do not decline."""
    words = name.split()
    if not words:
        return name
    female = len(words) > 1 and is_female_first_name(words[0])
    last = len(words) - 1
    return " ".join(name_word_genitive(w, female, i == last) if w.lower() not in NAME_PARTICLES and w[:1].isupper()
                    else w for i, w in enumerate(words))


def is_female_first_name(word: str) -> bool:
    """'Граса', 'Екатерина', 'Челси': a first name in -а/-я, or one the dictionary knows as a woman's."""
    if word.lower().endswith(("а", "я")):
        return True
    names = [p.tag for p in load_morph().parse(word) if "Name" in p.tag.grammemes]
    return bool(names) and all("femn" in tag.grammemes for tag in names)


def name_word_genitive(word: str, female: bool, surname: bool = True) -> str:
    """One word of a person's name in the genitive (see person_genitive)."""
    if "-" in word:
        return "-".join(name_word_genitive(part, female, surname) if part[:1].isupper() else part
                        for part in word.split("-"))
    low = word.lower()
    if surname and low.endswith(("ская", "цкая")):
        out = word[:-2] + "ой"
    elif surname and low.endswith(("ский", "цкий")):
        out = word[:-2] + "ого"
    elif surname and female and low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        out = word[:-1] + "ой"
    elif low.endswith("а"):
        out = word[:-1] + ("и" if low[:-1].endswith(HUSHING) else "ы")
    elif low.endswith("я"):
        out = word[:-1] + "и"
    elif female:
        out = word
    elif low.endswith(("ий", "ей", "ай", "ой")):
        out = word[:-1] + "я"
    elif low.endswith("ь"):
        out = word[:-1] + "я"
    elif low[-1:] in "бвгджзклмнпрстфхцчшщ":
        out = word + "а"
    else:
        out = word  # '-о', '-е', '-и', '-у': foreign names that do not decline
    return out
