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
    # a plural job is a job only of a list of names next to it (test_facts_occupation_more.py)
    assert not _occupations("Депутаты Госдумы поддержали законопроект Ивана Петрова.", models)
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


def _typed(text, models, kind):
    doc = process_text(text, models=models)
    return [f for f in doc.facts if f.type == kind]


def test_purchase_noun_gives_a_deal_with_both_parties_and_its_type(models):
    deals = _typed("Компания «Ромашка» объявила о покупке банка «Василёк».", models, "Deal")
    assert len(deals) == 1, deals
    args = _args(deals[0])
    assert {t for r, t in args if r == "participant"} == {"Ромашка", "Василёк"}
    assert ("type", "купля/продажа") in args


def test_credit_deal_and_its_label_has_no_offsets(models):
    deals = _typed("Правительство Аргентины получило кредит от Международного валютного фонда.", models, "Deal")
    assert deals and ("type", "займ/возвращение займа") in _args(deals[0])
    assert [(s, e) for r, _t, s, e in deals[0].args if r == "type"] == [(-1, -1)]


def test_deal_needs_two_parties_and_skips_the_source(models):
    assert not _typed("Иван Петров купил новый автомобиль.", models, "Deal")
    assert not _typed("По данным газеты «Вестник», компания «Ромашка» купила завод.", models, "Deal")


def test_participle_of_belonging_gives_ownership(models):
    own = _typed("Компания «Альфа-Строй», принадлежащая Ивану Петрову, купила завод в Туле.", models, "Ownership")
    assert [_args(f) for f in own] == [{("owner", "Ивану Петрову"), ("property", "Альфа-Строй")}]


def test_founder_before_the_name_gives_ownership_not_occupation(models):
    doc = process_text("Основатель компании «Бета-Технологии» Пётр Сидоров заявил о новых планах.", models=models)
    own = [_args(f) for f in doc.facts if f.type == "Ownership"]
    assert own == [{("owner", "Пётр Сидоров"), ("property", "Бета-Технологии")}]
    doc = process_text("Иван Петров — совладелец компании «Ромашка», сообщили в пресс-службе.", models=models)
    assert [_args(f) for f in doc.facts if f.type == "Ownership"] == [{("owner", "Иван Петров"), ("property", "Ромашка")}]
    assert not [f for f in doc.facts if f.type == "Occupation"]      # an owner is not a job


def test_share_of_one_company_in_another_is_ownership(models):
    own = _typed("Доля банка «Василёк» в компании «Ромашка» достигла 30%.", models, "Ownership")
    assert [_args(f) for f in own] == [{("owner", "Василёк"), ("property", "Ромашка")}], own


def test_job_phrase_without_a_place_is_no_occupation(models):
    assert not _occupations("Известный журналист Иван Петров выступил с докладом.", models)


def test_name_with_transcription_is_cut_before_the_bracket(models):
    occ = _occupations("Директор компании «Ромашка» Иван Петров (Ivan Petrov) рассказал о планах.", models)
    assert any(("who", "Иван Петров") in a for a in occ), occ


def test_data_files_load():
    from letopis.events.facts_deal import load_deal_triggers
    from letopis.events.facts_ownership import load_owner_cues

    assert load_deal_triggers()["покупка"] == "купля/продажа"
    assert load_owner_cues()["принадлежать"] == "belongs"
    assert set(load_owner_cues().values()) <= {"owner_noun", "belongs", "owns", "share", "controlled", "founds",
                                               "subsidiary", "property_of"}


def test_a_job_before_one_name_is_not_given_to_the_next_name(models):
    occ = _occupations("Председатель фонда «Ромашка» Иван Петров и журналист Пётр Сидоров открыли выставку.", models)
    assert any(("who", "Иван Петров") in a for a in occ), occ
    assert not any(("who", "Пётр Сидоров") in a for a in occ), occ


def test_position_is_cut_to_the_job_phrase(models):
    occ = _occupations("Заседание кабинета министров глава правительства Франции Жан Дюпон провёл в Лионе.", models)
    positions = {t for a in occ for r, t in a if r == "position"}
    assert positions and not any("кабинета" in p for p in positions), occ


def _ownership_pairs(text, models):
    return [_args(f) for f in _typed(text, models, "Ownership")]


