"""The two seed articles end to end: metadata, actors with offices, organisations, key events."""
from __future__ import annotations

import pytest

from letopis.doc import RawDoc
from letopis.pipeline import process

ENVOY = "seeds/000_c113a5bc2034d658.txt"
TALKS = "seeds/004_9a1605f9dd541365.txt"


@pytest.fixture(scope="module")
def seeds(shared_dir):
    docs = {}
    for name in (ENVOY, TALKS):
        path = shared_dir / name
        docs[name] = process(RawDoc(text=path.read_text(encoding="utf-8"), path=str(path)))
    return docs


def people(doc):
    return {e.name: e for e in doc.entities if e.type == "PER"}


def test_envoy_visit_actors_have_offices_and_countries(seeds):
    found = people(seeds[ENVOY])
    assert found["Халаф Халафов"].country == "AZE"
    assert "по особым поручениям" in found["Халаф Халафов"].offices[0]
    assert "Х. Халафов" in found["Халаф Халафов"].aliases  # the partial name is the same actor
    assert found["Мурат Нуртлеу"].offices == [
        "заместитель премьер-министра – министр иностранных дел Республики Казахстан"]
    assert found["Мурат Нуртлеу"].country == "KAZ" and found["Мурат Нуртлеу"].code.startswith("KAZ")
    assert found["Ержан Казыхан"].country == "KAZ"          # 'Ержаном Казыханом' in the text
    assert found["Алибек Бакаев"].country == "KAZ"
    assert found["Кайрат Сарыбай"].country == "IGO:CICA"    # secretary general of СВМДА


def test_envoy_visit_organisations_and_states(seeds):
    doc = seeds[ENVOY]
    countries = {e.country for e in doc.entities if e.type == "GPE" and e.key == e.country}
    assert {"AZE", "KAZ"} <= countries
    cica = [e for e in doc.entities if e.country == "IGO:CICA" and e.type == "ORG"]
    # the text spells the name out, so that is its canonical name; the acronym is an alias
    assert cica and cica[0].name == "Совещание по взаимодействию и мерам доверия в Азии" and "СВМДА" in cica[0].aliases
    # the compound adjective names both states
    compound = [m for m in doc.mentions if m.text.startswith("азербайджано-казахстанск")]
    assert {doc.entities[m.entity].country for m in compound} == {"AZE", "KAZ"}


def test_talks_actors_and_organisations(seeds):
    doc = seeds[TALKS]
    found = people(doc)
    assert found["Касым-Жомарт Токаев"].country == "KAZ"
    assert found["Ильхам Алиев"].country == "AZE"
    assert "Ильхама Алиева" in found["Ильхам Алиев"].aliases
    # 'президента РК' stands for Tokayev
    titles = [m for m in doc.mentions if m.kind == "title" and m.text == "президента РК"]
    assert titles and doc.entities[titles[0].entity].name == "Касым-Жомарт Токаев"
    igos = {e.key: e.country for e in doc.entities if e.type == "ORG"}
    # the Security Council is its own entity, and acts for the UN as the annotation guide writes it
    assert igos.get("IGO:UNSC") == "IGO:UN" and igos.get("IGO:SPECA") == "IGO:SPECA", igos
    assert found["Никол Пашинян"].country == "ARM"


def key(event):
    return (event.cameo, event.source.name, event.target.name if event.target else None)


def test_envoy_visit_key_events(seeds):
    found = {key(e): e for e in seeds[ENVOY].events}
    visit = found[("042", "Халаф Халафов", "Казахстан")]
    assert (visit.date, visit.location) == ("2025-05-16", "Астана")
    assert ("043", "Казахстан", "Халаф Халафов") in found
    assert ("040", "Халаф Халафов", "Мурат Нуртлеу") in found
    assert ("040", "Халаф Халафов", "Ержан Казыхан") in found
    assert ("040", "Халаф Халафов", "Кайрат Сарыбай") in found
    assert found[("040", "Халаф Халафов", "Мурат Нуртлеу")].date == "2025-05-16"


def test_talks_key_events(seeds):
    found = {key(e): e for e in seeds[TALKS].events}
    assert found[("040", "Касым-Жомарт Токаев", "Ильхам Алиев")].location == "Баку"
    assert ("051", "Касым-Жомарт Токаев", "Ильхам Алиев") in found       # congratulation
    assert ("051", "Ильхам Алиев", "Касым-Жомарт Токаев") in found       # thanks
    assert ("036", "Ильхам Алиев", "Касым-Жомарт Токаев") in found       # invitation to a state visit
    declaration = found[("057", "Никол Пашинян", "Азербайджан")]           # background, own date
    assert declaration.location == "Гранада"
    operation = [e for e in found.values() if e.root == "19"]               # background military operation
    assert [(e.source.name, e.target.country) for e in operation] == [("Азербайджан", "NSA:Nagorno-Karabakh")]
    # the text gives no year and no publication date: no date is guessed
    assert operation[0].date is None and declaration.date is None
    criticism = found[("111", "Никол Пашинян", "российские миротворцы")]
    assert criticism.date is None  # 'с ноября 2020 года' is when the peacekeepers came, not his statement
    assert all(e.modality == "asserted" for e in found.values())


def test_talks_quotes_have_speakers(seeds):
    speakers = [q.speaker for q in seeds[TALKS].quotes]
    assert speakers.count("Касым-Жомарт Токаев") >= 2
    assert "Ильхам Алиев" in speakers
