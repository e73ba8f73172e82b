"""Declining to comment, insults, news of appointments, a subject the parse took for an object, crime
news of a road accident, the parties of the region, protests, and sentences that end at a year's
'г.' or go on with the subject before (eighteenth session; our own sentences)."""
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
    # and so is one of a suspect the story does not name
    assert not events("Полиция Москвы задержала подозреваемого в убийстве бизнесмена.")
    # the same arrest in a story of a protest is not
    found = events("Полиция Москвы задержала Ивана Петрова, участника протеста на Садовом кольце.")
    assert [(e[0], e[3]) for e in found] == [("173", "Иван Петров")], found


def test_a_party_named_without_its_state_acts_for_its_state():
    found = events("Депутаты от КПРФ раскритиковали партию «Единая Россия».")
    assert [(e[0], e[1], e[2], e[3], e[4]) for e in found] == [("111", "КПРФ", "RUS", "Единая Россия", "RUS")], found
    found = events("Партия «Грузинская мечта» обвинила Единое национальное движение в провокации.")
    assert [(e[0], e[2], e[4]) for e in found] == [("1123", "GEO", "GEO")], found


def test_a_protest_as_the_sign_of_an_act_is_its_subjects():
    found = events("В знак протеста против поведения единороссов фракция КПРФ покинула зал заседаний Госдумы.")
    assert [(e[0], e[1], e[3]) for e in found] == [("140", "КПРФ", "единороссы")], found


def test_a_protest_in_a_town_is_aimed_at_the_authorities_of_its_state():
    found = events("Жители Твери выходили на пикеты против строительства мусорного полигона.")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [("141", "протестующие", "RUS", "власти России")], found
    # a rally that celebrates is no protest
    assert not events("Жители Твери вышли на улицы, чтобы отпраздновать победу футбольного клуба.")


def test_calling_someone_a_liar_is_criticism():
    found = events("Министр внутренних дел Молдавии Иван Петров назвал лидера оппозиции Павла Козлова «лжецом».")
    assert [(e[0], e[1], e[3]) for e in found] == [("111", "Иван Петров", "Павел Козлов")], found


def test_a_year_abbreviation_before_a_capitalised_preposition_ends_a_sentence():
    from letopis.nlp.segment import split_after_years
    text = "Он служил в армии до 1999г. В 2000г. поднял мятеж."
    assert [text[a:b] for a, b in split_after_years(text)] == ["Он служил в армии до 1999г.", "В 2000г. поднял мятеж."]
    text = "В 2000 г. Путин стал президентом."  # a name after it goes on with the sentence
    assert [text[a:b] for a, b in split_after_years(text)] == [text]


def test_a_sentence_with_no_subject_goes_on_with_the_one_before_and_keeps_its_own_year():
    found = events("Полковник армии Грузии Иван Петров служил в Кутаиси до 1999г. В 2000г. поднял неудачный мятеж "
                   "против президента Грузии Павла Козлова.", published=None)
    assert [(e[0], e[1], e[3], e[5]) for e in found] == [("190", "Иван Петров", "Павел Козлов", "2000")], found
    # a plural verb with no subject tells that someone did it, not that the subject before did
    found = events("Сотрудники ФСБ задержали министра Ивана Петрова. В ходе обыска у него нашли валюту.")
    assert [(e[0], e[1], e[3]) for e in found] == [("173", "ФСБ России", "Иван Петров")], found
