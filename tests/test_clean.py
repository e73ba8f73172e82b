"""Clean: boilerplate out, article and metadata kept, on the seeds and on pages written here."""
from __future__ import annotations

import pytest

from letopis.clean import clean, split_blocks
from letopis.clean.body import select_body
from letopis.clean.boilerplate import load_patterns, looks_like_caption, match_kind
from letopis.clean.dates import date_of_line, parse_date
from letopis.clean.meta import find_byline, find_cited_sources, find_outlet, find_photo_credit
from letopis.doc import RawDoc, make_doc_id
from letopis.errors import EmptyDocumentError
from letopis.ingest import iter_inputs

BOILERPLATE = [
    "Добавить комментарий", "Akismet", "Фото дня", "Наши партнеры", "Яндекс.Метрика",
    "Перейти к верхней панели", "ИСТОРИЧЕСКИЕ ХРОНИКИ", "Ваш адрес email",
]


def seed_doc(shared_dir, prefix):
    [path] = sorted((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
    [raw] = iter_inputs([str(path)])
    return raw, clean(raw)


@pytest.mark.shared
def test_seed_000_clean_text_and_meta(shared_dir):
    raw, doc = seed_doc(shared_dir, "000")
    title = "Азербайджан и Казахстан обсудили двусторонние отношения"
    assert doc.title == title
    assert doc.text.startswith(title + "\n\n")
    assert doc.text.count(title) == 1  # the repeated title is gone
    for phrase in ["обсудили в Астане", "Халаф Халафов", "Устава СВМДА", "Кайратом Сарыбаем"]:
        assert phrase in doc.text
    for phrase in BOILERPLATE + ["Повестка дня", "Фото: МИД РК", "23 мая, 2025", "БУТЫРИНА"]:
        assert phrase not in doc.text, phrase
    assert doc.author == "Наталья Бутырина"
    assert doc.published == "2025-05-23"
    assert doc.photo_credit == "МИД РК"
    assert doc.id == make_doc_id(doc.text) and doc.raw_chars == len(raw.text)
    assert "\n\n\n" not in doc.text and "\u00a0" not in doc.text


@pytest.mark.shared
def test_seed_004_clean_text_and_meta(shared_dir):
    _, doc = seed_doc(shared_dir, "004")
    lines = doc.text.split("\n\n")
    for heading in ["Что сказал Токаев", "Что сказал Алиев", "Какие темы обсуждались во время встречи", "Контекст"]:
        assert heading in lines, heading  # section headings stay, as paragraphs of their own
    assert "Akorda" not in lines
    assert "Марина Маратова" not in doc.text
    assert doc.title.startswith("Токаев поздравил Алиева")
    assert doc.author == "Марина Маратова"
    assert doc.published is None
    assert "Ulysmedia.kz" in doc.cited_sources and "Акорда" in doc.cited_sources
    assert doc.outlet == "Ulysmedia.kz"
    assert "провели переговоры в Баку" in doc.text and "непризнанной республики" in doc.text
    for phrase in BOILERPLATE:
        assert phrase not in doc.text


def test_boilerplate_table_loads_with_known_kinds():
    patterns = load_patterns()
    assert len(patterns) > 30
    assert {p.kind for p in patterns} == {"end", "line", "top", "caption"}


@pytest.mark.parametrize(
    "line,kind",
    [
        ("Добавить комментарий", "end"),
        ("Этот сайт использует Akismet для борьбы со спамом.", "end"),
        ("Подписывайтесь на наш Telegram-канал", "line"),
        ("Поделиться", "line"),
        ("LiveInternet", "line"),
        ("Google Analytics", "line"),
        ("Политика", "top"),
        ("Что сказал Токаев", None),
        ("Контекст", None),
    ],
)
def test_match_kind(line, kind):
    assert match_kind(line) == kind


@pytest.mark.parametrize("line", ["Reuters", "AP", "РИА Новости", "Akorda", "Getty Images", "ТАСС"])
def test_captions(line):
    assert looks_like_caption(line)


@pytest.mark.parametrize("line", ["Контекст", "Что сказал Токаев", "Какие темы обсуждались", "Сообщается, что ТАСС."])
def test_headings_are_not_captions(line):
    assert not looks_like_caption(line)


@pytest.mark.parametrize(
    "text,iso",
    [
        ("23 мая, 2025", "2025-05-23"),
        ("23.05.2025", "2025-05-23"),
        ("23 мая 2025 года", "2025-05-23"),
        ("2025-05-23", "2025-05-23"),
        ("23 мая 2025, 14:05", "2025-05-23"),
        ("1 сент. 2024 г.", "2024-09-01"),
        ("2024-03-14T10:20:00+03:00", "2024-03-14"),
        ("31.02.2024", None),
        ("19-20 сентября", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_dateline_only_for_date_lines():
    assert date_of_line("Опубликовано: 23 мая 2025, 14:05") == "2025-05-23"
    assert date_of_line("23 мая 2025 года президенты подписали договор.") is None


@pytest.mark.parametrize(
    "line,name",
    [
        ("Наталья БУТЫРИНА", "Наталья Бутырина"),
        ("Марина Маратова", "Марина Маратова"),
        ("Автор: Иван Петрович Сидоров", "Иван Петрович Сидоров"),
        ("Повестка дня", None),
        ("Наши партнеры", None),
        ("Нагорный Карабах", None),
        ("Что сказал Токаев", None),
    ],
)
def test_find_byline(line, name):
    assert find_byline(line) == name


def test_photo_credit_and_sources():
    assert find_photo_credit("Фото: МИД РК") == "МИД РК"
    assert find_photo_credit("© Reuters") == "Reuters"
    assert find_photo_credit("Фото дня") is None
    text = (
        "Переговоры прошли в Баку, передаёт Ulysmedia.kz со ссылкой на Акорду. "
        "Об этом сообщает ТАСС. По данным Reuters, встреча длилась час. "
        "Как сообщили в пресс-службе МИД, визит продолжится."
    )
    assert find_cited_sources(text) == ["Ulysmedia.kz", "Акорда", "ТАСС", "Reuters", "МИД"]
    assert find_outlet(text) == "Ulysmedia.kz"
    assert find_outlet(text, "https://www.kazinform.kz/news/1") == "kazinform.kz"


ARTICLE = [
    "Министры обсудили транзит через Каспий",
    "Новости",
    "Министры обсудили транзит через Каспий",
    "Министры транспорта двух прикаспийских стран провели в Актау переговоры о развитии коридора.",
    "Reuters",
    "Что решили стороны",
    "К концу года планируется запустить единую цифровую платформу для перевозчиков и открыть терминал.",
    "Иван ПЕТРОВ",
    "14 марта 2024",
    "Поделиться",
    "ЧИТАЙТЕ ТАКЖЕ",
    "ГЛАВНЫЕ НОВОСТИ РЕГИОНА",
]


def test_select_body_on_a_page_written_here():
    body = select_body(ARTICLE[1:], ARTICLE[0])
    assert body.blocks == [ARTICLE[3], ARTICLE[5], ARTICLE[6]]
    assert (body.author, body.published, body.photo_credit) == ("Иван Петров", "2024-03-14", "Reuters")


def test_clean_plain_text_puts_title_first():
    doc = clean(RawDoc(text="\n\n".join(ARTICLE), path="x.txt"))
    assert doc.text.split("\n\n") == [ARTICLE[0], ARTICLE[3], ARTICLE[5], ARTICLE[6]]
    assert doc.title == ARTICLE[0]


def test_hard_wrapped_paragraph_is_joined():
    text = (
        "Министры транспорта двух прикаспийских стран провели в Актау\n"
        "переговоры о развитии транзитного коридора и договорились\n"
        "увеличить число паромных рейсов.\n\nЗаголовок\nРубрика"
    )
    assert split_blocks(text) == [
        "Министры транспорта двух прикаспийских стран провели в Актау переговоры о развитии транзитного "
        "коридора и договорились увеличить число паромных рейсов.",
        "Заголовок",
        "Рубрика",
    ]


PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Министры обсудили транзит через Каспий — Новости Прикаспия</title>
<meta property="article:published_time" content="2024-03-14T10:20:00+03:00"></head>
<body>
<header><nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li></ul></nav></header>
<main><article>
<h1>Министры обсудили транзит через Каспий</h1>
<p class="byline">Иван ПЕТРОВ</p>
<p>Министры транспорта двух прикаспийских стран провели в Актау переговоры о развитии транзитного коридора, сообщает ТАСС.</p>
<p>Стороны договорились увеличить число паромных рейсов и упростить таможенные процедуры, по данным Минтранса.</p>
<h2>Что решили стороны</h2>
<p>К концу года планируется запустить единую цифровую платформу для перевозчиков, а также открыть новый терминал.</p>
</article>
<section class="comments"><h3>Добавить комментарий</h3><form><textarea></textarea><button>Отправить</button></form>
<p>Ваш адрес email не будет опубликован. Обязательные поля помечены *</p>
<div class="comment"><p>Отличная новость, давно пора было это сделать!</p></div></section>
</main>
<footer><p>Наши партнеры</p><p>© 2024 Новости Прикаспия. Все права защищены.</p><p>Яндекс.Метрика</p></footer>
</body></html>
"""


def test_clean_html_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [raw] = iter_inputs([str(path)])
    raw.url = "https://www.caspian.example/news/1"
    doc = clean(raw)
    assert doc.title == "Министры обсудили транзит через Каспий"
    assert doc.text.split("\n\n")[0] == doc.title and doc.text.count(doc.title) == 1
    for phrase in ["переговоры о развитии", "Что решили стороны", "новый терминал"]:
        assert phrase in doc.text
    for phrase in ["Главная", "Добавить комментарий", "Ваш адрес", "Наши партнеры", "Все права", "Метрика", "Отличная новость"]:
        assert phrase not in doc.text, phrase
    assert doc.published == "2024-03-14"
    assert doc.author == "Иван Петров"
    assert doc.cited_sources == ["ТАСС", "Минтранс"]
    assert doc.outlet == "caspian.example" and doc.format == "html" and doc.raw_chars == len(PAGE)


def test_container_date_wins():
    doc = clean(RawDoc(text="\n\n".join(ARTICLE), published="2024-03-15T08:00:00Z", format="jsonl"))
    assert doc.published == "2024-03-15"


def test_nothing_left_is_an_error():
    with pytest.raises(EmptyDocumentError, match="nothing left"):
        clean(RawDoc(text="Добавить комментарий\n\nЯндекс.Метрика\n\nПоделиться\n", path="junk.txt"))


def test_a_dateline_may_open_with_its_place():
    from letopis.clean.dates import date_of_line

    assert date_of_line("Ашхабад, 21 января 2021 года") == "2021-01-21"
    assert date_of_line("НУР-СУЛТАН. 5 мая 2020") == "2020-05-05"
    assert date_of_line("Нижний Новгород, 3 марта 2020 г., 14:05") == "2020-03-03"
    # a sentence with a date is prose, not a dateline
    assert date_of_line("Москва, 5 мая 2020 года прошёл митинг") is None


def test_a_lead_paragraph_may_open_with_the_copys_dateline():
    from letopis.clean.dates import date_of_lead

    assert date_of_lead("Ташкент, 3 апреля 2026 года. Президент Казахстана прибыл в Узбекистан.") == "2026-04-03"
    assert date_of_lead("НУР-СУЛТАН. 05.05.2021. Глава государства провёл совещание.") == "2021-05-05"
    # a date inside the prose dates an act, not the copy
    assert date_of_lead("В Москве, 3 апреля 2026 года, прошла встреча министров.") is None
    assert date_of_lead("Президент Казахстана 3 апреля 2026 года прибыл в Ташкент.") is None
    doc = clean(RawDoc(text="Президенты провели переговоры\n\nТашкент, 3 апреля 2026 года. Президент Казахстана "
                            "провел переговоры с президентом Узбекистана.\n", path="lead.txt"))
    assert doc.published == "2026-04-03"


def test_wiki_markup_left_in_plain_text_is_dropped():
    doc = clean(RawDoc(text="Министр заявил о новых мерах\n\nМинистр иностранных дел [http://example.org/news/1 заявил], "
                            "что журнал ''Экономист'' ошибся [https://example.org/2].\n", path="wiki.txt"))
    assert "Министр иностранных дел заявил, что журнал Экономист ошибся ." in doc.text, doc.text
    assert "http" not in doc.text and "''" not in doc.text