def test_founder_verb_and_participle_give_ownership(models):
    pair = {("owner", "Иван Петров"), ("property", "Ромашка")}
    assert _ownership_pairs("Иван Петров основал компанию «Ромашка» в 2001 году.", models) == [pair]
    assert _ownership_pairs("Компания «Ромашка», основанная Иваном Петровым, открыла завод.", models) == \
        [{("owner", "Иваном Петровым"), ("property", "Ромашка")}]


def test_subsidiary_and_owning_verb_give_ownership(models):
    pair = {("owner", "Ромашка"), ("property", "Василёк")}
    assert _ownership_pairs("Банк «Василёк», дочерняя компания холдинга «Ромашка», сократил штат.", models) == [pair]
    assert _ownership_pairs("Холдинг «Ромашка» владеет банком «Василёк».", models) == [pair]
    assert _ownership_pairs("Холдинг «Ромашка», владеющий банком «Василёк», сократил штат.", models) == [pair]


def test_owner_noun_after_a_link_verb_gives_ownership(models):
    pair = {("owner", "Иван Петров"), ("property", "Ромашка")}
    assert _ownership_pairs("Иван Петров является совладельцем компании «Ромашка».", models) == [pair]
    assert _ownership_pairs("Главным владельцем компании «Ромашка» является Иван Петров.", models) == [pair]
    assert _ownership_pairs("Иван Петров является другом компании «Ромашка».", models) == []


def test_possessive_owner_noun_takes_the_organisation_named_before(models):
    text = "Компания «Ромашка» открыла офис в Туле. Со временем её основатель Иван Петров хочет открыть второй."
    assert _ownership_pairs(text, models) == [{("owner", "Иван Петров"), ("property", "Ромашка")}]


def test_pronoun_and_relative_subjects_stand_for_the_name_before(models):
    text = "Иван Петров родился в Туле. В 2001 году он основал компанию «Ромашка»."
    assert _ownership_pairs(text, models) == [{("owner", "Иван Петров"), ("property", "Ромашка")}]
    text = "Компания «Ромашка» наняла Ивана Петрова, который создал фонд «Василёк»."
    assert {("owner", "Ивана Петрова"), ("property", "Василёк")} in _ownership_pairs(text, models)


def test_property_inside_the_subject_and_ownership_noun(models):
    assert _ownership_pairs("Контрольный пакет акций банка «Восток» принадлежит Ивану Петрову.", models) == \
        [{("owner", "Ивану Петрову"), ("property", "Восток")}]
    assert _ownership_pairs("Кроме того, в собственности холдинга «Ромашка» находится банк «Восток».", models) == \
        [{("owner", "Ромашка"), ("property", "Восток")}]


def test_link_verb_with_a_job_noun_gives_occupation(models):
    occ = _occupations("Иван Петров является директором компании «Ромашка».", models)
    assert any(("who", "Иван Петров") in a and ("position", "директором") in a and ("where", "Ромашка") in a
               for a in occ), occ
    occ = _occupations("Иван Петров приехал в Тулу. Сейчас он работает советником губернатора Тульской области.", models)
    assert any(("who", "Иван Петров") in a and ("where", "Тульской области") in a for a in occ), occ
    assert not _occupations("Иван Петров стал кандидатом в президенты Франции.", models)


def test_post_noun_and_heading_verb_give_occupation(models):
    occ = _occupations("Иван Петров назначен на пост министра финансов Франции.", models)
    assert any(("who", "Иван Петров") in a and ("where", "Франции") in a for a in occ), occ
    occ = _occupations("С 2010 года Иван Петров возглавляет компанию «Ромашка».", models)
    assert {("who", "Иван Петров"), ("where", "Ромашка")} in occ, occ


def test_pronoun_holder_skips_a_name_in_the_genitive(models):
    text = "Иван Петров служил в администрации Пьера Дюпона. Потом он работал директором банка «Восток»."
    occ = _occupations(text, models)
    assert any(("who", "Иван Петров") in a for a in occ) and not any(("who", "Пьера Дюпона") in a for a in occ), occ


def test_active_appointing_verb_gives_the_job_to_its_object(models):
    occ = _occupations("Президент Пьер Дюпон назначил Ивана Петрова послом Франции в Бельгии.", models)
    assert not any(("who", "Пьер Дюпон") in a and ("position", "послом") in a for a in occ), occ


