"""Occupation facts from more constructions: copula clauses, post nouns under nominals and misparsed objects,
participles inside a job phrase, descriptors before a name, and the guards against another person's job.

Sentences are made up for these tests (no corpus text)."""
import pytest

from letopis.nlp.models import load_models
from letopis.pipeline import process_text


@pytest.fixture(scope="module")
def models():
    return load_models()


def _occupations(text, models):
    doc = process_text(text, models=models)
    return [{role: value for role, value, _s, _e in f.args} for f in doc.facts if f.type == "Occupation"]


def _has(occ, who, position=None, where=None):
    return any(o.get("who") == who and (position is None or o.get("position", "").lower() == position)
               and (where is None or o.get("where") == where) for o in occ)


def test_denied_copula_gives_no_job(models):
    assert not _occupations("Олег Смирнов никогда не был директором компании «Ромашка».", models)


def test_place_adjective_of_a_thing_is_no_where(models):
    # an ideologue of a regime: the adjective names the regime's country, not an employer
    assert not _occupations("Олег Смирнов долго был идеологом кубинского режима.", models)


def test_body_noun_is_no_position(models):
    occ = _occupations("В компании Ford Олег Смирнов проработал 15 лет.", models)
    assert not any(o.get("position", "").lower().startswith("компани") for o in occ), occ


def test_wife_of_an_office_holder_holds_no_office(models):
    occ = _occupations("На приём пришла жена министра финансов Канады Анна Смирнова.", models)
    assert not _has(occ, "Анна Смирнова"), occ


def test_position_never_holds_a_name(models):
    occ = _occupations("Это решение принял глава ведомства Олег Смирнов по поручению президента Канады Ивана Петрова.",
                       models)
    assert not any("Смирнов" in o.get("position", "") for o in occ), occ


def test_year_in_brackets_is_no_spelling(models):
    occ = _occupations("Лауреат премии Смирнова (1981), почётный доктор университета Торонто, выступил с лекцией.", models)
    assert not occ, occ


def test_plural_job_without_one_of_is_still_no_job(models):
    # a plural job is each one's only before or after a list of names (tests below), not a lone name's
    occ = _occupations("Руководители компании «Ромашка» приветствовали Олега Смирнова.", models)
    occ += _occupations("Олег Смирнов, руководители компании «Ромашка» и гости пришли на приём.", models)
    assert not occ, occ


def test_appointed_pronoun_is_not_the_appointer(models):
    occ = _occupations("Когда Олегу Смирнову было 35 лет, президент Иван Петров назначил его послом в Канаде.", models)
    assert not _has(occ, "Иван Петров", "послом"), occ


def test_working_with_someone_is_no_job(models):
    occ = _occupations("Анна Смирнова работала с нынешним мэром Тулы ещё в девяностые.", models)
    assert not _has(occ, "Анна Смирнова"), occ


def test_pupil_is_no_job(models):
    assert not _occupations("Олег Смирнов является учеником школы «Ромашка».", models)


FOUND = [  # (what it checks, sentence, who, position, where)
    ("copula_with_subject_first",
     "В 2010 году Олег Смирнов был финансовым директором компании «Ромашка».",
     "Олег Смирнов", "финансовым директором", "Ромашка"),
    ("copula_with_subject_last",
     "Финансовым директором компании «Ромашка» тогда был Олег Смирнов.",
     "Олег Смирнов", "финансовым директором", "Ромашка"),
    ("descriptor_before_an_organisation_name",
     "Главный управляющий американского автопроизводителя Ford Олег Смирнов ушёл в отставку.",
     "Олег Смирнов", "главный управляющий", "Ford"),
    ("participle_inside_phrase_does_not_cut_it",
     "Глава Объединенного штаба вооруженных сил Канады генерал Пётр Сидоров прибыл в Анкару.",
     "Пётр Сидоров", "глава", None),
    ("post_noun_hung_on_its_job_noun",
     "Вчера премьер назначил Олега Смирнова на пост посла Канады в Японии.",
     "Олега Смирнова", "посла", "Канады"),
    ("leaving_a_post_said_by_a_noun",
     "Олег Смирнов объявил об уходе с поста мэра Тулы.",
     "Олег Смирнов", "мэра", "Тулы"),
    ("appointment_noun_takes_its_genitive_holder",
     "Парламент одобрил назначение Олега Смирнова на пост генсека НАТО.",
     "Олега Смирнова", "генсека", "НАТО"),
    ("working_in_a_post",
     "Анна Смирнова работала в должности главного бухгалтера компании «Ромашка».",
     "Анна Смирнова", "главного бухгалтера", "Ромашка"),
    ("appointed_person_found_after_the_job",
     "Президент Чили назначил начальником штаба армии Чили генерал-лейтенанта Олега Смирнова.",
     "Олега Смирнова", "начальником", None),
    ("latin_spelling_in_brackets_before_an_apposition",
     "Олег Смирнов (Oleg Smirnov) — генеральный директор компании «Ромашка», заявил о росте продаж.",
     "Олег Смирнов", "генеральный директор", "Ромашка"),
    ("adjectives_between_place_adjective_and_body",
     "Олег Смирнов, лидер испанской торговой палаты, заявил о росте продаж.",
     "Олег Смирнов", "лидер", "испанской торговой палаты"),
    ("one_of_a_plural_job",
     "Следствие связано с делом одного из заместителей главы Центра безопасности ФСБ Олега Смирнова.",
     "Олега Смирнова", "заместителей главы", None),
]


