"""Metadata found in the text itself: byline, photo credit, cited sources, outlet."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

_UPPER = "A-ZА-ЯЁ"
_WORD = r"[А-ЯЁ][а-яё]+"
_SURNAME = r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)"
_BYLINE = re.compile(
    rf"(?:(?i:автор|текст|автор материала|подготовил[аи]?|материал подготовил[аи]?)\s*[:—–-]?\s*)?"
    rf"({_WORD})(\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична|ич))?\s+({_SURNAME})"
)
_PHOTO = re.compile(
    r"(?:фото(?:графия)?|источник фото|фото на (?:обложке|заставке)|photo)\s*[:—–-]\s*(?:©\s*)?(.{1,80})|©\s*(.{1,60})",
    re.I,
)
# A cited source: up to four capitalised tokens, «quoted» names and domain names included.
_TOKEN = rf"(?:«[^»]{{1,60}}»|\"[^\"]{{1,60}}\"|[{_UPPER}][\w&-]*(?:\.[a-zа-я]{{2,6}})*)"
_NAME = rf"({_TOKEN}(?:\s+{_TOKEN}){{0,3}})"
# Generic heads before the name: 'агентство Reuters', 'пресс-службе МИД'.
_HEAD = r"(?:(?:информационн\w+ )?агентств\w*|издани\w*|газет\w*|телеканал\w*|портал\w*|сайт\w*|информагентств\w*|пресс-служб\w*|канал\w*)\s+"
_CUES = (
    # cue, the grammatical case of the name after it, counts as the outlet's self-reference
    (r"(?:передаёт|передает)", "nomn", True),
    (r"(?:сообщает|сообщают|пишет|пишут|информирует|цитирует)", "nomn", False),
    (r"(?:по данным|по информации|по сообщению|согласно данным|согласно информации|со слов)", "gent", False),
    (r"со ссылкой на", "accs", False),
    (r"(?:сообщили|заявили|рассказали|пояснили|уточнили|отметили) в", "loct", False),
)
# Lowercase stems of the cues: paragraphs without any are not searched (speed on huge pages).
_CUE_STEMS = re.compile("переда|сообща|пиш|информ|цитир|данны|сообщени|слов|ссылк|сообщил|заявил|рассказал|пояснил|уточнил|отметил")
_CUE_PATTERNS = [
    (re.compile(rf"(?i:\b{cue})\s+(?:(?i:{_HEAD}))?{_NAME}"), case, outlet) for cue, case, outlet in _CUES
]


def load_morph():
    """natasha's MorphVocab, shared with the nlp stage (one per process)."""
    from ..nlp.models import load_morph_vocab

    return load_morph_vocab()


def find_byline(line: str) -> str | None:
    """The author's name if the whole line is a byline ('Наталья БУТЫРИНА', 'Автор: Марина Маратова')."""
    match = _BYLINE.fullmatch(line.strip().rstrip("."))
    if not match:
        return None
    first, middle, last = match.group(1), match.group(2), match.group(3)
    if not _is_first_name(first) or _is_common_word(last):
        return None
    parts = [first] + ([middle.strip()] if middle else []) + [last]
    return " ".join(normalise_name_case(part) for part in parts)


def normalise_name_case(word: str) -> str:
    """'БУТЫРИНА' -> 'Бутырина', 'ИВАНОВ-ПЕТРОВ' -> 'Иванов-Петров'; mixed case is kept."""
    if word.isupper():
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def find_photo_credit(line: str) -> str | None:
    """'Фото: МИД РК' -> 'МИД РК'; '© Reuters' -> 'Reuters'; else None."""
    match = _PHOTO.fullmatch(line.strip())
    if not match:
        return None
    credit = (match.group(1) or match.group(2) or "").strip().rstrip(".")
    return credit or None


def find_cited_sources(text: str) -> list[str]:
    """Sources the text cites ('передаёт X', 'со ссылкой на X', 'по данным X'), nominative, in order."""
    found: list[tuple[int, int, str]] = []
    for number, paragraph in enumerate(text.split("\n")):
        if not _CUE_STEMS.search(paragraph.lower()):
            continue
        for pattern, case, _ in _CUE_PATTERNS:
            for match in pattern.finditer(paragraph):
                name = to_nominative(_trim_name(match.group(1)), case)
                if name:
                    found.append((number, match.start(1), name))
    seen: dict[str, None] = {}
    for _, _, name in sorted(found):
        seen.setdefault(name, None)
    return list(seen)


def find_outlet(text: str, url: str = "") -> str:
    """The outlet: the url's domain, else the first source in 'передаёт X' (how outlets name themselves)."""
    if url:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        if host:
            return host.removeprefix("www.")
    for paragraph in text.split("\n"):
        if "переда" not in paragraph.lower():
            continue
        for pattern, case, is_outlet in _CUE_PATTERNS:
            match = pattern.search(paragraph) if is_outlet else None
            if match:
                return to_nominative(_trim_name(match.group(1)), case)
    return ""


def to_nominative(name: str, case: str) -> str:
    """Put a one-word Cyrillic name in the nominative ('Акорду' -> 'Акорда'); leave others as written."""
    if " " in name or not re.fullmatch(r"[А-ЯЁ][а-яё-]+", name) or case == "nomn":
        return name
    for parse in load_morph().parse(name.lower()):
        if parse.tag.case == case and "NOUN" in parse.tag:
            inflected = parse.inflect({"Nom"})  # natasha forms take UD feature names
            if inflected:
                return inflected.word[:1].upper() + inflected.word[1:]
    return name


def _trim_name(name: str) -> str:
    name = name.strip().rstrip(".,;:")
    if name[:1] in "«\"" and name[-1:] in "»\"":
        name = name[1:-1]
    return name


def _is_first_name(word: str) -> bool:
    return any("Name" in parse.tag for parse in load_morph().parse(word.lower()))


def _is_common_word(word: str) -> bool:
    """A surname slot filled by an ordinary noun or verb ('Марина приехала') is no byline."""
    if word.isupper():
        return False
    parses = load_morph().parse(word.lower())
    return bool(parses) and parses[0].score > 0.5 and not any(
        tag in parses[0].tag for tag in ("Surn", "Name", "Patr", "Geox", "Orgn")
    ) and parses[0].tag.POS not in ("NOUN",)