def test_body_noun_moves_from_the_position_to_the_where(models):
    occ = _occupations("Глава правительства Словении Марко Зорич приехал в Вену.", models)
    assert any(("position", "Глава") in a and ("where", "правительства Словении") in a for a in occ), occ
    occ = _occupations("Лидер фракции ЛДПР Пётр Сомов отказался от комментариев.", models)
    assert any(("position", "Лидер") in a and ("where", "фракции ЛДПР") in a for a in occ), occ


def test_domain_words_stay_in_the_position(models):
    occ = _occupations("Министр иностранных дел Японии Кэнсукэ Мори прибыл в Москву.", models)
    assert any(("position", "Министр иностранных дел") in a and ("where", "Японии") in a for a in occ), occ


def test_adjective_where_takes_the_body_noun_after_it(models):
    occ = _occupations("Глава чилийской делегации Луис Перес выступил на конференции.", models)
    assert any(("position", "Глава") in a and ("where", "чилийской делегации") in a for a in occ), occ


def test_job_in_a_later_apposition_after_the_name(models):
    occ = _occupations("Выступил Олег Жуков, известный борец с коррупцией, член Общественной палаты России.", models)
    assert any(("who", "Олег Жуков") in a and ("position", "член") in a for a in occ), occ


def test_job_after_the_name_when_the_title_before_it_has_no_place(models):
    occ = _occupations("Молебен провёл священник Павел Зимин, глава епархиального отдела Тверской епархии.", models)
    assert any(("who", "Павел Зимин") in a and ("position", "глава") in a for a in occ), occ


def test_kinship_apposition_is_no_job(models):
    occ = _occupations("Приехала Анна Сомова, внучка бывшего директора компании «Уралмаш».", models)
    assert not any(("who", "Анна Сомова") in a for a in occ), occ


def _wheres(occ, who):
    return {t for a in occ if ("who", who) in a for r, t in a if r == "where"}


def test_where_runs_on_over_pri(models):
    occ = _occupations("Об этом сообщил официальный представитель Следственного комитета при прокуратуре "
                       "Иван Сидоров.", models)
    assert "Следственного комитета при прокуратуре" in _wheres(occ, "Иван Сидоров"), occ


def test_where_runs_on_over_po_and_regions(models):
    occ = _occupations("— Анна Ковалёва, заместитель начальника пресс-службы МЧС по Москве и Подмосковью", models)
    assert any(w.endswith("по Москве и Подмосковью") for w in _wheres(occ, "Анна Ковалёва")), occ


def test_where_runs_on_over_the_parent_organisation(models):
    occ = _occupations("Выступил Пётр Смирнов, директор Института философии РАН.", models)
    assert "Института философии РАН" in _wheres(occ, "Пётр Смирнов"), occ


def test_works_in_organisation(models):
    occ = _occupations("Иван Петров работает в Газпроме уже десять лет.", models)
    assert "Газпроме" in _wheres(occ, "Иван Петров"), occ
    occ = _occupations("Иван Петров работает в Москве уже десять лет.", models)
    assert not _wheres(occ, "Иван Петров"), occ


def test_relative_clause_after_an_apposition(models):
    occ = _occupations("Об этом сказал Иван Петров, бывший инженер, который сейчас работает в Газпроме.", models)
    assert "Газпроме" in _wheres(occ, "Иван Петров"), occ


def test_infinitive_under_a_control_verb(models):
    occ = _occupations("Иван Петров согласился занять пост министра финансов России.", models)
    assert "России" in _wheres(occ, "Иван Петров"), occ


def test_acting_prefix_joins_the_position(models):
    occ = _occupations("И.о. губернатора Тверской области Сергей Иванов подписал указ.", models)
    assert any(("position", "И.о. губернатора") in a and ("who", "Сергей Иванов") in a for a in occ), occ


def test_acting_job_after_a_comma(models):
    occ = _occupations("Иван Петров, исполняющий обязанности главного редактора газеты «Вечерний город», "
                       "выступил на собрании.", models)
    assert any(("position", "исполняющий обязанности главного редактора") in a and ("who", "Иван Петров") in a
               for a in occ), occ


