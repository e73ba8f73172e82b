"""Cities gazetteer: lookups by name, alias and inflected form, and integrity of data/cities.tsv."""
from __future__ import annotations

from pathlib import Path

import pytest

from letopis.entities.cities import CitiesError, load_cities, parse_cities
from letopis.entities.gazetteer import norm

DATA = Path(__file__).resolve().parents[1] / "src" / "letopis" / "data"


def _countries() -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


@pytest.fixture(scope="module")
def cities():
    return load_cities()


@pytest.mark.parametrize("name, iso3", [
    ("Алматы", "KAZ"), ("Шымкент", "KAZ"), ("Гянджа", "AZE"), ("Шуша", "AZE"), ("Гюмри", "ARM"),
    ("Батуми", "GEO"), ("Самарканд", "UZB"), ("Ош", "KGZ"), ("Худжанд", "TJK"), ("Туркменбаши", "TKM"),
    ("Казань", "RUS"), ("Харьков", "UKR"), ("Гомель", "BLR"), ("Стамбул", "TUR"), ("Тебриз", "IRN"),
    ("Урумчи", "CHN"), ("Нью-Йорк", "USA"), ("Женева", "CHE"), ("Гранада", "ESP"), ("Мюнхен", "DEU"),
    ("Каракалпакстан", "UZB"), ("Подмосковье", "RUS"), ("Синьцзян", "CHN"), ("Гагра", "NSA:Abkhazia"),
    ("Бендеры", "NSA:Transnistria"), ("Нахичеванская Автономная Республика", "AZE"),
])
def test_nominative(cities, name, iso3):
    assert cities.country_of(name) == iso3


@pytest.mark.parametrize("name, iso3", [
    ("Нахчыван", "AZE"), ("Степанакерт", "AZE"), ("Алма-Ата", "KAZ"), ("Ленинакан", "ARM"),
    ("Питер", "RUS"), ("Днепропетровск", "UKR"), ("Красноводск", "TKM"), ("Урфа", "TUR"),
    ("Чимкент", "KAZ"), ("Бахмут", "RUS"),
])
def test_alias(cities, name, iso3):
    assert cities.country_of(name) == iso3


@pytest.mark.parametrize("name, iso3", [
    ("Нахичевани", "AZE"), ("в Алматы", "KAZ"), ("из Гянджи", "AZE"), ("Санкт-Петербурге", "RUS"),
    ("Ростова-на-Дону", "RUS"), ("Нижнем Новгороде", "RUS"), ("Московской области", "RUS"),
    ("Набережных Челнах", "RUS"), ("в Стамбуле", "TUR"), ("Самарканде", "UZB"), ("Крыму", "RUS"),
    ("Черкассах", "UKR"), ("под Харьковом", "UKR"), ("Нахичеванской Автономной Республике", "AZE"),
])
def test_inflected(cities, name, iso3):
    assert cities.country_of(name) == iso3


@pytest.mark.parametrize("name", ["АЛМАТЫ", "алматы", "  Алматы. "])
def test_case_and_punctuation(cities, name):
    assert cities.country_of(name) == "KAZ"


def test_yo_equals_e(cities):
    assert cities.country_of("Орёл") == cities.country_of("Орел") == "RUS"
    assert cities.country_of("Могилев") == "BLR"


@pytest.mark.parametrize("name", ["", "Атлантида", "переговоры", "горит", "в", "Москва", "Брюссель", "Кремль"])
def test_unknown(cities, name):
    # capitals are countries.tsv's job, not this table's
    assert cities.country_of(name) is None


def test_rows_and_kinds(cities):
    assert len(cities) >= 600
    assert {p.kind for p in cities.places} == {"city", "region", "island", "sea"}
    assert all(p.name.strip() and p.iso3 for p in cities.places)
    assert all(a.strip() for p in cities.places for a in p.aliases)


def test_codes_exist_in_countries(cities):
    codes = {c["iso3"] for c in _countries()}
    bad = sorted({p.iso3 for p in cities.places} - codes)
    assert not bad, f"codes not in countries.tsv: {bad}"


def test_no_name_twice(cities):
    seen: dict[str, str] = {}
    for p in cities.places:
        for n in (p.name, *p.aliases):
            key = norm(n)
            assert key not in seen, f"{n!r} in rows {seen.get(key)!r} and {p.name!r}"
            seen[key] = p.name


def test_no_capital_or_country_duplicated(cities):
    # A capital or country name may appear only as a documented governing-state override:
    # another code than countries.tsv gives it, and a note that says why.
    owner: dict[str, str] = {}
    for c in _countries():
        cells = [c["short"], c["capital"], *c["official"].split("|"), *c["capital_aliases"].split("|"),
                 *c["other_names"].split("|")]
        for n in cells:
            if n.strip():
                owner.setdefault(norm(n.strip()), c["iso3"])
    for p in cities.places:
        for n in (p.name, *p.aliases):
            if norm(n) in owner:
                assert p.iso3 != owner[norm(n)] and p.note, f"{n!r} duplicates countries.tsv"


def test_bad_row_names_line(tmp_path):
    path = tmp_path / "cities.tsv"
    path.write_text("# c\nname\taliases\tiso3\tkind\tnote\nГюмри\t\tARM\tcity\t\nX\t\tARM\tvillage\t\n",
                    encoding="utf-8")
    with pytest.raises(CitiesError, match="cities.tsv:4"):
        parse_cities(path)


def test_a_place_is_named_in_the_nominative_and_the_hague_is_no_capital():
    from letopis.pipeline import process_text

    assert [(e.name, e.country) for e in process_text("Месторождение находится на Каспии.").entities] == [("Каспий", None)]
    assert [(e.name, e.country) for e in process_text("Он жил в Гааге.").entities] == [("Гаага", "NLD")]
