"""Known people: persons.tsv integrity and surname / full-name / year lookups."""
from __future__ import annotations

from pathlib import Path

import pytest

from letopis.entities.known_people import PERSONS_TSV, load_known_people

DATA = Path(PERSONS_TSV).parent
ROLES = {"GOV", "MIL", "LEG", "JUD", "DIP", "OPP", "BUS", "MED", "IGO", "REB", "SPY", "COP"}


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    return lines[0].split("\t"), [l.split("\t") for l in lines[1:]]


@pytest.fixture(scope="module")
def people():
    return load_known_people()


def test_file_integrity():
    header, rows = read_rows(PERSONS_TSV)
    assert header == ["name", "aliases", "country", "role", "office", "start", "end"]
    assert len(rows) >= 600
    iso3 = {r[0] for r in read_rows(DATA / "countries.tsv")[1]}
    igos = {r[0] for r in read_rows(DATA / "igos.tsv")[1]}
    seen = set()
    for row in rows:
        assert len(row) == 7, row
        name, _aliases, country, role, office, start, end = row
        assert name and office, row
        assert country in iso3 or (country.startswith("IGO:") and country[4:] in igos), row
        assert role in ROLES, row
        assert 1940 <= int(start) <= 2026, row
        assert not end or int(start) <= int(end) <= 2026, row
        assert (name, office, start) not in seen, row
        seen.add((name, office, start))


def test_surname_and_year(people):
    assert people.lookup("Путин").office == "президент России"
    assert people.lookup("Путин", year=2010).office == "премьер-министр России"
    assert people.lookup("путин", year=2005).country == "RUS"
    tokayev = people.lookup("Токаев")
    assert (tokayev.name, tokayev.country) == ("Касым-Жомарт Токаев", "KAZ")
    assert people.lookup("Токаев", year=2000).office == "премьер-министр Казахстана"
    assert len(people.lookup("Токаев").offices) >= 5


def test_yo_and_case(people):
    assert people.lookup("Шредер").name == "Герхард Шрёдер"
    assert people.lookup("ГРАЧЕВ").name == "Павел Грачёв"


def test_shared_surname(people):
    assert people.lookup("Алиев", "Гейдар").name == "Гейдар Алиев"
    assert people.lookup("Алиев", "Ильхам").name == "Ильхам Алиев"
    assert people.lookup("Алиев", year=2010).name == "Ильхам Алиев"
    assert people.lookup("Алиев", year=1995).name == "Гейдар Алиев"
    assert people.lookup("Буш", year=1990).name == "Джордж Буш-старший"
    assert people.lookup("Буш", year=2005).name == "Джордж Буш-младший"
    assert people.lookup("Клинтон", year=1995).name == "Билл Клинтон"
    assert people.lookup("Клинтон", "Хиллари").office == "государственный секретарь США"
    assert people.lookup("Клинтон", "Билл").office == "президент США"


def test_equals_give_none(people):
    # Гейдар and Ильхам Алиев have two rows each: no year, no first name -> no guess.
    assert people.lookup("Алиев") is None
    assert people.lookup("Буш", year=1970) is not None  # none in office: most rows decides


def test_multiword_and_aliases(people):
    assert people.lookup("Аль Тани", "Тамим").country == "QAT"
    assert people.lookup("Ле Пен", "Жан-Мари").name == "Жан-Мари Ле Пен"
    assert people.lookup("Сиси").country == "EGY"
    assert people.lookup("Си").name == "Си Цзиньпин"
    assert people.lookup("И", "Ван").office == "министр иностранных дел КНР"
    assert people.lookup("Лула").country == "BRA"
    assert people.lookup("Ляйен").country == "IGO:EU"  # the Commission's president acts for the EU
    assert people.lookup("Эрдоган", "Реджеп").name == "Реджеп Тайип Эрдоган"


def test_by_name(people):
    assert people.by_name("Владимир Владимирович Путин").name == "Владимир Путин"
    assert people.by_name("Реджеп Эрдоган").country == "TUR"
    assert people.by_name("Джордж Буш", year=2002).name == "Джордж Буш-младший"
    assert people.by_name("Урсула фон дер Ляйен", year=2015).office == "министр обороны Германии"


def test_unknown(people):
    assert people.lookup("Пупкин") is None
    assert people.lookup("Путин", "Иван") is None
    assert people.lookup("") is None
    assert people.by_name("Василий Пупкин") is None


def test_loaded_once():
    assert load_known_people() is load_known_people()