def test_managing_participle_is_a_job(models):
    occ = _occupations("Пётр Сидоров, управляющий компанией «Северный», отказался от комментариев.", models)
    assert any(("position", "управляющий") in a and ("where", "Северный") in a for a in occ), occ
    occ = _occupations("Анна Смирнова, заведующая кафедрой истории МГУ, прочла лекцию.", models)
    assert any(("position", "заведующая") in a and ("where", "кафедрой истории МГУ") in a for a in occ), occ


def test_unnamed_body_is_a_where(models):
    occ = _occupations("Депутат парламента Иван Петров выступил с речью.", models)
    assert any(("position", "Депутат") in a and ("where", "парламента") in a for a in occ), occ
    assert not _occupations("Известный журналист Иван Петров выступил с речью.", models)


def test_party_after_ot_is_not_the_where(models):
    occ = _occupations("Иван Петров является депутатом парламента от партии «Зелёный путь».", models)
    assert any(("where", "парламента") in a for a in occ), occ
    assert not any(("where", "Зелёный путь") in a for a in occ), occ


def test_owner_noun_in_a_relative_clause_after_the_property(models):
    text = "Акции банка «Василёк», крупнейшим акционером которого является холдинг «Ромашка», упали."
    assert {("owner", "Ромашка"), ("property", "Василёк")} in _ownership_pairs(text, models)


def test_owner_noun_after_a_title_and_one_of_takes_a_list_of_properties(models):
    text = "Иван Петров - известный режиссёр, один из создателей театра «Василёк», театра «Ромашка» и студии «Лютик»."
    pairs = _ownership_pairs(text, models)
    assert {("owner", "Иван Петров"), ("property", "Василёк")} in pairs
    assert {("owner", "Иван Петров"), ("property", "Ромашка")} in pairs


def test_entering_a_holding_gives_ownership(models):
    pair = {("owner", "Ромашка"), ("property", "Василёк")}
    assert _ownership_pairs("Банк «Василёк» входит в холдинг «Ромашка».", models) == [pair]
    assert _ownership_pairs("Банк «Василёк», входящий в группу «Ромашка», сократил штат.", models) == [pair]
    assert _ownership_pairs("Банк «Василёк» входит в рейтинг журнала «Ромашка».", models) == []


def test_caseless_foreign_owner_of_belongs(models):
    assert _ownership_pairs("Банк «Василёк» принадлежит USM Holdings.", models) == \
        [{("owner", "USM Holdings"), ("property", "Василёк")}]


def test_person_named_after_a_business_owns_it(models):
    assert {("owner", "Ивана Петрова"), ("property", "Oak Holdings")} in \
        _ownership_pairs("Завод купила компания Oak Holdings Ивана Петрова.", models)
    # an employee: the name hangs on a person noun before the business
    assert _ownership_pairs("Он заручился поддержкой топ-менеджера банка Oak Holdings Ивана Петрова.", models) == []
    # a ministry is led, not owned
    assert _ownership_pairs("Сотрудники МВД Ивана Петрова провели обыск.", models) == []


def test_possessive_before_a_business_noun_gives_ownership(models):
    text = "Бизнесмен Иван Петров, чей холдинг Oak Holdings владеет заводами, выступил в Туле."
    assert {("owner", "Иван Петров"), ("property", "Oak Holdings")} in _ownership_pairs(text, models)


def test_subsidiary_object_of_a_verb_is_owned_by_its_subject(models):
    assert _ownership_pairs("Fininvest передала права своей дочерней компании Mediaset.", models) == \
        [{("owner", "Fininvest"), ("property", "Mediaset")}]


def _has(occ, *pairs):
    return any(set(pairs) <= a for a in occ)


def test_job_phrases_chained_before_a_name_are_all_that_persons(models):
    occ = _occupations("На митинге выступил депутат городской думы Твери, сопредседатель регионального отделения "
                       "партии «Яблоко» Иван Сидоров.", models)
    assert _has(occ, ("who", "Иван Сидоров"), ("position", "депутат"), ("where", "городской думы Твери")), occ
    assert _has(occ, ("who", "Иван Сидоров"), ("position", "сопредседатель")), occ


def test_job_phrase_right_before_the_next_name_is_that_persons(models):
    occ = _occupations("Иван Петров, координатор движения «Зелёный путь» Олег Смирнов и другие активисты пришли "
                       "на площадь.", models)
    assert _has(occ, ("who", "Олег Смирнов"), ("position", "координатор")), occ
    assert not _has(occ, ("who", "Иван Петров")), occ


