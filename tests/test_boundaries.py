"""Splitting NER spans that hold two names (entities.boundaries), on hand-built analyses."""
from __future__ import annotations

import re

from letopis.doc import Doc, Mention, Token
from letopis.entities.boundaries import split_boundaries


def make_doc(text: str, analysis: list[tuple[str, str, str, int]]) -> Doc:
    """A Doc whose tokens are the words of `text` in order, each with (pos, feats, rel, head)."""
    tokens = []
    for match, (pos, feats, rel, head) in zip(re.finditer(r"\w[\w\-]*|[^\w\s]", text), analysis, strict=True):
        tokens.append(Token(match.start(), match.end(), match.group(), pos=pos, feats=feats, rel=rel, head=head))
    return Doc(id="t", text=text, tokens=tokens)


def span(doc: Doc, piece: str, mention_type: str) -> Mention:
    start = doc.text.index(piece)
    return Mention(start, start + len(piece), piece, mention_type)


def pieces(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in mentions]


NOM = "Case=Nom"
GEN = "Case=Gen"


def test_bracketed_original_spelling_is_cut_off():
    doc = make_doc("Говорит Пётр Смирнов (Peter Smith).", [("VERB", "", "root", -1)] + [("PROPN", NOM, "x", 0)] * 7)
    out = split_boundaries(doc, [span(doc, "Пётр Смирнов (Peter Smith)", "PER")])
    assert pieces(out) == [("PER", "Пётр Смирнов")]


def test_person_typed_org_with_bracketed_acronym():
    doc = make_doc("Приехал епископ Иван Котов (ТПЦ).", [("X", "", "x", -1)] * 8)
    out = split_boundaries(doc, [span(doc, "Иван Котов (ТПЦ)", "ORG")])
    assert pieces(out) == [("PER", "Иван Котов"), ("ORG", "ТПЦ")]


def test_org_with_acronym_stays_org():
    doc = make_doc("Союз садоводов (СС) открылся.", [("X", "", "x", -1)] * 7)
    out = split_boundaries(doc, [span(doc, "Союз садоводов (СС)", "ORG")])
    assert pieces(out) == [("ORG", "Союз садоводов"), ("ORG", "СС")]


def test_comma_separates_persons():
    doc = make_doc("Играли Волков, Зайцев и другие.", [("X", "", "x", -1)] * 7)
    out = split_boundaries(doc, [span(doc, "Волков, Зайцев", "PER")])
    assert pieces(out) == [("PER", "Волков"), ("PER", "Зайцев")]


def test_genitive_organisation_before_person():
    # 'оператор Хамаса Иван Котов': the first word reads only as an organisation
    doc = make_doc("оператор Хамаса Иван Котов сказал", [
        ("NOUN", NOM, "nsubj", 5), ("PROPN", GEN, "nmod", 0), ("PROPN", NOM, "appos", 1),
        ("PROPN", NOM, "flat:name", 2), ("VERB", "", "root", -1)])
    out = split_boundaries(doc, [span(doc, "Хамаса Иван Котов", "PER")])
    assert pieces(out) == [("ORG", "Хамаса"), ("PER", "Иван Котов")]


def test_two_persons_in_different_cases():
    doc = make_doc("сын Ивана Котова Пётр Котов уехал", [
        ("NOUN", NOM, "nsubj", 5), ("PROPN", GEN, "nmod", 0), ("PROPN", GEN, "flat:name", 1),
        ("PROPN", NOM, "appos", 1), ("PROPN", NOM, "flat:name", 3), ("VERB", "", "root", -1)])
    out = split_boundaries(doc, [span(doc, "Ивана Котова Пётр Котов", "PER")])
    assert pieces(out) == [("PER", "Ивана Котова"), ("PER", "Пётр Котов")]


def test_one_name_is_not_split():
    doc = make_doc("министр Иван Петрович Котов сказал", [
        ("NOUN", NOM, "nsubj", 4), ("PROPN", NOM, "appos", 0), ("PROPN", NOM, "flat:name", 1),
        ("PROPN", NOM, "flat:name", 1), ("VERB", "", "root", -1)])
    mention = span(doc, "Иван Петрович Котов", "PER")
    assert split_boundaries(doc, [mention]) == [mention]


