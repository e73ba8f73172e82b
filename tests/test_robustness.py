"""Stages survive what parsers and pages throw at them."""
from letopis.doc import Doc, Sentence, Token
from letopis.events import find_events
from letopis.events.syntax import Tree


def test_a_cyclic_parse_does_not_hang_the_event_stage():
    text = "Россия осудила Украину"
    tokens = [Token(0, 6, "Россия", "россия", "PROPN", "Case=Nom", 2, "nsubj", 0),
              Token(7, 14, "осудила", "осудить", "VERB", "Tense=Past", 2, "obj", 0),   # its own head ...
              Token(15, 22, "Украину", "украина", "PROPN", "Case=Acc", 1, "obj", 0)]  # ... and a cycle 1 <-> 2
    doc = Doc(id="x", text=text, sentences=[Sentence(0, 22, text)], tokens=tokens)
    tree = Tree(doc)
    assert tree.subtree(1) == [0, 1, 2]
    find_events(doc)  # returns, whatever it finds


def test_empty_document_has_no_events():
    assert find_events(Doc(id="x", text="")).events == []


def test_a_huge_clean_text_is_refused_with_a_reason_not_processed():
    from letopis.doc import Failure, RawDoc
    from letopis.pipeline import NLP_MAX_CHARS, process_batch

    paragraph = "Министр иностранных дел провёл встречу с послом. " * 40 + "\n\n"
    text = "Большая статья\n\n" + paragraph * (NLP_MAX_CHARS // len(paragraph) + 2)
    [result] = process_batch([RawDoc(text=text, path="huge.txt")])
    assert isinstance(result, Failure)
    assert result.error == "TooLargeError" and "NLP limit" in result.message
