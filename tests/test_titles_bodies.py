"""Titles linked to the right holder (agency heads, new and former holders) and unnamed state
bodies named by their act (courts sentence, police arrest). Our own sentences throughout."""
from __future__ import annotations

from letopis.events.bodies import body_for, load_bodies, name_body
from letopis.pipeline import process_text


def titles(text: str) -> list[tuple[str, str]]:
    doc = process_text(text, published="2024-05-10")
    return [(m.text, doc.entities[m.entity].name) for m in doc.mentions if m.kind == "title"]


def events(text: str) -> list[tuple]:
    doc = process_text(text, published="2024-05-10")
    return [(e.cameo, e.source.name, e.source.country, e.source.code, e.target.name if e.target else None)
            for e in doc.events]


def test_head_of_an_agency_is_not_the_head_of_government():
    found = titles("Премьер-министр России Михаил Мишустин провёл совещание с губернаторами. "
                   "Вечером глава Федеральной таможенной службы России выступил перед депутатами.")
    assert found and all(holder != "Михаил Мишустин" for _, holder in found)


def test_the_person_the_text_makes_premier_holds_the_title():
    found = titles("Джорджа Мелони покинула пост после выборов. Новым премьер-министром Италии стал Марко Бьянки. "
                   "Президент Франции Эммануэль Макрон поздравил нового итальянского премьер-министра.")
    assert ("итальянского премьер-министра", "Марко Бьянки") in found
    assert all(holder != "Джорджа Мелони" for _, holder in found)


def test_former_holder_is_not_the_sitting_one():
    found = titles("Президент Франции Эммануэль Макрон встретился с Франсуа Олландом в Париже. "
                   "Позже бывший президент Франции раскритиковал правительство.")
    assert ("президент Франции", "Франсуа Олланд") in found


def test_office_named_as_a_post_is_nobody():
    assert titles("Сенатор Иван Петров заявил, что будет баллотироваться на пост президента России.") == []


def test_title_does_not_run_across_a_paragraph_break():
    found = titles("Британцы ждут нового премьера\n\nВеликобритания проголосовала на выборах.")
    assert found == []


def test_sentence_is_the_court_of_the_state_named():
    found = events("Журналист Иван Петров был приговорён в Казахстане к пяти годам колонии.")
    assert ("173", "суд Казахстана", "KAZ", "KAZJUD", "Иван Петров") in found


def test_russian_court_takes_the_adjective():
    found = events("Блогер Пётр Сидоров был приговорён в России к трём годам колонии.")
    assert ("173", "российский суд", "RUS", "RUSJUD", "Пётр Сидоров") in found


def test_arrest_is_the_police_where_the_text_speaks_of_police():
    found = events("Вчера в Аргентине были задержаны двое активистов. Полицейские провели обыски в их квартирах.")
    assert ("173", "полиция Аргентины", "ARG", "ARGCOP", "активисты") in found
    plain = events("В Бразилии были задержаны двое оппозиционеров.")
    assert ("173", "власти Бразилии", "BRA", "BRAGOV", "оппозиционеры") in plain


def test_body_table_and_names():
    assert all(b.role in {"JUD", "COP", "GOV"} and b.body for b in load_bodies().values())
    assert body_for("приговорить", set()).body == "суд"
    assert body_for("задержать", set()).body == "власти"
    assert body_for("задержать", {"полиция"}).body == "полиция"
    assert body_for("освободить", set()).body == "власти"
    assert name_body("полиция", "RUS", "России") == "российская полиция"
    assert name_body("власти", "RUS", "России") == "российские власти"
    assert name_body("суд", "USA", "США") == "суд США"
    assert name_body("суд", None, None) == "суд"


def test_citizenship_is_taken_by_the_state_that_granted_it():
    found = events("В Тбилиси сообщили, что Ивана Петрова лишили эстонского гражданства.")
    assert ("172", "власти Эстонии", "EST", "ESTGOV", "Иван Петров") in found
    found = events("В Эстонии стало известно, что Иван Петров был лишён гражданства Латвии.")
    assert any(e[0] == "172" and e[2] == "LVA" for e in found)


def test_entry_ban_is_by_the_state_entered():
    found = events("В Минске заявили, что Ивану Петрову запрещён въезд на территорию Литвы.")
    assert ("172", "власти Литвы", "LTU", "LTUGOV", "Иван Петров") in found


def test_a_national_agency_named_alone_acts_for_its_state():
    found = events("Сотрудники СБУ задержали в Харькове гражданина Молдавии Ивана Петрова.")
    assert any(e[0] == "173" and e[2] == "UKR" for e in found)
    from letopis.entities.agencies import agency, load_agencies
    assert agency("ФСБ") == ("RUS", "SPY") and agency("Моссад") == ("ISR", "SPY") and agency("МВД") is None
    assert all(len(code) == 3 and code.isupper() and role for code, role in load_agencies().values())
