"""Publication dates in Russian news: '23 мая, 2025', '23.05.2025', '2025-05-23', '23 мая 2025 года, 14:05'.

A small parser of our own: natasha's DatesExtractor drops the year in
'23 мая, 2025' and dateparser misreads ranges (design/toolchain.md).
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3, "апрел": 4, "апр": 4,
    "мая": 5, "май": 5, "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9,
    "сент": 9, "октябр": 10, "окт": 10, "ноябр": 11, "ноя": 11, "нояб": 11, "декабр": 12, "дек": 12,
}
_MONTH = r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[яй]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)"
_TIME = r"(?:,?\s*(?:в\s*)?\d{1,2}:\d{2}(?::\d{2})?)?"
_WORDY = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\.?,?\s+(\d{{4}})(?:\s*(?:г\.|года|год)\b\.?)?{_TIME}", re.I)
_DOTTED = re.compile(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}|\d{{2}})\b{_TIME}")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
# Words that may stand beside a date on a dateline without making it prose.
_DATELINE_WORDS = re.compile(
    r"\b(опубликовано|обновлено|дата|публикации|изменено|мск|сегодня|вчера|в|г|года|год|utc|gmt|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс)\b",
    re.I,
)


def parse_date(text: str) -> str | None:
    """The first date in a string as ISO 'YYYY-MM-DD', or None; impossible dates are skipped."""
    found = [(m.start(), iso) for m, iso in _matches(text)]
    return min(found)[1] if found else None


# the place a dateline opens with ('Ашхабад, 21 января 2021 года', 'НУР-СУЛТАН. 5 мая')
_DATELINE_PLACE = re.compile(r"^\s*[А-ЯЁA-Z][\w-]*(?:[\s-][А-ЯЁA-Z][\w-]*)?\s*[,.]\s*$")


def date_of_line(line: str) -> str | None:
    """The ISO date of a line that is a dateline (a date, maybe a place before it, time and labels), else None."""
    for match, iso in _matches(line):
        before = line[: match.start()]
        if _DATELINE_PLACE.match(before):
            before = ""
        rest = _DATELINE_WORDS.sub(" ", before + " " + line[match.end():])
        if not re.search(r"[^\W\d_]", rest):
            return iso
    return None


_PREPOSITIONS = {"в", "во", "на", "с", "со", "к", "по", "из", "у", "о", "об", "под", "над", "за"}
_LEAD_PLACE = re.compile(r"\s*[А-ЯЁA-Z][\w-]*(?:[\s-][А-ЯЁA-Z][\w-]*)?\s*[,.]\s*")


def date_of_lead(paragraph: str) -> str | None:
    """The ISO date a lead paragraph opens with after its place ('Ташкент, 3 апреля 2026 года.
    Президент ...'), else None: the dateline of agency copy, written into the first paragraph."""
    place = _LEAD_PLACE.match(paragraph)
    if place is None or place.group(0).split()[0].lower() in _PREPOSITIONS:
        return None  # ('В Москве, 3 апреля 2026 года, прошла ...' dates an act, not the copy)
    for pattern in (_WORDY, _DOTTED):
        match = pattern.match(paragraph, place.end())
        if match is not None:
            return parse_date(match.group(0))
    return None


def _matches(text: str):
    for match in _WORDY.finditer(text):
        iso = _iso(int(match.group(3)), _month(match.group(2)), int(match.group(1)))
        if iso:
            yield match, iso
    for match in _DOTTED.finditer(text):
        year = int(match.group(3))
        year += 2000 if year < 100 else 0
        iso = _iso(year, int(match.group(2)), int(match.group(1)))
        if iso:
            yield match, iso
    for match in _ISO.finditer(text):
        iso = _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if iso:
            yield match, iso


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    for stem in sorted(MONTHS, key=len, reverse=True):
        if word.startswith(stem):
            return MONTHS[stem]
    return 0


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
