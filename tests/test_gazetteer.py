"""Gazetteer: data files load, and countries, IGOs and roles match in inflected Russian text."""
from __future__ import annotations

import pytest

from letopis.entities.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def g():
    return load_gazetteer()


def test_tables_are_complete(g):
    former = {"SUN", "YUG", "CSK", "DDR"}  # ISO 3166-3: no capital, so 'Москва' stays Russia's
    isos = {c for c in g.countries if not c.startswith("NSA:")} - former
    assert len(isos) == 197  # 193 UN members + XKX, PSE, TWN, VAT
    assert {"KAZ", "AZE", "RUS", "USA", "XKX", "PSE", "TWN", "VAT"} <= isos
    assert former <= set(g.countries)
    assert "NSA:Nagorno-Karabakh" in g.countries and "NSA:Transnistria" in g.countries
    for c in g.countries.values():
        assert c.short and c.official and (c.capital or c.iso3 in former), c.iso3
    assert len(g.igos) >= 60 and len(g.roles) >= 150
    # intergovernmental bodies, and the international NGOs the spec also writes as IGO:<acronym>
    assert all(i.actor_code.startswith(("IGO", "NGO")) for i in g.igos.values())
    assert g.igo("HRW").actor_code == "NGOHRI" and g.igo("UN").actor_code == "IGOUNO"
    assert g.country("KAZ").capital == "Астана" and "казахстанск" in g.country("KAZ").adjective_stems


@pytest.mark.parametrize("surface,expected", [
    ("Казахстана", ("KAZ", "name")),
    ("Азербайджаном", ("AZE", "name")),
    ("Кыргызстане", ("KGZ", "name")),
    ("Белоруссии", ("BLR", "name")),
    ("Республики Казахстан", ("KAZ", "official")),
    ("Соединённых Штатов Америки", ("USA", "official")),
    ("Саудовской Аравии", ("SAU", "name")),
    ("РК", ("KAZ", "abbreviation")),
    ("КНР", ("CHN", "abbreviation")),
    ("ОАЭ", ("ARE", "abbreviation")),
    ("казахстанской", ("KAZ", "adjective")),
    ("азербайджанскую", ("AZE", "adjective")),
    ("российских", ("RUS", "adjective")),
    ("казахстанцев", ("KAZ", "demonym")),
    ("американец", ("USA", "demonym")),
    ("Астане", ("KAZ", "capital")),
    ("Нур-Султане", ("KAZ", "capital")),
    ("Ашгабате", ("TKM", "capital")),
    ("Кремль", ("RUS", "seat")),
    ("Белого дома", ("USA", "seat")),
    ("Акорде", ("KAZ", "seat")),
    ("Нагорного Карабаха", ("NSA:Nagorno-Karabakh", "name")),
])
def test_match_country(g, surface, expected):
    assert g.match_country(surface) == expected


@pytest.mark.parametrize("surface", ["того", "белого дома", "РКП", "воз", "стол", "кот", "Ломоносов"])
def test_match_country_rejects(g, surface):
    assert g.match_country(surface) is None


def test_lemma_hint(g):
    assert g.match_country("Казахстанам", lemma="Казахстан") == ("KAZ", "name")


def test_compounds(g):
    assert g.match_compound("азербайджано-казахстанские") == ["AZE", "KAZ"]
    assert g.match_compound("российско-американского") == ["RUS", "USA"]
    assert g.match_compound("казахстанско-китайско-российских") == ["KAZ", "CHN", "RUS"]
    assert g.match_compound("военно-политический") == []
    assert g.match_compound("казахстанские") == []


@pytest.mark.parametrize("surface,code", [
    ("СВМДА", "CICA"), ("CICA", "CICA"), ("СПЕКА", "SPECA"), ("SPECA", "SPECA"), ("оон", "UN"),
    ("ОДКБ", "CSTO"), ("ЕАЭС", "EAEU"), ("НАТО", "NATO"), ("ФСЭГ", "GECF"), ("МУС", "ICC"),
    ("Совбез ООН", "UNSC"), ("Совбеза ООН", "UNSC"), ("ОПЕК+", "OPEC+"), ("ВОЗ", "WHO"),
    ("совещании по взаимодействию и мерам доверия в Азии", "CICA"),
    ("Специальной программы ООН для экономик Центральной Азии", "SPECA"),
    ("Организацией Объединённых Наций", "UN"),
    ("Евросоюзе", "EU"),
    ("Форума стран — экспортёров газа", "GECF"),
    ("Международным уголовным судом", "ICC"),
    ("Совета Безопасности ООН", "UNSC"),
])
def test_match_igo(g, surface, code):
    igo = g.match_igo(surface)
    assert igo is not None and igo.code == code