@pytest.mark.parametrize("text,who,position,where", [case[1:] for case in FOUND],
                         ids=[case[0] for case in FOUND])
def test_occupation_found(models, text, who, position, where):
    occ = _occupations(text, models)
    assert _has(occ, who, position, where), occ


def test_an_age_or_time_word_is_no_part_of_the_position(models):
    occ = _occupations("55-летний премьер-министр Болгарии Олег Смирнов сдал тест. "
                       "Нынешний глава компании «Ромашка» Иван Петров заявил об этом.", models)
    assert _has(occ, "Олег Смирнов", "премьер-министр", "Болгарии"), occ
    assert _has(occ, "Иван Петров", "глава"), occ


def test_a_prepositional_tail_of_a_body_is_no_position(models):
    occ = _occupations("Министр объявил об увольнении начальника Управления по контролю за оборотом оружия "
                       "Главного управления МВД по Томску Олега Смирнова.", models)
    assert not any(o.get("position", "").startswith("по ") for o in occ), occ


def test_a_body_led_by_someone_is_where_he_works(models):
    occ = _occupations("Было арестовано 500 активистов Народной партии, возглавляемой Беназир Бхутто.", models)
    assert _has(occ, "Беназир Бхутто", where="Народной партии")
    occ = _occupations("В Москве прошел съезд партии «Яблоко», которую возглавляет Григорий Явлинский.", models)
    assert _has(occ, "Григорий Явлинский", where="Яблоко")
    # a capital that opens a sentence names no body
    assert not _occupations("Делегацию, которую возглавлял Сергей Лавров, встретили в аэропорту.", models)


def test_the_armed_forces_are_a_where_without_a_name(models):
    occ = _occupations("Представитель вооружённых сил полковник Сансерн Каевкамнерд заявил о перестрелках.", models)
    assert _has(occ, "Сансерн Каевкамнерд", where="вооружённых сил")


def test_an_organisation_in_brackets_after_the_name_is_the_where(models):
    occ = _occupations("Об этом сообщил депутат Иван Петров (КПРФ).", models)
    assert _has(occ, "Иван Петров", position="депутат", where="КПРФ")
    assert not _occupations("Об этом сообщил писатель Иван Петров (Москва).", models)


def test_a_plural_job_before_a_list_of_names_is_each_ones(models):
    occ = _occupations("В заседании участвовали депутаты Милли Меджлиса Айдын Рустамов, Олег Смирнов и Иван Кузнецов.", models)
    for who in ("Айдын Рустамов", "Олег Смирнов", "Иван Кузнецов"):
        assert _has(occ, who, "депутаты", "Милли Меджлиса"), occ


def test_a_plural_job_after_a_list_of_names_is_each_ones(models):
    occ = _occupations("Олег Смирнов и Иван Кузнецов, журналисты газеты «Вечерний город», получили премию.", models)
    assert _has(occ, "Олег Смирнов", "журналисты") and _has(occ, "Иван Кузнецов", "журналисты"), occ


def test_as_many_places_as_names_give_each_its_own(models):
    occ = _occupations("Встречу провели министры иностранных дел Киргизии и Таджикистана Олег Смирнов и Рустам Назаров.",
                       models)
    assert _has(occ, "Олег Смирнов", where="Киргизии") and _has(occ, "Рустам Назаров", where="Таджикистана"), occ
    assert not _has(occ, "Олег Смирнов", where="Таджикистана"), occ


def test_children_listed_after_an_office_hold_no_job(models):
    occ = _occupations("На приёме были дети президента Киргизии Айгуль и Олег Смирновы.", models)
    occ += _occupations("На приёме были дети министра Олег Смирнов и Иван Смирнов.", models)
    assert not any(o.get("position", "").lower().startswith("дети") for o in occ), occ


def test_a_committees_domain_belongs_to_the_where(models):
    occ = _occupations("Об этом заявил председатель комитета Милли Меджлиса по международным отношениям Самад Рустамов.",
                       models)
    assert _has(occ, "Самад Рустамов", "председатель", "комитета Милли Меджлиса по международным отношениям"), occ
