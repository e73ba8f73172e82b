"""Offices before a name and the country a holder acts for (our own sentences)."""
from __future__ import annotations

from letopis.pipeline import process_text


def person(text: str, name: str):
    doc = process_text(text)
    return next(e for e in doc.entities if e.type == "PER" and e.name == name)


def test_envoy_to_an_organisation_acts_for_the_state():
    holder = person("Постоянный представитель Армении при ООН и в Совете Безопасности ООН Мгер Маргарян "
                    "выступил на заседании.", "Мгер Маргарян")
    assert holder.country == "ARM"
    assert holder.offices[0].startswith("постоянный представитель Армении")


def test_officer_of_an_organisation_acts_for_it():
    holder = person("Генеральный секретарь ОДКБ Имангали Тасмагамбетов прибыл в Минск.", "Имангали Тасмагамбетов")
    assert holder.country == "IGO:CSTO"


def test_a_demonym_before_a_name_gives_the_country():
    assert person("Вчера в Лондоне задержали россиянку Анну Петрову.", "Анна Петрова").country == "RUS"


def test_envoy_posted_abroad_acts_for_the_sending_state():
    holder = person("Посол Эстонии в Казахстане Тоомас Лукк вручил верительные грамоты.", "Тоомас Лукк")
    assert holder.country == "EST"
    assert holder.offices[0] == "посол Эстонии в Казахстане"


def test_state_an_envoy_is_posted_in_is_not_his():
    holder = person("Посол в Казахстане Тоомас Лукк вручил верительные грамоты.", "Тоомас Лукк")
    assert holder.country is None


def test_representative_at_an_organisation_and_member_for_a_party():
    holder = person("Представитель Тегерана в ОПЕК Мохаммад Резаи заявил о новых квотах.", "Мохаммад Резаи")
    assert holder.country == "IRN" and holder.offices == ["представитель Тегерана в ОПЕК"]
    member = person("Депутат от КПРФ Сергей Иванов заявил, что голосовал против.", "Сергей Иванов")
    assert member.offices == ["депутат от КПРФ"] and "LEG" in member.code


def test_a_topic_after_an_office_and_its_holder_is_no_office_of_the_next_name():
    text = "Вице-президент США Джо Байден побеседовал с президентом Эквадора Рафаэлем Корреа по поводу Эдварда Сноудена."
    assert person(text, "Эдвард Сноуден").offices == []
    assert person(text, "Эдвард Сноуден").country is None
    text = "Министр по делам ЕАЭС Армении Иван Петров прибыл в Москву."
    assert person(text, "Иван Петров").offices == ["министр по делам ЕАЭС Армении"]
