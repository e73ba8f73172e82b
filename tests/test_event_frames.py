"""Acts a noun, a quantity or a phase verb carries: 'договор между A и B', 'ряд сотрудников',
'возобновили переговоры' (our own sentences; ninth session)."""
from __future__ import annotations

from test_events import codes, events


def test_agreement_between_two_sides_is_each_sides_act():
    found = codes(events("Министр обороны Ирана заявил, что договор между Россией и Ираном о военном "
                         "сотрудничестве был заключён в Москве."))
    assert {("057", "RUS", "IRN"), ("057", "IRN", "RUS")} <= found


def test_agreement_as_a_topic_is_no_act():
    assert not any(e[0] == "057" for e in events("Эксперты обсудили соглашение о свободной торговле."))
    assert not any(e[0] == "057" for e in events("Соглашение о свободной торговле вступит в силу весной."))
    found = events("Министры встретились перед раундом переговоров о мирном договоре между Баку и Ереваном.")
    assert not any(e[0] == "057" for e in found)
    assert not any(e[0] == "057" for e in events("Эксперты подготовили проект соглашения между Арменией и Грузией."))


def test_calling_someone_the_best_is_praise():
    found = events("Президент Казахстана Касым-Жомарт Токаев назвал Ильхама Алиева «наилучшим партнёром».")
    assert ("051", "KAZ", "AZE") in codes(found)


def test_resuming_or_ending_talks_is_holding_them():
    found = events("Армения и Азербайджан возобновили переговоры о мире.")
    assert any(e[0] == "040" and {e[2], e[4]} == {"ARM", "AZE"} for e in found)
    found = events("Министры Казахстана и Узбекистана завершили переговоры в Ташкенте.")
    assert any(e[0] == "040" and {e[2], e[4]} == {"KAZ", "UZB"} for e in found)


def test_starting_an_investigation_is_investigating():
    found = events("КГБ Белоруссии инициировал новые расследования против сотрудников МВД.")
    assert any(e[0] == "090" and e[2] == "BLR" and e[3] == "МВД Белоруссии" for e in found)


def test_war_against_a_side_is_a_fight_but_war_as_a_topic_is_not():
    assert ("190", "GEO", "NSA:South Ossetia") in codes(events("Грузия развязала войну против Южной Осетии."))
    assert not any(e[0].startswith("19") for e in events("Война в Сирии продолжается уже десятый год."))


def test_a_quantity_stands_for_those_it_counts():
    found = events("Полиция Турции задержала группу оппозиционных активистов.")
    assert any(e[0] == "173" and e[3] == "оппозиционные активисты" for e in found)
    found = events("Суд Египта приговорил ряд лидеров «Братьев-мусульман» к смертной казни.")
    assert any(e[0] == "173" and e[3] == "Братья-мусульмане" for e in found)


def test_declared_readiness_to_talk_is_an_intent():
    assert ("036", "IRN", "USA") in codes(events("Президент Ирана заявил о готовности к диалогу с США."))


def test_first_person_in_a_quotation_is_its_speaker():
    found = events("«Мы осуждаем действия Киева», — заявил министр иностранных дел России Сергей Лавров.")
    assert any(e[0].startswith("11") and e[1] == "Сергей Лавров" and e[4] == "UKR" for e in found)
    found = events("«Приглашаем президента Казахстана посетить Баку», — сказал Ильхам Алиев.")
    assert any(e[0] == "036" and e[1] == "Ильхам Алиев" and e[4] == "KAZ" for e in found)


def test_first_person_outside_a_quotation_is_no_one():
    assert events("Мы осуждаем действия Киева.") == []


def test_a_plural_office_or_body_of_two_states_is_one_for_each():
    found = events("Министры обороны России и Белоруссии провели переговоры.")
    assert any(e[0] == "040" and {e[2], e[4]} == {"RUS", "BLR"} for e in found)
    found = codes(events("Вчера правительства России и Китая подписали соглашение о сотрудничестве."))
    assert {("057", "RUS", "CHN"), ("057", "CHN", "RUS")} <= found
    found = events("В Ташкенте делегации Казахстана и Узбекистана провели переговоры.")
    assert any(e[0] == "040" and {e[2], e[4]} == {"KAZ", "UZB"} for e in found)


def test_a_state_of_two_words_is_one_state():
    found = events("В связи с подозрениями в шпионаже власти Соединённого Королевства выслали из страны "
                   "дипломата посольства РФ в Лондоне.")
    assert [e[1:3] for e in found if e[0] == "161"] == [("Великобритания", "GBR")]