def test_job_noun_in_the_case_of_the_name_heads_the_phrase(models):
    occ = _occupations("Об этом сказал в беседе с корреспондентом ТАСС лидер партии «Зелёный путь» Олег Смирнов.",
                       models)
    assert _has(occ, ("who", "Олег Смирнов"), ("position", "лидер")), occ
    assert not any(("position", "корреспондентом") in a for a in occ), occ


def test_position_keeps_coordinated_adjectives_and_its_domain(models):
    occ = _occupations("Чрезвычайный и полномочный посол Франции в России Жан Дюпон посетил Казань.", models)
    assert _has(occ, ("who", "Жан Дюпон"), ("position", "Чрезвычайный и полномочный посол")), occ
    occ = _occupations("Иван Петров, директор по маркетингу компании «Ромашка», заявил о росте продаж.", models)
    assert _has(occ, ("position", "директор по маркетингу"), ("where", "Ромашка")), occ


def test_division_of_a_company_is_the_where(models):
    occ = _occupations("«Сделка завершена», — заявил Иван Петров, глава отдела корпоративных продаж и маркетинга "
                       "Siemens.", models)
    assert _has(occ, ("position", "глава"), ("where", "отдела корпоративных продаж и маркетинга Siemens")), occ


def test_where_runs_on_over_the_complement_of_a_body_noun(models):
    occ = _occupations("Советник японского министерства иностранных дел Иван Петров прибыл в Москву.", models)
    assert _has(occ, ("who", "Иван Петров"), ("where", "японского министерства иностранных дел")), occ


def test_place_after_iz_is_where_one_comes_from(models):
    occ = _occupations("Победителем турнира стал гроссмейстер из Норвегии Магнус Карлсен.", models)
    assert not _has(occ, ("who", "Магнус Карлсен")), occ


def test_party_after_a_country_adjective_is_the_where(models):
    occ = _occupations("Лидер французской крайне правой партии «Национальное объединение» Марин Ле Пен выступила "
                       "в Лионе.", models)
    assert _has(occ, ("who", "Марин Ле Пен"), ("where", "Национальное объединение")), occ


def test_participle_of_heading_gives_a_where(models):
    occ = _occupations("Новым послом станет Кэндзи Ямада, ранее возглавлявший отдел Китая в МИДе Японии.", models)
    assert _has(occ, ("who", "Кэндзи Ямада"), ("where", "отдел Китая")), occ


def test_taking_and_leaving_a_post(models):
    occ = _occupations("Место председателя Совета Федерации занял сенатор Иван Петров.", models)
    assert _has(occ, ("who", "Иван Петров"), ("position", "председателя"), ("where", "Совета Федерации")), occ
    occ = _occupations("Сегодня Иван Петров ушёл с поста директора компании «Ромашка».", models)
    assert _has(occ, ("who", "Иван Петров"), ("position", "директора"), ("where", "Ромашка")), occ
    occ = _occupations("Президент снял Ивана Петрова с должности губернатора Тверской области.", models)
    assert _has(occ, ("who", "Ивана Петрова"), ("position", "губернатора")), occ
    assert not _has(occ, ("who", "Президент")), occ


def test_office_before_a_quoted_name_leaves_the_body_to_the_phrase(models):
    occ = _occupations("Иван Петров, председатель правления банка «Ромашка», заявил о росте прибыли.", models)
    assert _has(occ, ("who", "Иван Петров"), ("where", "Ромашка")), occ
    assert not _has(occ, ("where", "правления банка")), occ


def _meetings(text, models):
    doc = process_text(text, models=models)
    return [{t for r, t in _args(f) if r == "participant"} for f in doc.facts if f.type == "Meeting"]


def test_receiving_a_person_is_a_meeting(models):
    assert {"Владимир Путин", "Александра Лукашенко"} in \
        _meetings("Владимир Путин принимает в Кремле своего белорусского коллегу Александра Лукашенко.", models)
    assert _meetings("Владимир Путин принял в Кремле закон о бюджете, Александр Лукашенко промолчал.", models) == []


def test_discussing_together_is_a_meeting(models):
    assert {"Олег Смирнов", "Ангелой Меркель"} in \
        _meetings("Олег Смирнов обсудил с Ангелой Меркель долговой кризис.", models)


