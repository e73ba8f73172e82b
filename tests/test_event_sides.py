"""Who is a side of an event and who is not, where the parse or the wording misleads
(our own sentences; eighth session)."""
from __future__ import annotations

from test_events import codes, events


def test_participle_after_a_comma_describes_the_phrase_before_it():
    # the parse hangs 'посетившим' on a noun after it; the visitor is the member before the comma
    found = events("Министр стал первым членом правительства Канады, посетившим Кабул после гибели полевого "
                   "командира Ахмада Шаха Масуда.")
    assert ("042", "CAN", "AFG") in codes(found)


def test_relative_clause_hung_on_a_later_noun_has_no_antecedent():
    found = events("Неожиданностью для агентства стал инцидент, возникший в марте 1999 года, который угрожал "
                   "жизни канадского инженера на борту станции «Заря».")
    assert not any(e[1] == "Заря" for e in found)


def test_act_given_as_a_cause_is_not_the_subjects():
    found = events("Губернатор области Иван Петров объявил трёхдневный траур в связи с массовым убийством "
                   "учеников школы.")
    assert not any(e[0].startswith(("18", "19", "20")) for e in found)


def test_act_named_as_a_charge_is_not_the_courts():
    found = events("Суд в Оттаве признал врача Джона Смита виновным в убийстве журналиста Питера Брауна.")
    assert any(e[0] == "116" and e[3] == "Джон Смит" for e in found)
    assert not any(e[0] == "1823" and e[1].startswith("суд") for e in found)


def test_assessing_is_praise_only_when_said_to_be_high():
    assert ("051", "KAZ", "AZE") in codes(events("Президент Казахстана высоко оценил вклад Азербайджана в работу СВМДА."))
    assert not any(e[0] == "051" for e in events("Президент оценил действия правительства Грузии."))


def test_athletes_and_pastimes_are_no_side_of_cooperation():
    assert events("Олимпийскую чемпионку поздравил губернатор Омской области Иван Петров.") == []
    assert events("Президент Казахстана поздравил болельщиков с победой сборной.") == []


def test_travellers_named_by_their_people_do_not_visit_for_their_state():
    found = events("Соглашение распространяется на всех казахстанцев, которые будут приезжать в Турцию на срок до "
                   "30 дней.")
    assert not any(e[0] in ("042", "043") for e in found)
    assert ("042", "KAZ", "TUR") in codes(events("Делегация Казахстана прибыла в Анкару с визитом."))
