"""Declining to comment, news of appointments, a subject the parse took for an object, and
crime news of a road accident (eighteenth session; our own sentences)."""
from __future__ import annotations

from test_events import events


def test_refusing_to_comment_on_an_act_is_declining_to_comment_on_its_actor():
    found = events("Пресс-секретарь президента России Дмитрий Песков отказался комментировать "
                   "арест оппозиционера Алексея Навального.")
    assert [(e[0], e[1], e[3]) for e in found] == [("011", "Дмитрий Песков", "Алексей Навальный")], found


def test_news_of_an_appointment_or_a_dismissal_is_no_statement_about_the_person():
    assert not events("Министр обороны России Сергей Шойгу заявил, что генерал Иван Петров освобождён от должности.")
    assert not events("Премьер-министр Молдавии Ион Кику сообщил, что министром финансов назначен Сергей Пушкуца.")
    # what the person did is still news about the person
    found = events("Министр обороны России Сергей Шойгу заявил, что генерал Иван Петров находится в больнице.")
    assert [(e[0], e[3]) for e in found] == [("010", "Иван Петров")], found


def test_a_nominative_parsed_as_a_second_object_is_the_subject():
    found = events("Оппозиционера Ивана Петрова вызвали на допрос в прокуратуру Белоруссии. "
                   "В этот момент его и задержали полицейские.")
    assert [(e[0], e[1], e[3]) for e in found] == [("173", "полицейские", "Иван Петров")], found


def test_an_arrest_in_a_story_of_a_road_accident_is_crime_news():
    assert not events("Полиция Москвы задержала Ивана Петрова, виновника аварии на Садовом кольце.")
    # the same arrest in a story of a protest is not
    found = events("Полиция Москвы задержала Ивана Петрова, участника протеста на Садовом кольце.")
    assert [(e[0], e[3]) for e in found] == [("173", "Иван Петров")], found
