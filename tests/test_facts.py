"""Occupation and Meeting facts from the Doc's offices, names and sentences."""
import pytest

from letopis.events.facts import find_facts
from letopis.nlp.models import load_models
from letopis.pipeline import process_text


@pytest.fixture(scope="module")
def models():
    return load_models()


def _args(fact):
    return {(role, text) for role, text, _s, _e in fact.args}


def test_office_gives_occupation_with_where(models):
    doc = process_text("Министр торговли Китая Чэнь Дэмин заявил, что сделка выгодна.", models=models)
    occ = [f for f in doc.facts if f.type == "Occupation"]
    assert occ, doc.mentions
    args = _args(occ[0])
    assert ("who", "Чэнь Дэмин") in args
    assert ("where", "Китая") in args
    assert any(role == "position" and text.lower().startswith("министр") for role, text in args)


def test_fact_offsets_point_into_text(models):
    doc = process_text("Президент Франции Николя Саркози встретился с Бараком Обамой в Вашингтоне.", models=models)
    assert doc.facts
    for fact in doc.facts:
        for _role, text, start, stop in fact.args:
            assert doc.text[start:stop] == text


def test_meeting_needs_two_people(models):
    doc = process_text("Николя Саркози встретился с Бараком Обамой в Вашингтоне.", models=models)
    meetings = [f for f in doc.facts if f.type == "Meeting"]
    assert len(meetings) == 1
    assert {t for r, t in _args(meetings[0]) if r == "participant"} >= {"Николя Саркози", "Бараком Обамой"}
    doc = process_text("Николя Саркози встретился с журналистами в Вашингтоне.", models=models)
    assert not [f for f in doc.facts if f.type == "Meeting"]


def test_no_meeting_word_no_meeting(models):
    doc = process_text("Николя Саркози и Барак Обама выступили в Вашингтоне.", models=models)
    assert not [f for f in find_facts(doc).facts if f.type == "Meeting"]


def _occupations(text, models):
    doc = process_text(text, models=models)
    return [_args(f) for f in doc.facts if f.type == "Occupation"]


def test_job_after_a_dash(models):
    occ = _occupations("Иван Петров — координатор движения «Зелёный путь», сообщили организаторы.", models)
    assert any(("position", "координатор") in a and ("who", "Иван Петров") in a for a in occ), occ


def test_job_word_first_in_sentence(models):
    occ = _occupations("Экономист ООН Иван Петров заявил о росте цен.", models)
    assert any(("position", "Экономист") in a and ("where", "ООН") in a for a in occ), occ


def test_adjective_where_becomes_the_place_name(models):
    occ = _occupations("Россия ответит на санкции. Российский президент Дмитрий Медведев прибыл в Сочи.", models)
    assert occ and all(("where", "Российский") not in a for a in occ), occ
    assert any(("where", "Россия") in a for a in occ), occ


def test_state_office_takes_the_home_country_named_in_the_text(models):
    occ = _occupations("Премьер-министр Михаил Фрадков прилетел в Париж. Визит важен для России.", models)
    assert any(("who", "Михаил Фрадков") in a and ("where", "России") in a for a in occ), occ


def test_plural_and_status_nouns_are_not_jobs(models):
    assert not _occupations("Депутаты Госдумы Иван Петров и Пётр Сидоров внесли законопроект.", models)
    assert not _occupations("Гражданин Германии Иван Петров задержан в аэропорту.", models)


def test_meeting_people_hang_on_the_meeting_word(models):
    doc = process_text("Иван Петров и Пётр Сидоров, которые сегодня встречаются в Минске, обсудят цены на газ.",
                       models=models)
    meetings = [f for f in doc.facts if f.type == "Meeting"]
    assert len(meetings) == 1 and len(meetings[0].args) == 2
    # a name in another clause of the sentence is not a participant
    doc = process_text("Глава компании Иван Петров провёл встречу с журналистами. Об этом пишет Пётр Сидоров, "
                       "автор блога.", models=models)
    assert not [f for f in doc.facts if f.type == "Meeting"]
    doc = process_text("Иван Петров рассказал журналистам о встрече, а Пётр Сидоров промолчал.", models=models)
    assert not [f for f in doc.facts if f.type == "Meeting"]
