"""Date expressions resolved against the publication date."""
import pytest

from letopis.events.dates import find_dates


def values(text, published):
    return [(d.text, d.value, d.end) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    ("Министр 16 мая посетил Астану", "2025-05-23", ("16 мая", "2025-05-16", None)),
    ("19-20 сентября прошли учения", "2023-11-24", ("19-20 сентября", "2023-09-19", "2023-09-20")),
    ("визит в следующем году", "2023-11-24", ("в следующем году", "2024", None)),
    ("в прошлом году стороны", "2023-11-24", ("в прошлом году", "2022", None)),
    ("кредит, выданный в декабре 2013 года", None, ("в декабре 2013 года", "2013-12", None)),
    ("26 июля 2016 года следователи", None, ("26 июля 2016 года", "2016-07-26", None)),
    ("опубликовано 23 мая, 2025", None, ("23 мая, 2025", "2025-05-23", None)),
    ("вчера заявил министр", "2020-01-10", ("вчера", "2020-01-09", None)),
    ("в июне этого года", "2014-11-10", ("в июне этого года", "2014-06", None)),
    ("35 лет назад совершил покушение", "2016-09-10", ("35 лет назад", "1981", None)),
    ("Год назад его избрали", "2016-09-10", ("Год назад", "2015", None)),
    ("с 2015 года отбывает срок", None, ("2015 года", "2015", None)),
    ("документ от 05.03.2024", None, ("05.03.2024", "2024-03-05", None)),
    ("2 и 3 октября прошли переговоры", "2024-05-10", ("2 и 3 октября", "2023-10-02", "2023-10-03")),
    ("с 1 по 3 марта прошли учения", "2024-05-10", ("1 по 3 марта", "2024-03-01", "2024-03-03")),
    ("встреча прошла 3-го мая", "2024-05-10", ("3-го мая", "2024-05-03", None)),
    ("в начале года стороны", "2024-05-10", ("в начале года", "2024", None)),
    ("в конце прошлого года стороны", "2024-05-10", ("в конце прошлого года", "2023", None)),
    ("в прошлом месяце стороны", "2024-01-10", ("в прошлом месяце", "2023-12", None)),
    ("две недели назад стороны", "2027-03-10", ("две недели назад", "2027-02-24", None)),
    ("3 дня назад стороны", "2027-03-10", ("3 дня назад", "2027-03-07", None)),
    ("неделю назад стороны", "2027-03-10", ("неделю назад", "2027-03-03", None)),
    ("в минувшие выходные стороны", "2027-03-10", ("в минувшие выходные", "2027-03-06", "2027-03-07")),
    ("в выходные стороны", "2027-03-07", ("в выходные", "2027-03-06", "2027-03-07")),
    ("на прошлой неделе стороны", "2024-05-22", ("на прошлой неделе", "2024-05", None)),
])
def test_resolves(text, published, expected):
    assert values(text, published)[0] == expected


def test_day_without_year_late_in_the_year_belongs_to_the_previous_year():
    assert values("28 декабря стороны договорились", "2024-01-05")[0][1] == "2023-12-28"


def test_weekday_is_the_last_one_before_publication():
    # 2013-06-29 is a Saturday: 'в минувший четверг' is 27 June
    assert values("в минувший четверг представители", "2013-06-29")[0][1] == "2013-06-27"


def test_year_ranges_are_not_event_dates():
    assert values("председательство на 2024–2026 годы", "2025-05-23") == []


def test_without_publication_date_a_bare_day_is_not_guessed():
    assert values("16 мая посетил", None) == []


def event_dates(text):
    from letopis.pipeline import process_text
    return [(e.cameo, e.date) for e in process_text(text).events]


def test_undated_report_headline_takes_the_day_its_lede_gives():
    text = ("Суд в Оттаве приговорил журналиста Ивана Петрова к трём годам тюрьмы за нападение на полицейского, "
            "охранявшего митинг в 2012 году\n"
            "Приговор оглашён 12 июля 2019 года. Журналист Иван Петров отверг обвинения.")
    assert ("173", "2019-07-12") in event_dates(text)


def test_coordinated_verb_shares_its_object_pronoun():
    found = event_dates("12 мая 2019 года суд Оттавы признал министра Канады Ивана Петрова виновным в получении "
                        "взятки и приговорил его к четырём годам тюрьмы.")
    assert ("173", "2019-05-12") in found and ("116", "2019-05-12") in found


def test_a_week_across_two_months_names_no_month():
    assert values("на прошлой неделе стороны", "2024-05-08") == []  # 29 April to 5 May
    assert values("на прошлой неделе стороны", "2024-05-02")[0][1] == "2024-04"


def test_a_future_act_s_month_is_the_next_one():
    december = find_dates("посетит Баку в декабре", "2024-05-10")[0]
    assert december.value == "2023-12"  # told of as past, last December
    assert december.ahead("2024-05-10") == "2024-12"
    explicit = find_dates("посетит Баку в декабре 2023 года", "2024-05-10")[0]
    assert explicit.ahead("2024-05-10") == "2023-12"


def test_a_story_year_dates_a_yearless_day_only_when_given():
    assert values("16 мая посетил", None) == []
    assert find_dates("16 мая посетил", story_year=2012)[0].value == "2012-05-16"


LEDE = ("Парламент Молдавии обсудил отставку правительства.\n"
        "Депутаты спорили несколько часов.\n"
        "Оппозиция требует новых выборов.\n"
        "Правящая партия против.\n")


def test_undated_chronicle_dates_a_yearless_month_by_the_year_named_just_before():
    text = LEDE + ("В апреле 2012 года премьер-министр Молдавии Иван Петров провёл переговоры с президентом Румынии.\n"
                   "В декабре полиция Молдавии арестовала министра обороны Молдавии Николая Сидорова.")
    assert ("173", "2012-12") in event_dates(text)


def test_a_year_named_long_before_does_not_date_a_yearless_day():
    text = LEDE + ("Министр обороны Николай Сидоров родился 10 сентября 1973 года в Кишинёве.\n"
                   "Он окончил университет и работал инженером.\n"
                   "Затем он переехал в столицу.\n"
                   "Там он стал депутатом парламента.\n"
                   "15 октября полиция Молдавии задержала Николая Сидорова.")
    assert ("173", None) in event_dates(text)


def test_a_woman_s_name_that_starts_like_a_month_is_no_date():
    # 'Майя', 'Марта' are names; a month alone and capitalised mid-sentence is one too
    assert find_dates("Президент Молдавии Майя Санду выступила в ООН.", "2026-09-02") == []
    assert find_dates("Еврокомиссар Марта Кос прибыла в Кишинёв.", "2026-09-02") == []
    assert [d.value for d in find_dates("В мае 2024 года и в марте", "2026-09-02")] == ["2024-05", "2026-03"]