def test_org_name_then_person():
    doc = make_doc("капитан клуба Ривер Плейт Иван Котов забил", [
        ("NOUN", NOM, "nsubj", 6), ("NOUN", GEN, "nmod", 0), ("X", "Foreign=Yes", "appos", 1),
        ("X", "Foreign=Yes", "appos", 2), ("PROPN", NOM, "appos", 0), ("PROPN", NOM, "flat:name", 4),
        ("VERB", "", "root", -1)])
    out = split_boundaries(doc, [span(doc, "Ривер Плейт Иван Котов", "ORG")])
    assert pieces(out) == [("ORG", "Ривер Плейт"), ("PER", "Иван Котов")]


def test_org_named_for_a_person_in_genitive_is_kept():
    doc = make_doc("в Фонде Ивана Котова работают", [
        ("ADP", "", "case", 1), ("PROPN", "Case=Loc", "obl", 4), ("PROPN", GEN, "nmod", 1),
        ("PROPN", GEN, "flat:name", 2), ("VERB", "", "root", -1)])
    mention = span(doc, "Фонде Ивана Котова", "ORG")
    assert split_boundaries(doc, [mention]) == [mention]


def test_other_types_pass_through():
    doc = make_doc("Река Волга (Итиль) течёт.", [("X", "", "x", -1)] * 7)
    mention = span(doc, "Волга (Итиль)", "LOC")
    assert split_boundaries(doc, [mention]) == [mention]


def test_a_first_name_that_is_also_a_club_name_stays_with_its_surname():
    # 'Челси' reads as an organisation, but in the nominative with its surname it is a first name
    doc = make_doc("Челси Мэннинг вышла на свободу.",
                   [("PROPN", NOM, "nsubj", 2), ("PROPN", NOM, "flat:name", 0), ("VERB", "", "root", -1),
                    ("ADP", "", "case", 4), ("NOUN", "Case=Acc", "obl", 2), ("PUNCT", "", "punct", 2)])
    out = split_boundaries(doc, [span(doc, "Челси Мэннинг", "PER")])
    assert pieces(out) == [("PER", "Челси Мэннинг")]


def test_two_people_run_together_are_split_when_the_text_names_each():
    text = "Анна Ковач Петер Сабо . Ковач встретилась с Сабо ."
    doc = make_doc(text, [("PROPN", NOM, "nsubj", -1), ("PROPN", NOM, "flat:name", 0), ("PROPN", NOM, "flat:name", 0),
                          ("PROPN", NOM, "flat:name", 0), ("PUNCT", "", "punct", 0), ("PROPN", NOM, "nsubj", 6),
                          ("VERB", "", "root", -1), ("ADP", "", "case", 8), ("PROPN", "Case=Ins", "obl", 6),
                          ("PUNCT", "", "punct", 6)])
    caption = span(doc, "Анна Ковач Петер Сабо", "PER")
    alone = [Mention(doc.text.index("Ковач в"), doc.text.index("Ковач в") + 5, "Ковач", "PER"),
             Mention(doc.text.rindex("Сабо"), doc.text.rindex("Сабо") + 4, "Сабо", "PER")]
    assert pieces(split_boundaries(doc, [caption] + alone))[:2] == [("PER", "Анна Ковач"), ("PER", "Петер Сабо")]
    assert pieces(split_boundaries(doc, [caption])) == [("PER", "Анна Ковач Петер Сабо")]  # nothing says two


def test_an_organisation_span_is_closed_at_its_quotes():
    text = "Лидер партии «Единая Россия» и партия «Новые люди»"
    doc = make_doc(text, [("NOUN", NOM, "root", -1)] + [("X", "", "dep", 0)] * 11)
    opened = span(doc, "партии «", "ORG")
    name = span(doc, "Единая Россия", "ORG")
    unclosed = span(doc, "партия «Новые люди", "ORG")
    assert pieces(split_boundaries(doc, [opened, name, unclosed])) == [
        ("ORG", "партии «Единая Россия»"), ("ORG", "партия «Новые люди»")]


def test_a_common_noun_opening_a_sentence_is_no_persons_name():
    from letopis.pipeline import process_text

    doc = process_text("В Томске семья губернатора расширяет бизнес\n\n"
                       "Внук бывшего губернатора - ныне советника Олега Смирнова стал директором фирмы.")
    assert [m.text for m in doc.mentions if m.type == "PER" and m.kind == "name"] == ["Олега Смирнова"]