def test_a_verb_beside_the_accusation_is_no_part_of_it():
    found = events("Министр иностранных дел Литвы обвинил Москву в том, что она вмешивается во внутренние дела "
                   "соседей и ведёт войну против Украины.")
    assert not any(e[0].startswith("19") for e in found)
    found = events("Министр иностранных дел Литвы обвинил Москву в агрессии и ввёл санкции против России.")
    assert any(e[0] == "163" for e in found)


def test_denying_an_effort_or_a_duty_is_criticism():
    found = events("Лидер оппозиции Энрике Каприлес заявил, что правительство Венесуэлы не прилагает достаточных усилий.")
    assert any(e[0] == "111" and e[4] == "VEN" for e in found)
    found = events("Министр иностранных дел России заявил, что Киев не соблюдает минские договорённости.")
    assert ("111", "RUS", "UKR") in codes(found)
    found = events("Министр иностранных дел России заявил, что Сербия соблюдает договорённости с Россией.")
    assert not any(e[0].startswith("11") for e in found)


def test_speaking_against_or_of_someone_is_criticism_or_praise():
    assert ("111", "RUS", "RUS") in codes(events("Против мэра Москвы выступил лидер КПРФ Геннадий Зюганов."))
    assert ("051", "KAZ", "IND") in codes(events("Президент Казахстана тепло отозвался о премьер-министре Индии."))


def test_an_emphatic_pronoun_is_no_part_of_a_name():
    found = events("Президент и сам неоднократно критически отзывался о намерении депутатов парламента Казахстана.")
    assert found and all("сам" not in e[1].split() for e in found)


def test_declaring_a_group_terrorist_is_a_ban():
    found = events("Власти Египта объявили «Братьев-мусульман» террористической организацией.")
    assert any(e[0] == "1722" and e[2] == "EGY" and e[3] == "Братья-мусульмане" for e in found)


def test_war_between_two_sides_and_the_risk_of_one():
    found = events("В 2008 году началась война между Россией и Грузией.")
    assert {("190", "RUS", "GEO"), ("190", "GEO", "RUS")} <= codes(found)
    found = events("Эксперты обсуждают риск войны между Китаем и США.")
    assert found and all(e[7] == "hypothetical" for e in found)


def test_the_press_is_a_side_when_it_is_coerced():
    found = events("Полиция Белоруссии задержала журналистов.")
    assert any(e[0] == "173" and e[2] == "BLR" and e[3] == "журналисты" for e in found)
    found = events("Верховный суд Сомали освободил журналиста.")
    assert any(e[0] == "0841" and e[2] == "SOM" and e[3] == "журналист" for e in found)
    found = events("Министр иностранных дел сообщил журналистам, что Россия поддержит Казахстан.")
    assert not any("журналист" in (e[3] or "") for e in found)


def test_a_passive_participle_acts_on_the_noun_it_describes_when_it_names_a_side():
    found = events("Премьер-министр Израиля Биньямин Нетаньяху остался на посту, несмотря на выдвинутые "
                   "против него коррупционные обвинения.")
    assert any(e[0] == "112" and e[3] == "Биньямин Нетаньяху" for e in found)
    found = events("Левая коалиция, созданная президентом Венесуэлы, распалась.")
    assert not any(e[0] == "057" for e in found)


def test_calling_a_deed_shameful_one_level_down_is_criticism():
    found = events("Премьер-министр Франции Жан-Марк Эро назвал решение Жерара Депардье о переезде в Бельгию "
                   "«жалким поступком».")
    assert any(e[0] == "111" and e[1] == "Жан-Марк Эро" and e[3] == "Жерар Депардье" for e in found)


def test_a_word_before_the_speech_verb_is_no_topic_of_what_follows_it():
    found = events("Министр здравоохранения Мэтт Хэнкок, заразившийся вирусом как и Борис Джонсон, также во "
                   "вторник заявил, что он идет на поправку и продолжает работать из дома.")
    assert not any(e[3] == "Борис Джонсон" for e in found)


def test_a_dated_report_is_not_restated_by_an_undated_one():
    found = events("За последние годы в КНДР были арестованы несколько журналистов. В 2009 году КНДР арестовала "
                   "двух телевизионных журналистов после того, как они перешли границу.", published=None)
    assert any(e[0] == "173" and e[5] == "2009" for e in found)
