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
