"""Assaults with no named assailant, people named by whom they oppose, the bodies of 'the
country', investigations one falls under, and the year of an undated story (seventeenth
session; our own sentences)."""
from __future__ import annotations

from test_events import events

from letopis.pipeline import process_text


def test_a_politician_killed_by_no_one_named_is_an_assault_by_unknown_assailants():
    found = events("Бывший премьер-министр Молдавии Иван Сидоров был застрелен у своего дома.")
    assert [(e[0], e[1], e[2], e[3], e[4]) for e in found] == [("1823", "неизвестные", None, "Иван Сидоров", "MDA")]
    # the murder of someone not in politics is crime news
    assert not events("В Москве был убит бизнесмен Иван Петров.")


def test_a_critic_of_a_person_is_not_that_person():
    found = events("Полиция Грузии задержала критика президента Михаила Саакашвили.")
    assert [(e[0], e[3]) for e in found] == [("173", "критик Михаила Саакашвили")], found


def test_the_authorities_of_the_country_are_named_by_its_name():
    found = events("Генеральный прокурор Казахстана сообщил, что власти страны задержали двух бывших министров.")
    assert [(e[0], e[1]) for e in found] == [("173", "власти Казахстана")], found


def test_falling_under_investigation_is_the_states_investigation():
    found = events("В Казахстане под следствие попал бывший министр энергетики Иван Сидоров.")
    assert [(e[0], e[1], e[3]) for e in found] == [("090", "власти Казахстана", "Иван Сидоров")], found


def test_one_put_on_trial_is_tried_by_a_court():
    found = events("Бывший мэр Бишкека Иван Сидоров вновь оказался на скамье подсудимых.")
    assert [(e[0], e[1], e[3]) for e in found] == [("173", "суд Киргизии", "Иван Сидоров")], found


def test_an_undated_story_dates_its_undated_acts_by_the_year_it_names_most():
    text = ("Переговоры в Женеве\n\nМинистр иностранных дел Ирана раскритиковал США. Переговоры "
            "начались в 2019 году, и в 2019 году стороны встречались трижды.")
    found = {e.cameo: e.date for e in process_text(text, published=None).events}
    assert found["111"] == "2019", found
    # a year named once may be a birth or a war long before: it dates nothing else
    text = "Переговоры в Женеве\n\nМинистр иностранных дел Ирана раскритиковал США. Он родился в 1960 году."
    found = {e.cameo: e.date for e in process_text(text, published=None).events}
    assert found["111"] is None, found


def test_a_court_named_by_its_capitals_adjective_is_that_states():
    found = events("Швеция добивается выдачи Джулиана Ассанжа. Магистратский суд лондонского района Вестминстер "
                   "принял решение об освобождении Ассанжа под залог.")
    assert [(e[0], e[1], e[2]) for e in found] == [("0841", "Магистратский суд", "GBR")], found


def test_a_state_named_by_its_adjective_places_an_agentless_act():
    found = events("Швеция добивается выдачи Джулиана Ассанжа. Ассанж находится в заключении с того момента, "
                   "как был задержан в британской столице.")
    assert [(e[0], e[1], e[2]) for e in found] == [("173", "власти Великобритании", "GBR")], found


def test_a_conjunct_with_a_preposition_of_its_own_is_no_side():
    found = events("Переговоры между Арменией и Азербайджаном начались в прошлом месяце, когда Пашинян обвинил Баку "
                   "в нападении на его резиденцию в Ереване и на его советника — известного дипломата Ивана Петросяна.")
    assert [(e[0], e[2], e[4]) for e in found if e[0] == "040"] == [("040", "ARM", "AZE")], found


def test_a_gerund_restating_a_criticism_is_not_a_second_one():
    found = events("Сын министра Иван Петрович был задержан спецслужбами США на Мальдивах. Власти России "
                   "критиковали этот арест, называя его «незаконным похищением».")
    assert [(e[0], e[1], e[3]) for e in found if e[0] == "111"] == [("111", "власти России", "спецслужбы США")], found


def test_pressure_on_an_actor_is_the_demand_it_presses():
    found = events("США и страны Запада оказали давление на руководство Украины.")
    assert ("100", "США", "USA", "руководство Украины", "UKR") in [e[:5] for e in found], found


def test_what_a_speaker_says_it_will_do_itself_is_a_stated_intent():
    found = events("Франция заявила, что будет поставлять оружие сирийским повстанцам.")
    assert [(e[0], e[2], e[4], e[7]) for e in found] == [("031", "FRA", "SYR", "asserted")], found
    # another's future act the speaker tells of is that act, planned
    found = events("Франция заявила, что Россия будет поставлять оружие Сирии.")
    assert [(e[0], e[2], e[4], e[7]) for e in found] == [("062", "RUS", "SYR", "planned")], found


def test_a_description_is_named_in_the_nominative_whatever_case_the_tagger_split():
    # 'бывшего министра': the tagger calls the adjective genitive and the noun accusative
    found = events("Последние полгода бывшего министра не переставал критиковать лидер оппозиции Иван Петров.")
    assert [(e[0], e[3]) for e in found] == [("111", "бывший министр")], found


def test_an_arrest_in_a_story_of_no_political_case_is_crime_news():
    assert not events("Полиция Техаса задержала 17-летнего школьника Джона Смита, устроившего стрельбу в школе.")
    # terrorism, a protest, or a foreigner held make it a case between political actors
    assert events("Полиция Техаса задержала 17-летнего школьника Джона Смита по подозрению в подготовке теракта.")
    assert events("Полиция Москвы задержала Ивана Петрова после митинга оппозиции.")
    found = events("Полиция Москвы задержала гражданина Германии Ханса Мюллера, устроившего стрельбу в кафе.")
    assert [(e[0], e[2], e[4]) for e in found] == [("173", "RUS", "DEU")], found