def test_igo_codes_and_rejects(g):
    assert g.match_igo("ООН").actor_code == "IGOUNO"
    assert g.match_igo("ЕС").actor_code == "IGOEEC"
    assert g.match_igo("Совбез ООН").parent == "UN"
    assert g.match_igo("воз") is None  # a cart, not WHO
    assert g.match_igo("организация") is None
    assert g.match_igo("ООНН") is None


def test_match_role(g):
    assert g.match_role(["министр", "иностранный", "дело", "казахстан"]).word == "министр иностранных дел"
    assert g.match_role(["министр", "иностранный", "дело"]).role == "GOVDIP"
    assert g.match_role(["министр"]).word == "министр"
    assert g.match_role(["президент"]).rank == 1
    assert g.match_role(["минобороны"]).kind == "body"
    assert g.match_role(["аким", "область"]).role == "GOV"
    assert g.match_role(["кот"]) is None
    assert g.match_role([]) is None


def _hits(g, text):
    return [(h.text, h.kind, h.codes) for h in g.find_in_text(text)]


def test_find_in_text_kinds_and_offsets(g):
    text = ("Азербайджано-казахстанские переговоры прошли в Астане. Глава МИД РК встретился "
            "с послом Соединённых Штатов Америки, а в Кремле сослались на решение Совбеза ООН.")
    hits = g.find_in_text(text)
    for h in hits:
        assert text[h.start:h.stop] == h.text
    assert _hits(g, text) == [
        ("Азербайджано-казахстанские", "compound", ("AZE", "KAZ")),
        ("Астане", "capital", ("KAZ",)),
        ("РК", "abbreviation", ("KAZ",)),
        ("Соединённых Штатов Америки", "official", ("USA",)),
        ("Кремле", "seat", ("RUS",)),
        ("Совбеза ООН", "igo", ("UNSC",)),
    ]


def test_find_in_text_longest_match_wins(g):
    hits = _hits(g, "Делегация Республики Казахстан и Саудовской Аравии приехала в Совет Безопасности ООН.")
    assert hits == [
        ("Республики Казахстан", "official", ("KAZ",)),
        ("Саудовской Аравии", "name", ("SAU",)),
        ("Совет Безопасности ООН", "igo", ("UNSC",)),
    ]


def test_find_in_text_not_inside_words(g):
    assert _hits(g, "Документы РКП(б) и ООНовские шутки, ЕСЛИ честно.") == []


def test_find_in_text_ambiguous_words(g):
    # 'Того' the country only mid-sentence and capitalised; the pronoun never
    assert _hits(g, "Того же мнения придерживается эксперт.") == []
    assert _hits(g, "Кроме того, делегация Того прибыла.") == [("Того", "name", ("TGO",))]
    # lowercase common words never match names; 'воз' is a cart
    assert _hits(g, "воз и ныне там, а белый дом стоит у реки") == []
    # capitalised surname mid-sentence is not a demonym
    assert _hits(g, "Спектакль по пьесе Чехова поставили снова.") == []
    assert _hits(g, "Чехи и поляки проголосовали.") == [("Чехи", "demonym", ("CZE",)),
                                                       ("поляки", "demonym", ("POL",))]


def test_find_in_text_igo_names_inflected(g):
    text = "На саммите Совещания по взаимодействию и мерам доверия в Азии и в ШОС говорили о МВФ."
    assert [(h.text, h.codes) for h in g.find_in_text(text)] == [
        ("Совещания по взаимодействию и мерам доверия в Азии", ("CICA",)),
        ("ШОС", ("SCO",)),
        ("МВФ", ("IMF",)),
    ]
