"""Direct quotations and their speakers (letopis.events.quotes), on short texts written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from letopis.doc import Doc, Quote, RawDoc
from letopis.events.quote_cues import load_cues
from letopis.events.quote_marks import scan_marks
from letopis.pipeline import process, process_text


def analyse(text: str) -> Doc:
    doc = process_text(text, published="2025-05-23")
    for q in doc.quotes:
        assert doc.text[q.start:q.stop] == q.text
        assert q.text and q.text == q.text.strip()
    return doc


def quote_with(doc: Doc, fragment: str) -> Quote:
    found = [q for q in doc.quotes if fragment in q.text]
    assert len(found) == 1, f"{fragment!r} in {[q.text for q in doc.quotes]}"
    return found[0]


def person(doc: Doc, surname: str) -> int:
    """The entity a surname's PER mentions link to (its canonical form is the entity layer's business)."""
    ids = {m.entity for m in doc.mentions if m.type == "PER" and m.kind == "name" and surname in m.text}
    assert len(ids) == 1, ids
    return ids.pop()


def no_quote_with(doc: Doc, fragment: str) -> None:
    assert not [q for q in doc.quotes if fragment in q.text], [q.text for q in doc.quotes]


# --- quote marks, character level -------------------------------------------------------------

@pytest.mark.parametrize("text, inner", [
    ("Он сказал: «Мы готовы».", "Мы готовы"),
    ("Он сказал: “Мы готовы”.", "Мы готовы"),
    ("Он сказал: ”Мы готовы”.", "Мы готовы"),
    ("Он сказал: „Мы готовы“.", "Мы готовы"),
    ('Он сказал: "Мы готовы".', "Мы готовы"),
    ("Он сказал: «Как писал „Коммерсант“, мы готовы».", "Как писал „Коммерсант“, мы готовы"),
    ('Он сказал: "Как писал "Коммерсант", мы готовы".', 'Как писал "Коммерсант", мы готовы'),
])
def test_scan_marks_styles_and_nesting(text: str, inner: str) -> None:
    spans = scan_marks(text)
    assert [text[s.start:s.stop] for s in spans] == [inner]


def test_scan_marks_unclosed_is_dropped() -> None:
    assert scan_marks("Он сказал: «Мы готовы.") == []


def test_cue_table_loads_with_roles() -> None:
    cues = load_cues()
    assert cues[("заявить",)].speaker == "subj"
    assert cues[("по", "слово")].speaker == "nmod"
    assert cues[("цитировать",)].speaker == "obj"
    assert cues[("сообщаться",)].speaker == "clause"
    assert {w.speaker for w in cues.values()} <= {"subj", "obj", "nmod", "obl", "clause"}


# --- constructions in running text -------------------------------------------------------------

@pytest.fixture(scope="module")
def talks() -> Doc:
    return analyse(
        "Министр иностранных дел России Сергей Лавров провёл переговоры с госсекретарём США Марко Рубио в Эр-Рияде.\n"
        "«Разговор был полезным. Мы не только слушали, но и слышали друг друга», — заявил Лавров журналистам.\n"
        "По словам Рубио, «это только первый шаг на долгом пути».\n"
        "Президент Турции Реджеп Тайип Эрдоган заявил: „Турция готова принять новый раунд переговоров в Стамбуле“.\n"
        "Официальный представитель МИД России Мария Захарова выступила на брифинге после встречи Лаврова и Рубио. "
        "Лавров тем временем вылетел в Москву. «Мы ждём ответа от Вашингтона», — сказала она.\n"
        "\"Мы не примем никаких ультиматумов\", – сказал Эрдоган.\n"
        "«Мы готовы продолжить диалог, — сказал Лавров, — но только на равноправной основе».\n"
        "Компания «Газпром» подписала соглашение с “Роснефтью”, а Эрдоган раскритиковал “миротворцев”.\n"
        "Лавров заявил, что «Газпром» выполнит обязательства.\n"
        "Стороны обсудили “неделимость безопасности в Европе” и “гарантии для всех сторон”.\n"
    )


def test_multi_sentence_quote_cue_after(talks: Doc) -> None:
    q = quote_with(talks, "Разговор был полезным")
    assert q.text.endswith("слышали друг друга") and "Мы не только" in q.text
    assert (q.speaker, q.cue) == ("Сергей Лавров", "заявил")
    assert talks.entities[q.speaker_entity].name == "Сергей Лавров"


def test_po_slovam(talks: Doc) -> None:
    q = quote_with(talks, "первый шаг")
    assert q.speaker == "Марко Рубио" and q.cue.lower() == "по словам"


def test_german_quotes_cue_before_with_colon(talks: Doc) -> None:
    q = quote_with(talks, "новый раунд")
    assert q.text == "Турция готова принять новый раунд переговоров в Стамбуле"
    assert q.speaker == "Реджеп Тайип Эрдоган" and q.cue == "заявил"


def test_pronoun_speaker_takes_gender_into_account(talks: Doc) -> None:
    # Лавров is the subject of the nearer sentence, but 'она' is feminine
    q = quote_with(talks, "ответа от Вашингтона")
    assert q.speaker == "Мария Захарова" and q.cue == "сказала"


def test_straight_quotes_cue_after(talks: Doc) -> None:
    q = quote_with(talks, "ультиматумов")
    assert q.text == "Мы не примем никаких ультиматумов"
    assert q.speaker == "Реджеп Тайип Эрдоган"


def test_author_words_inside_the_quote_split_it(talks: Doc) -> None:
    first = quote_with(talks, "продолжить диалог")
    second = quote_with(talks, "равноправной основе")
    assert first.text == "Мы готовы продолжить диалог"
    assert second.text == "но только на равноправной основе"
    assert first.speaker == second.speaker == "Сергей Лавров"


def test_quoted_names_and_scare_quotes_are_not_quotes(talks: Doc) -> None:
    for fragment in ("Газпром", "Роснефтью", "миротворцев", "неделимость безопасности", "гарантии для всех"):
        no_quote_with(talks, fragment)


@pytest.fixture(scope="module")
def visit() -> Doc:
    return analyse(
        "Президент Казахстана Касым-Жомарт Токаев принял в Астане премьер-министра Индии Нарендру Моди.\n"
        "– Индия является одним из ключевых партнёров Казахстана в Азии, – сказал Токаев. – "
        "Мы заинтересованы в расширении торговли.\n"
        "– Благодарю за тёплый приём, – ответил Моди.\n"
        "Президент РК подчеркнул: «Наши страны связывает многовековая история».\n"
        "Как отметил Токаев, «в следующем году товарооборот может вырасти вдвое».\n"
        "Сообщается, что президент Казахстана «пригласил индийские компании участвовать в проектах».\n"
        "В числе договорённостей:\n"
        "– рост товарооборота;\n"
    )


def test_dialogue_dash_with_author_words(visit: Doc) -> None:
    first = quote_with(visit, "ключевых партнёров")
    assert first.text == "Индия является одним из ключевых партнёров Казахстана в Азии"
    second = quote_with(visit, "расширении торговли")
    assert first.speaker == second.speaker == "Касым-Жомарт Токаев"
    reply = quote_with(visit, "тёплый приём")
    assert reply.text == "Благодарю за тёплый приём" and reply.cue == "ответил"
    assert reply.speaker is not None and "Моди" in reply.speaker


def test_dash_list_item_is_not_speech(visit: Doc) -> None:
    no_quote_with(visit, "рост товарооборота")


def test_title_speaker(visit: Doc) -> None:
    q = quote_with(visit, "многовековая история")
    assert q.speaker == "Касым-Жомарт Токаев" and q.cue == "подчеркнул"


def test_kak_otmetil(visit: Doc) -> None:
    q = quote_with(visit, "вырасти вдвое")
    assert q.speaker == "Касым-Жомарт Токаев" and q.cue == "отметил"


def test_soobshchaetsya_chto_takes_clause_subject(visit: Doc) -> None:
    q = quote_with(visit, "индийские компании")
    assert q.speaker == "Касым-Жомарт Токаев" and q.cue == "Сообщается"


@pytest.fixture(scope="module")
def caucasus() -> Doc:
    return analyse(
        "Президент Азербайджана Ильхам Алиев принял в Баку премьер-министра Армении Никола Пашиняна.\n"
        "Алиев в интервью телеканалу заявил: «Как сказал мой коллега, „мир на Южном Кавказе ближе, чем когда-либо“».\n"
        "Глава МИД Армении Арарат Мирзоян подчеркнул, что «текст мирного договора полностью согласован».\n"
        "“Соглашение будет подписано до конца года”, – цитирует Пашиняна агентство «Арменпресс».\n"
        "Мирзоян встретился с Алиевым. «Мы открыты к любым форматам», — отметил он.\n"
        "«Граница должна быть открыта для всех», — сказал собеседник агентства.\n"
    )


def test_nested_quotes_stay_inside_the_outer_quote(caucasus: Doc) -> None:
    q = quote_with(caucasus, "мой коллега")
    assert q.text == "Как сказал мой коллега, „мир на Южном Кавказе ближе, чем когда-либо“"
    assert q.speaker == "Ильхам Алиев"
    assert len([x for x in caucasus.quotes if "Южном Кавказе" in x.text]) == 1


def test_podcherknul_chto(caucasus: Doc) -> None:
    q = quote_with(caucasus, "мирного договора")
    assert q.speaker == "Арарат Мирзоян" and q.cue == "подчеркнул"


def test_tsitiruet_takes_the_object(caucasus: Doc) -> None:
    q = quote_with(caucasus, "до конца года")
    assert q.speaker_entity == person(caucasus, "Пашинян") and q.cue == "цитирует"
    assert q.speaker == caucasus.entities[q.speaker_entity].name
    no_quote_with(caucasus, "Арменпресс")


def test_pronoun_prefers_the_subject_over_a_later_object(caucasus: Doc) -> None:
    q = quote_with(caucasus, "любым форматам")
    assert q.speaker == "Арарат Мирзоян" and q.cue == "отметил"


def test_unresolved_speaker_is_none(caucasus: Doc) -> None:
    q = quote_with(caucasus, "Граница должна")
    assert q.speaker is None and q.speaker_entity == -1 and q.cue == "сказал"


def test_uncued_quote_of_a_full_sentence_is_kept_without_speaker() -> None:
    doc = analyse("На встрече прозвучало: «Мы ценим ваше участие в саммите».\n"
                  "Позже лидеры обменялись «дружескими приветствиями своих народов».\n")
    assert quote_with(doc, "ценим ваше участие").speaker is None
    no_quote_with(doc, "дружескими приветствиями")


def test_empty_document_has_no_quotes() -> None:
    assert analyse("Без кавычек.").quotes == []


# --- the seed article ---------------------------------------------------------------------------

def test_seed_quotes_and_speakers(shared_dir: Path) -> None:
    path = shared_dir / "seeds" / "004_9a1605f9dd541365.txt"
    doc = process(RawDoc(text=path.read_text(encoding="utf-8"), path=str(path)))
    for q in doc.quotes:
        assert doc.text[q.start:q.stop] == q.text
    tokayev = [q for q in doc.quotes if q.speaker == "Касым-Жомарт Токаев"]
    aliyev = [q for q in doc.quotes if q.speaker == "Ильхам Алиев"]
    assert any(q.cue == "заявил" and doc.text[q.stop:q.stop + 20].find("заявил Токаев") > 0 for q in tokayev)
    assert any(q.cue == "сказал" and doc.text[q.stop:q.stop + 15].find("сказал он") > 0 for q in tokayev)
    assert any(q.cue == "отметил" and doc.text[q.stop:q.stop + 15].find("отметил он") > 0 for q in aliyev)
    for q in doc.quotes:
        assert q.speaker_entity == -1 or doc.entities[q.speaker_entity].name == q.speaker
    # 'о “провале” российских “миротворцев”' and the headline's quoted phrase are not quotes
    assert all(len(q.text.split()) >= 4 for q in doc.quotes)


def test_a_quote_over_several_paragraphs_has_the_closing_cue_s_speaker() -> None:
    doc = analyse("Президент Армении выступил в парламенте.\n\n"
                  "«Мы прошли трудный путь. Нам предстоит ещё многое сделать для мира в регионе.\n\n"
                  "«Армения готова к диалогу с соседями, и мы не отступим от этого курса», – сказал Никол Пашинян.\n\n"
                  "Депутаты встретили речь аплодисментами.")
    first, second = quote_with(doc, "трудный путь"), quote_with(doc, "готова к диалогу")
    assert first.speaker_entity == second.speaker_entity == person(doc, "Пашинян")
    assert "«" not in first.text + second.text


def test_a_quote_said_in_a_sent_document_is_its_sender_s() -> None:
    doc = analyse("Президент Казахстана Касым-Жомарт Токаев направил поздравительную телеграмму Шавкату Мирзиёеву.\n\n"
                  "«Ваша убедительная победа свидетельствует о поддержке реформ», — говорится в телеграмме.")
    assert quote_with(doc, "убедительная победа").speaker_entity == person(doc, "Токаев")