def test_person_instead_of_whom_another_comes_is_no_participant(models):
    found = _meetings("Вместо Биньямина Нетаньяху на саммите с Бараком Обамой встретится Дан Меридор.", models)
    assert found and all("Биньямина Нетаньяху" not in f for f in found), found


def test_meeting_in_a_where_clause_of_the_place_one_came_to(models):
    assert {"Владимир Путин", "Си Цзиньпином"} in _meetings(
        "Президент России Владимир Путин прибыл в Пекин, где встретится с председателем КНР Си Цзиньпином.", models)


def test_division_with_a_domain_is_one_job(models):
    occ = _occupations("Об этом сообщил начальник отдела по связям с общественностью ГУВД Москвы Иван Петров.", models)
    assert _has(occ, ("position", "начальник"), ("where", "отдела по связям с общественностью ГУВД Москвы")), occ
    assert not any(("position", "общественностью") in a for a in occ), occ
    assert len([a for a in occ if ("who", "Иван Петров") in a]) == 1, occ


def test_working_in_a_company_named_in_quotes(models):
    occ = _occupations("Иван Петров работает в компании «Ромашка» с 2005 года.", models)
    assert _has(occ, ("who", "Иван Петров"), ("where", "Ромашка")), occ


def test_post_noun_with_an_adjective_before_the_job_and_taking_over_a_post(models):
    occ = _occupations("Иван Петров занимает пост генерального директора компании «Ромашка».", models)
    assert _has(occ, ("who", "Иван Петров"), ("position", "генерального директора"), ("where", "Ромашка")), occ
    occ = _occupations("Иван Петров сменил Олега Смирнова на посту директора компании «Ромашка».", models)
    assert _has(occ, ("who", "Иван Петров"), ("position", "директора"), ("where", "Ромашка")), occ


def test_names_in_the_genitive_do_not_take_part_in_receiving_or_discussing(models):
    assert _meetings("Владимир Путин принял отставку Ивана Петрова.", models) == []
    assert _meetings("Владимир Путин принимает поздравления от Александра Лукашенко.", models) == []
    assert _meetings("Эксперты обсуждают заявление Владимира Путина и Барака Обамы о Сирии.", models) == []


def test_name_owning_an_aide_noun_is_not_the_aide(models):
    assert not _has(_occupations("Советник Ангелы Меркель по экономике посетил Париж.", models),
                    ("who", "Ангелы Меркель"))
    assert _meetings("Помощник Дональда Трампа по национальной безопасности Джон Болтон прибыл в Москву.",
                     models) == []


def test_participant_named_by_an_office_takes_the_name_of_its_person(models):
    found = _meetings("Николя Саркози прибыл в Вашингтон. Барак Обама встретился с президентом Франции в Белом доме.",
                      models)
    assert {"Барак Обама", "Николя Саркози"} in found, found


def test_pronoun_subject_of_a_meeting_stands_for_the_person_named_before(models):
    found = _meetings("Владимир Путин прибыл в Вашингтон. Он встретился с Бараком Обамой в Белом доме.", models)
    assert {"Владимир Путин", "Бараком Обамой"} in found, found


def test_job_in_brackets_after_a_name(models):
    occ = _occupations("Иван Петров (директор компании «Ромашка») дал интервью.", models)
    assert _has(occ, ("who", "Иван Петров"), ("position", "директор"), ("where", "Ромашка")), occ


def test_second_verb_of_a_subject_gives_its_job(models):
    occ = _occupations("Иван Петров окончил МГУ и стал директором компании «Ромашка».", models)
    assert _has(occ, ("who", "Иван Петров"), ("position", "директором"), ("where", "Ромашка")), occ


def test_nationality_adjective_is_no_where_for_a_private_job(models):
    assert not _has(_occupations("Российский бизнесмен Олег Дерипаска купил завод.", models),
                    ("who", "Олег Дерипаска"))
    assert _has(_occupations("Британский премьер Тони Блэр прибыл в Москву.", models),
                ("who", "Тони Блэр"), ("position", "премьер"))


def test_worker_from_a_division(models):
    occ = _occupations("Иван Петров, рабочий из цеха сборки завода «Ромашка», рассказал о забастовке.", models)
    assert _has(occ, ("who", "Иван Петров"), ("position", "рабочий"), ("where", "цеха сборки завода «Ромашка")), occ
