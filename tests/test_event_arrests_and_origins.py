"""Who holds and who is held (sixteenth session; our own sentences): a person's state from where he
is said to come from or whose citizen he is, convictions told by their charge, arrests told as a
series, police called by the region's word, and a foreigner charged where the story is."""
from __future__ import annotations

from test_events import codes, events

from letopis.pipeline import process_text


def countries(text: str) -> dict[str, str | None]:
    return {e.name: e.country for e in process_text(text, published="2024-05-10").entities if e.type == "PER"}


def test_a_person_takes_the_state_he_is_said_to_come_from():
    found = countries("В Бостоне арестовали студента из Казахстана Ержана Бекова.")
    assert found["Ержан Беков"] == "KAZ", found
    found = countries("Похитители освободили гражданку Германии Марту Шульц.")
    assert found["Марта Шульц"] == "DEU", found
    # a body named after 'из' is no state: the person keeps none
    found = countries("На встречу пришёл представитель из Минфина Олег Гаврилов.")
    assert found["Олег Гаврилов"] is None, found


def test_a_conviction_told_by_its_charge_is_a_sentence():
    found = events("Бывший министр Армении Араик Саркисян был осуждён по обвинению в растрате бюджетных средств.")
    assert codes(found) == {("173", "ARM", "ARM")}, found
    assert not [e for e in found if e[0] == "111"], found  # convicted, not condemned


def test_a_series_of_arrests_told_without_agent_is_the_authorities():
    found = events("Власти Таджикистана начали антикоррупционную кампанию. В первый же день была произведена "
                   "серия арестов бывших чиновников.")
    assert [(e[0], e[1], e[2]) for e in found if e[0] == "173"] == [("173", "власти Таджикистана", "TJK")], found


def test_police_called_by_the_regions_word_are_the_states():
    found = events("Милиция Кыргызстана задержала участников несанкционированного митинга.")
    assert [(e[0], e[1], e[2]) for e in found if e[0] == "173"] == [("173", "милиция Кыргызстана", "KGZ")], found
    found = events("В Минске милиционеры задержали двух журналистов.")
    assert [(e[0], e[2]) for e in found if e[0] == "173"] == [("173", "BLR")], found


def test_a_foreigner_charged_in_a_story_about_one_state_is_charged_by_it():
    found = events("Власти США усилили проверку студенческих виз. Проверки коснулись всех университетов. "
                   "Министр юстиции США выступил с заявлением. Студента из Казахстана Ержана Бекова обвиняют "
                   "в сокрытии улик.")
    assert ("112", "USA", "KAZ") in codes(found), found
    assert not [e for e in found if e[0] == "112" and e[2] == "KAZ"], found


def test_an_explanation_a_body_is_said_to_wait_for_is_its_request():
    found = events("В МИД Казахстана заявили, что ждут от Кыргызстана разъяснений по поводу инцидента на границе.")
    assert ("020", "KAZ", "KGZ") in codes(found), found
    assert [e[1] for e in found if e[0] == "020"] == ["МИД Казахстана"], found
    # a city named as where it was said is not the speaker
    found = events("В Бишкеке заявили, что ждут от Астаны ответа.")
    assert not [e for e in found if e[0] == "020" and e[1] == "Бишкек"], found
