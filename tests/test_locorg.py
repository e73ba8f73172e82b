"""loc/locorg decision: features from syntax, the shipped model, and its header."""
import json

import pytest

from letopis.entities.locorg import MODEL_PATH, classify_place, load_locorg_model, place_features
from letopis.nlp.models import load_models
from letopis.pipeline import process_text


@pytest.fixture(scope="module")
def models():
    return load_models()


def _place(doc, text):
    return next(m for m in doc.mentions if m.text == text and m.type in ("GPE", "LOC"))


def test_model_file_says_how_it_was_trained():
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert "devset" in model["header"]["trained_on"]
    assert model["header"]["command"].startswith("python scripts/train_locorg.py")
    assert model["weights"] and isinstance(model["bias"], float)


def test_features_see_case_and_preposition(models):
    doc = process_text("Переговоры прошли в России.", models=models)
    feats = place_features(doc, _place(doc, "России"))
    assert "case=Loc" in feats and "prep=в" in feats


def test_place_after_preposition_is_loc(models):
    doc = process_text("Летом он отдыхал в Германии вместе с семьёй.", models=models)
    assert classify_place(doc, _place(doc, "Германии")) == "loc"


def test_owner_of_an_office_is_locorg(models):
    doc = process_text("Министерство иностранных дел России заявило протест, сообщил президент России.",
                       models=models)
    places = [m for m in doc.mentions if m.text == "России"]
    assert places and all(classify_place(doc, m) == "locorg" for m in places)


def test_empty_model_says_loc(models):
    doc = process_text("Казахстан подписал соглашение.", models=models)
    assert classify_place(doc, _place(doc, "Казахстан"), {}) == "loc"
    assert load_locorg_model(MODEL_PATH.with_name("missing.json")) == {}
