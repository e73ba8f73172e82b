"""Coordinated nouns a 'которые' stands for, readiness for talks, custody and release told with
other verbs, what an act came after, military governments, and rejections of an offer
(twentieth session; our own sentences)."""
from __future__ import annotations

from test_events import events


def test_a_plural_relative_pronoun_stands_for_all_the_coordinated_nouns_before_it():
    found = events("В споре поставят точку министр иностранных дел Франции Жан Дюпон и министр иностранных "
                   "дел Италии Марко Росси, которые встречаются в Риме в пятницу.")
    assert [(e[0], e[1], e[3]) for e in found] == [("040", "Жан Дюпон", "Марко Росси")], found


def test_a_member_coordinated_after_the_relative_clause_is_no_antecedent():
    found = events("В Карабахе произошли столкновения между сепаратистами, которых поддерживает Армения, "
                   "и азербайджанскими силами безопасности.")
    supported = [e[3] for e in found if e[2] == "ARM"]
    assert supported == ["сепаратисты"], found


def test_readiness_for_talks_is_an_intent_to_meet():
    found = events("Лидеры таиландской оппозиции объявили о готовности к переговорам с правительством Таиланда.")
    assert [(e[0], e[3]) for e in found] == [("036", "правительство Таиланда")], found
    # readiness for other work stays an intent to cooperate
    found = events("Министр иностранных дел Японии подтвердил готовность к тесной совместной работе с Ираном.")
    assert [(e[0], e[4]) for e in found] == [("030", "IRN")], found


def test_custody_and_release_told_with_other_verbs():
    for text in ("Оппозиционера Ивана Петрова вновь взяли под домашний арест.",
                 "Тогда власти Белоруссии вернули оппозиционера Ивана Петрова под домашний арест."):
        found = events(text)
        assert [(e[0], e[3]) for e in found] == [("173", "Иван Петров")], found
    found = events("Власти Мьянмы выпустили оппозиционера Тина Ко на свободу.")
    assert [(e[0], e[2]) for e in found] == [("0841", "MMR")], found


def test_what_an_act_came_after_is_no_object_of_it():
    for text in ("Соратник Юлии Тимошенко после её ареста поместил деньги партии в банк.",
                 "Соратник Юлии Тимошенко, который после её ареста взял управление партией, ушёл из политики."):
        found = events(text)
        assert [(e[0], e[1], e[3]) for e in found] == [("173", "власти Украины", "Юлия Тимошенко")], found


def test_a_military_government_acts():
    found = events("Военная хунта Мьянмы арестовала лидеров оппозиции.")
    assert [(e[0], e[1], e[2]) for e in found] == [("173", "военная хунта Мьянмы", "MMR")], found


def test_a_rejection_is_aimed_at_whoever_offered_what_is_rejected():
    found = events("Оппозиционер Иван Петров сообщил, что отверг предложенную ему белорусскими властями сделку.")
    assert [(e[0], e[1], e[4]) for e in found] == [("120", "Иван Петров", "BLR")], found
