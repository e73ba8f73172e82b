"""Dates in Russian news text, resolved against the publication date.

A small regex reader, not dateparser or natasha's DatesExtractor: both are slow
and misread '19-20 сентября' and '23 мая, 2025' (see design/toolchain.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_WORD = (r"(?P<month>января|январе|январь|февраля|феврале|февраль|марта|марте|март|"
              r"апреля|апреле|апрель|мая|мае|май|июня|июне|июнь|июля|июле|июль|августа|августе|август|"
              r"сентября|сентябре|сентябрь|октября|октябре|октябрь|ноября|ноябре|ноябрь|"
              r"декабря|декабре|декабрь)")
WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "накануне": -1, "завтра": 1, "послезавтра": 2}
RELATIVE_YEARS = {"прошлом": -1, "прошлого": -1, "минувшем": -1, "минувшего": -1, "этом": 0, "этого": 0,
                  "текущем": 0, "текущего": 0, "нынешнем": 0, "следующем": 1, "следующего": 1,
                  "будущем": 1, "будущего": 1, "позапрошлом": -2}

# '16 мая', '19-20 сентября', '2 и 3 октября', 'с 1 по 3 марта', '3-го мая'
DAY_MONTH = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)(?:-?го)?(?:\s*(?:[-–—]|\bи\b|\bпо\b)\s*(?P<day2>[0-3]?\d)(?:-?го)?)?\s+"
    + MONTH_WORD
    + r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d)(?:\s*(?:года|г\.|году))?|\s+(?P<same>того\s+же\s+года))?", re.I)
NUMERIC = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d])")
ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
MONTH_YEAR = re.compile(r"\b(?P<prep>в|с|до|к|в начале|в конце|в середине)?\s*" + MONTH_WORD + r"\b"
                        + r"(?:\s+(?P<year>(?:1[89]|20)\d\d)\s*(?:года|г\.)?"
                        + r"|\s+(?P<rel>прошлого|этого|текущего|следующего|будущего|минувшего)\s+года)?", re.I)
YEAR = re.compile(r"(?<![\d–-])(?P<year>(?:1[89]|20)\d\d)\s*(?:года|году|г\.|гг?\.)?(?![\d–-])")
YEAR_RANGE = re.compile(r"(?<!\d)(?P<year>(?:1[89]|20)\d\d)\s*[-–—]\s*(?P<year2>(?:1[89]|20)\d\d)(?!\d)")
RELATIVE_YEAR = re.compile(r"\bв\s+(?P<rel>" + "|".join(RELATIVE_YEARS) + r")\s+году\b", re.I)
YEARS_AGO = re.compile(r"\b(?:(?P<n>\d{1,3})\s+(?:год|года|лет)|(?P<one>год))\s+назад\b", re.I)  # '35 лет назад'
# 'в начале года', 'в конце прошлого года': the year; 'в прошлом месяце', 'на прошлой неделе': the month
PART_OF_YEAR = re.compile(r"\b(?:в|к)\s+(?:начал[еу]|середин[еу]|конц[еу])\s+(?:(?P<rel>" + "|".join(RELATIVE_YEARS)
                          + r")\s+)?года\b", re.I)
# 'в начале месяца', 'в конце прошлого месяца': the month
PART_OF_MONTH = re.compile(r"\b(?:в|к)\s+(?:начал[еу]|середин[еу]|конц[еу])\s+(?:(?P<rel>" + "|".join(RELATIVE_YEARS)
                           + r")\s+)?месяца\b", re.I)
RELATIVE_MONTH = re.compile(r"\bв\s+(?P<rel>" + "|".join(RELATIVE_YEARS) + r")\s+месяце\b", re.I)
RELATIVE_WEEK = re.compile(r"\bна\s+(?P<rel>прошлой|минувшей|этой|текущей|следующей)\s+неделе\b", re.I)
WEEK_SHIFT = {"прошлой": -1, "минувшей": -1, "этой": 0, "текущей": 0, "следующей": 1}
APPOSITION_GAP = re.compile(r"[\s,(—–-]*")
RELATIVE_DAY = re.compile(r"\b(?P<rel>" + "|".join(RELATIVE_DAYS) + r")\b", re.I)
# 'две недели назад', '3 дня назад', 'неделю назад': that many days before the report
COUNT_WORDS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "десять": 10}
DAYS_AGO = re.compile(r"\b(?:(?P<n>\d{1,2}|" + "|".join(COUNT_WORDS) + r")\s+(?P<unit>дн(?:ей|я)|недел[иь])"
                      r"|(?P<one>неделю))\s+назад\b", re.I)
# 'через неделю', 'через 10 дней', 'через месяц': that long after the report
LATER = re.compile(r"\bчерез\s+(?:(?P<n>\d{1,2}|" + "|".join(COUNT_WORDS) + r")\s+(?P<unit>дн(?:ей|я)|недел[иь])"
                   r"|(?P<one>неделю|месяц))\b", re.I)
# 'в выходные', 'в минувшие выходные': the Saturday and Sunday last before the report
WEEKEND = re.compile(r"\bв\s+(?:(?:эти|прошлые|минувшие)\s+)?выходные\b", re.I)
# 'в понедельник', 'в прошлую пятницу', 'в ночь на понедельник' (dated by the morning it ends in)
WEEKDAY = re.compile(r"\b(?:в(?:о)?\s+(?:(?:прошл|минувш|эт|следующ|ближайш)\w+\s+)?|в\s+ночь\s+(?:с\s+\w+\s+)?на\s+)"
                     r"(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.I)


@dataclass(slots=True)
class DateMention:
    start: int
    stop: int
    text: str
    value: str              # ISO, as precise as the text allows: '2025-05-16', '2023-09', '2024'
    end: str | None = None  # the last day of a range ('19-20 сентября')
    explicit_year: bool = False
    weekday: bool = False   # 'в понедельник', read as the last one up to the publication day
    guessed_year: bool = False  # 'в декабре': the year is the publication's or the one before

    def ahead(self, published: str | None) -> str:
        """A weekday or a month of a future act is the next one: 'встретится в понедельник',
        'посетит Баку в декабре' (in a May text: this December, not the last)."""
        pub = parse_iso(published)
        if pub is None:
            return self.value
        if self.weekday and (day := parse_iso(self.value)) is not None and day < pub:
            return (day + timedelta(days=7)).isoformat()
        if self.guessed_year and self.value[:7] < pub.isoformat()[:7]:
            return f"{int(self.value[:4]) + 1:04d}{self.value[4:]}"
        return self.value


def month_number(word: str) -> int:
    word = word.lower()
    for stem, number in MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word[:3] in ("мая", "мае", "май")):
            return number
    raise ValueError(word)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def infer_year(month: int, day: int | None, published: date | None) -> int | None:
    """A date without a year belongs to the publication's year, or the one before
    when it would otherwise lie well after publication ('28 декабря' in a January text)."""
    if published is None:
        return None
    candidate = date(published.year, month, min(day or 1, 28))
    if candidate - published > timedelta(days=60):
        return published.year - 1
    return published.year


def format_date(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def find_dates(text: str, published: str | None = None, offset: int = 0,
               story_year: int | None = None, same_year: int | None = None) -> list[DateMention]:
    """Every date expression in `text` with its resolved value; overlapping ones keep the longest.
    With no publication date, a day or month without a year takes `story_year` if given;
    '5 октября того же года' takes `same_year`, the year the text named last."""
    pub = parse_iso(published)

    def year_of(month: int, day: int | None) -> int | None:
        return infer_year(month, day, pub) if pub else story_year

    found: list[DateMention] = []

    def add(match: re.Match, value: str | None, end: str | None = None, explicit: bool = False,
            guessed: bool = False) -> None:
        if value:
            found.append(DateMention(match.start() + offset, match.end() + offset,
                                     match.group().strip(), value, end, explicit, guessed_year=guessed))

    ranges = [(m.start(), m.end()) for m in YEAR_RANGE.finditer(text)]
    for m in DAY_MONTH.finditer(text):
        month = month_number(m.group("month"))
        day = int(m.group("day"))
        same = bool(m.group("same") and same_year)
        year = int(m.group("year")) if m.group("year") else same_year if same else year_of(month, day)
        end = None
        if m.group("day2"):
            end = format_date(year, month, int(m.group("day2")))
        explicit = bool(m.group("year")) or same
        add(m, format_date(year, month, day) if year else None, end, explicit, not explicit)
    for pattern in (NUMERIC, ISO):
        for m in pattern.finditer(text):
            add(m, format_date(int(m.group("year")), int(m.group("month")), int(m.group("day"))), None, True)
    for m in MONTH_YEAR.finditer(text):
        if not (m.group("prep") or m.group("year") or m.group("rel")) and m.group("month")[0].isupper():
            continue  # 'Марта Кос', 'Мая' alone and capitalised are names, not months
        month = month_number(m.group("month"))
        if m.group("year"):
            year, explicit = int(m.group("year")), True
        elif m.group("rel") and pub:
            year, explicit = pub.year + RELATIVE_YEARS[m.group("rel").lower()], False
        else:
            year, explicit = year_of(month, None), False
        add(m, format_date(year, month) if year else None, None, explicit, not explicit and not m.group("rel"))
    for m in YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in ranges):
            continue
        add(m, format_date(int(m.group("year"))), None, True)
    for m in YEAR_RANGE.finditer(text):  # 'в 2011—2014 годах': from the first year to the second
        # (a span something is for, 'председательство на 2024–2026 годы', dates no act)
        during = re.search(r"\bв\s+$", text[max(0, m.start() - 3):m.start()], re.I)
        if during and int(m.group("year")) < int(m.group("year2")):
            add(m, format_date(int(m.group("year"))), format_date(int(m.group("year2"))), True)
    if pub:
        for m in RELATIVE_YEAR.finditer(text):
            add(m, format_date(pub.year + RELATIVE_YEARS[m.group("rel").lower()]))
        for m in PART_OF_YEAR.finditer(text):
            add(m, format_date(pub.year + (RELATIVE_YEARS[m.group("rel").lower()] if m.group("rel") else 0)))
        for m in PART_OF_MONTH.finditer(text):
            months = pub.year * 12 + pub.month - 1 + (RELATIVE_YEARS[m.group("rel").lower()] if m.group("rel") else 0)
            add(m, format_date(months // 12, months % 12 + 1))
        for m in LATER.finditer(text):
            if m.group("one") and m.group("one").lower() == "месяц":
                months = pub.year * 12 + pub.month  # the month after the report's
                add(m, format_date(months // 12, months % 12 + 1))
            else:
                add(m, (pub + timedelta(days=days_counted(m))).isoformat())
        for m in RELATIVE_MONTH.finditer(text):
            months = pub.year * 12 + pub.month - 1 + RELATIVE_YEARS[m.group("rel").lower()]
            add(m, format_date(months // 12, months % 12 + 1))
        for m in RELATIVE_WEEK.finditer(text):
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=WEEK_SHIFT[m.group("rel").lower()])
            sunday = monday + timedelta(days=6)
            if monday.month == sunday.month:  # a week that spans two months names neither
                add(m, format_date(monday.year, monday.month))
        for m in DAYS_AGO.finditer(text):
            add(m, (pub - timedelta(days=days_counted(m))).isoformat())
        for m in WEEKEND.finditer(text):
            saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
            add(m, saturday.isoformat(), min(saturday + timedelta(days=1), pub).isoformat())
        for m in YEARS_AGO.finditer(text):
            add(m, format_date(pub.year - (int(m.group("n")) if m.group("n") else 1)))
        for m in RELATIVE_DAY.finditer(text):
            add(m, (pub + timedelta(days=RELATIVE_DAYS[m.group("rel").lower()])).isoformat())
        for m in WEEKDAY.finditer(text):
            target = next(v for k, v in WEEKDAYS.items() if m.group("wd").lower().startswith(k))
            back = (pub.weekday() - target) % 7
            if m.group().lower().split()[1].startswith(("следующ", "ближайш")):
                back -= 7
            found.append(DateMention(m.start() + offset, m.end() + offset, m.group().strip(),
                                     (pub - timedelta(days=back)).isoformat(), weekday=True))
    return day_named_after(longest_first(found), text, offset)


def day_named_after(found: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """'Вчера, 7 мая 2013 года', 'в понедельник, 7 мая': the day the text names right after a
    relative one is that day; the relative word adds nothing (and, read against a guessed day of
    writing, may be wrong)."""
    kept = []
    for i, mention in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else None
        relative = mention.weekday or RELATIVE_DAY.fullmatch(mention.text) is not None
        if relative and after is not None and len(after.value) == 10 and not after.weekday \
                and APPOSITION_GAP.fullmatch(text[mention.stop - offset:after.start - offset]):
            continue
        kept.append(mention)
    return kept


def days_counted(match: re.Match) -> int:
    """The days 'две недели', '3 дня', 'неделю' (in DAYS_AGO or LATER) stand for."""
    if match.group("one"):
        return 7
    n = match.group("n")
    count = int(n) if n.isdigit() else COUNT_WORDS[n.lower()]
    return count * (7 if match.group("unit").lower().startswith("недел") else 1)


def longest_first(found: list[DateMention]) -> list[DateMention]:
    """Drop a mention inside a longer one ('мая' inside '16 мая 2025 года')."""
    found.sort(key=lambda d: (d.start, -(d.stop - d.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].stop:
            continue
        kept.append(mention)
    return kept
